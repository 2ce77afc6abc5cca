/**
 * The rows a source hands the writer: nodes and relationships, each with the owner keys that
 * assert it (`review`, `ctgov:NCT00510068`), grouped so one UNWIND statement writes a group.
 * Every source plans through this builder, so ids, relationship keys and hashes mean the same
 * whichever source wrote them.
 */
import { createHash } from 'node:crypto';
import { NODE_LABELS, labelOfId, type NodeLabel, type RelationshipType } from '../../../kernel/vocabulary.js';
import type { SourceDescriptor } from '../../../kernel/sources.js';
import { linkAllowed } from '../../../kernel/links.js';

export type PropertyValue = string | number | boolean | string[] | number[];
export type Properties = Record<string, PropertyValue>;
type Loose = Record<string, PropertyValue | undefined | null>;

export interface NodeRow {
  id: string;
  props: Properties;
  owners: string[];
}

/** A node a source links to but does not declare (a review drug a registry arm received). */
export interface NodeReference {
  id: string;
  owners: string[];
}

export interface RelationshipRow {
  /** Stable identity of the relationship; also its id in the API. */
  key: string;
  from: string;
  to: string;
  props: Properties;
  owners: string[];
}

/** Relationships of one type between one pair of labels: one UNWIND statement writes them. */
export interface RelationshipGroup {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelationshipRow[];
}

export interface GraphPlan {
  source: SourceDescriptor;
  /**
   * The owner keys this plan replaces whole: what they owned and the plan no longer holds is
   * removed; every other owner's data is left as it is.
   */
  scopes: string[];
  /**
   * Ids from which everything the scopes own is within two hops (a registry record's study node):
   * the writer then releases stale data among what they reach instead of scanning the graph.
   * Absent for a source replaced whole (the review).
   */
  anchors?: string[];
  /** Names what the plan loads, for the loaded-data marker (`review`, `ctgov:shipped`). */
  loadId: string;
  nodes: Record<NodeLabel, NodeRow[]>;
  references: NodeReference[];
  relationships: RelationshipGroup[];
  /** sha256 of the plan: equal plans load equal graphs, so an unchanged hash skips the write. */
  hash: string;
}

/**
 * Drops undefined values and empty lists: Neo4j stores no nulls, and its bulk importer cannot
 * write an empty list, so no loader stores one (an absent list reads back as [] everywhere).
 */
export function defined(props: Loose): Properties {
  return Object.fromEntries(
    Object.entries(props).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as Properties;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

export class PlanBuilder {
  private readonly nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, new Map<string, NodeRow>()])) as Record<
    NodeLabel,
    Map<string, NodeRow>
  >;
  private readonly refs = new Map<string, NodeReference>();
  private readonly groups = new Map<string, RelationshipGroup>();
  private readonly rels = new Map<string, RelationshipRow>();
  /** The owner that rows added from now on belong to. */
  owner: string;
  private readonly anchorIds = new Set<string>();

  /**
   * @param owner the owner of rows added until it is changed
   * @param sourceOwner who declares shared vocabulary (`sharedNode`) and uses referenced nodes
   *   (`reference`): the source as a whole (`ctgov`) where owners are records, so a hub's owner
   *   list does not grow by one per record; by default the current owner.
   */
  constructor(
    owner: string,
    private readonly sourceOwner?: string,
  ) {
    this.owner = owner;
  }

  /** Marks an id as an anchor of the plan (see GraphPlan.anchors). */
  anchor(id: string): void {
    this.anchorIds.add(id);
  }

  has(id: string): boolean {
    const label = labelOfId(id);
    return label !== undefined && this.nodes[label].has(id);
  }

  /** Declares a node; a second declaration of the same id by another owner adds that owner. */
  node(label: NodeLabel, id: string, props: Loose): void {
    const prior = this.nodes[label].get(id);
    if (prior) {
      if (!prior.owners.includes(this.owner)) prior.owners.push(this.owner);
      return;
    }
    this.nodes[label].set(id, { id, props: defined({ ...props, id }), owners: [this.owner] });
  }

  /** Declares a node of vocabulary other records may declare too, owned by the source owner. */
  sharedNode(label: NodeLabel, id: string, props: Loose): void {
    const owner = this.owner;
    this.owner = this.sourceOwner ?? owner;
    try {
      this.node(label, id, props);
    } finally {
      this.owner = owner;
    }
  }

  /** Links to a node the graph already holds without declaring it; the source owner uses it. */
  reference(id: string): void {
    const user = this.sourceOwner ?? this.owner;
    const prior = this.refs.get(id);
    if (prior) {
      if (!prior.owners.includes(user)) prior.owners.push(user);
    } else this.refs.set(id, { id, owners: [user] });
  }

  /** Adds a relationship once: a second row with the same key (same discriminator) is the same fact. */
  rel(type: RelationshipType, from: string, to: string, props: Loose = {}, discriminator = ''): void {
    const fromLabel = labelOfId(from);
    const toLabel = labelOfId(to);
    if (!fromLabel || !toLabel) throw new Error(`planner bug: unlabelled id in ${from} -[${type}]-> ${to}`);
    if (!linkAllowed(type, fromLabel, toLabel))
      throw new Error(`planner bug: ${type} does not join ${fromLabel} to ${toLabel} (${from} -> ${to}); see kernel/links.ts`);
    const key = `${from}|${type}|${to}${discriminator ? `|${discriminator}` : ''}`;
    const prior = this.rels.get(key);
    if (prior) {
      if (!prior.owners.includes(this.owner)) prior.owners.push(this.owner);
      return;
    }
    const groupKey = `${type}|${fromLabel}|${toLabel}`;
    let group = this.groups.get(groupKey);
    if (!group) this.groups.set(groupKey, (group = { type, fromLabel, toLabel, rows: [] }));
    const row = { key, from, to, props: defined(props), owners: [this.owner] };
    this.rels.set(key, row);
    group.rows.push(row);
  }

  build(source: SourceDescriptor, scopes: string[], loadId: string): GraphPlan {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, [...this.nodes[l].values()].sort(byId)])) as Record<NodeLabel, NodeRow[]>;
    const declared = new Set(NODE_LABELS.flatMap((l) => nodes[l].map((n) => n.id)));
    const references = [...this.refs.values()].filter((r) => !declared.has(r.id)).sort(byId);
    const relationships = [...this.groups.values()]
      .map((g) => ({ ...g, rows: g.rows.sort((a, b) => a.key.localeCompare(b.key)) }))
      .sort((a, b) => `${a.type}|${a.fromLabel}|${a.toLabel}`.localeCompare(`${b.type}|${b.fromLabel}|${b.toLabel}`));
    const anchors = this.anchorIds.size > 0 ? [...this.anchorIds].sort() : undefined;
    const hash = createHash('sha256').update(JSON.stringify({ source, scopes, anchors, nodes, references, relationships })).digest('hex');
    return { source, scopes, ...(anchors ? { anchors } : {}), loadId, nodes, references, relationships, hash };
  }
}
