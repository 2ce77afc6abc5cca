/**
 * The graph a first load writes, assembled for the bulk importer: the same nodes, properties,
 * owners and relationships the Cypher writer (write/write-graph.ts) leaves after loading the same
 * plans in the same order into an empty database.
 *
 * A registry record's own nodes and relationships (its study, arms, results and every
 * relationship, whose key names one of them) are written to CSV as they stream in and never held:
 * each record loads once. What several plans may declare is held until the end and merged as the
 * writer's MERGE does: the default sources' plans (the review, the shipped records) and the
 * registry's shared vocabulary (conditions, registry-only interventions, adverse events, owned by
 * the source as a whole). A streamed record whose owner a shipped record already had replaces it,
 * as an import of that record does: what the shipped record alone owned is let go first.
 */
import { NODE_LABELS, type NodeLabel } from '../../../kernel/vocabulary.js';
import { REVIEW_SOURCE_ID } from '../../../kernel/sources.js';
import type { GraphPlan, NodeRow, Properties, RelationshipRow } from '../plan/plan-builder.js';
import type { CsvGraphFiles } from './csv-files.js';

interface HeldNode {
  label: NodeLabel;
  id: string;
  props: Properties;
  owners: string[];
  usedBy?: string[];
}

interface HeldRelationship {
  type: string;
  row: RelationshipRow;
}

/** The primary owner: where it asserts a node or relationship, its properties are kept (write-graph.ts). */
const PRIMARY = REVIEW_SOURCE_ID;

const union = (kept: string[], added: string[]) => [...kept, ...added.filter((o) => !kept.includes(o))];

export class BulkGraph {
  private readonly held = new Map<string, HeldNode>();
  private readonly heldRelationships = new Map<string, HeldRelationship>();
  /** Owners the held plans (the shipped records) hold: a streamed record of one replaces it. */
  private readonly heldScopes = new Set<string>();
  /** Held nodes a streamed relationship touches (a let-go node is deleted only when none does). */
  private readonly touched = new Set<string>();
  /** Ends of let-go relationships: deleted at the end when only the source owns them and nothing touches them. */
  private readonly orphanCandidates = new Set<string>();

  constructor(
    private readonly files: CsvGraphFiles,
    /** The owner standing for the streamed source as a whole (`ctgov`): it declares shared vocabulary. */
    private readonly sourceOwner: string,
  ) {}

  /** A default source's whole plan (the review, the shipped records), held and merged. */
  hold(plan: GraphPlan): void {
    for (const label of NODE_LABELS) for (const row of plan.nodes[label]) this.mergeNode(label, row, plan.scopes);
    this.useReferences(plan);
    for (const g of plan.relationships) for (const row of g.rows) this.mergeRelationship(g.type, row, plan.scopes);
    for (const scope of plan.scopes) if (scope !== plan.source.id) this.heldScopes.add(scope);
  }

  /** A chunk of registry records: their own rows are written at once, shared vocabulary merged into what is held. */
  async stream(plan: GraphPlan): Promise<void> {
    for (const scope of plan.scopes) if (this.heldScopes.has(scope)) this.letGo(scope);
    for (const label of NODE_LABELS) {
      for (const row of plan.nodes[label]) {
        if (this.held.has(row.id) || row.owners.includes(this.sourceOwner)) this.mergeNode(label, row, plan.scopes);
        else await this.files.node(label, row.id, row.props, row.owners);
      }
    }
    this.useReferences(plan);
    for (const g of plan.relationships) {
      for (const row of g.rows) {
        if (this.held.has(row.from)) this.touched.add(row.from);
        if (this.held.has(row.to)) this.touched.add(row.to);
        await this.files.relationship(g.type, row.from, row.to, row.key, row.props, row.owners);
      }
    }
  }

  /** Writes what is held; call once, after the last chunk. */
  async finish(): Promise<void> {
    const related = new Set<string>(this.touched);
    for (const { row } of this.heldRelationships.values()) related.add(row.from).add(row.to);
    for (const id of this.orphanCandidates) {
      const n = this.held.get(id);
      if (n && n.owners.every((o) => o === this.sourceOwner) && !related.has(id)) this.held.delete(id);
    }
    for (const n of this.held.values()) await this.files.node(n.label, n.id, n.props, n.owners, n.usedBy);
    for (const { type, row } of this.heldRelationships.values())
      await this.files.relationship(type, row.from, row.to, row.key, row.props, row.owners);
  }

  /** mergeNodesStatement: other owners kept, the review's properties kept against anyone else's, owners added. */
  private mergeNode(label: NodeLabel, row: NodeRow, scopes: string[]): void {
    const prior = this.held.get(row.id);
    const others = (prior?.owners ?? []).filter((o) => !scopes.includes(o));
    const subordinate = others.includes(PRIMARY) && !row.owners.includes(PRIMARY);
    let props = row.props;
    if (prior && subordinate) {
      const kept = Array.isArray(prior.props.aliases) ? (prior.props.aliases as string[]) : [];
      const added = Array.isArray(row.props.aliases) ? (row.props.aliases as string[]) : [];
      const aliases = union(kept, added);
      props = { ...prior.props, ...(aliases.length > 0 ? { aliases } : {}) };
    }
    this.held.set(row.id, {
      label,
      id: row.id,
      props,
      owners: union(others, row.owners),
      ...(prior?.usedBy ? { usedBy: prior.usedBy } : {}),
    });
  }

  /** REFERENCE_NODES: the plan's users recorded on the nodes it links to; a missing one is an error, as there. */
  private useReferences(plan: GraphPlan): void {
    const missing: string[] = [];
    for (const ref of plan.references) {
      const n = this.held.get(ref.id);
      if (!n) missing.push(ref.id);
      else
        n.usedBy = union(
          (n.usedBy ?? []).filter((o) => !plan.scopes.includes(o)),
          ref.owners,
        );
    }
    if (missing.length > 0) throw new Error(`${plan.source.title} links to nodes the graph does not hold: ${missing.join(', ')}`);
  }

  /** mergeRelationshipsStatement, for held plans. */
  private mergeRelationship(type: string, row: RelationshipRow, scopes: string[]): void {
    const prior = this.heldRelationships.get(row.key);
    const others = (prior?.row.owners ?? []).filter((o) => !scopes.includes(o));
    const subordinate = others.includes(PRIMARY) && !row.owners.includes(PRIMARY);
    const props = prior && subordinate ? prior.row.props : row.props;
    this.heldRelationships.set(row.key, { type, row: { ...row, props, owners: union(others, row.owners) } });
  }

  /**
   * A held record replaced by a streamed one: what it owned lets go of it; a relationship no one
   * owns any more goes (its ends may be orphaned), a node no one declares goes unless something
   * still uses it and links to it (releaseNode in write-graph.ts).
   */
  private letGo(scope: string): void {
    this.heldScopes.delete(scope);
    for (const [key, rel] of this.heldRelationships) {
      if (!rel.row.owners.includes(scope)) continue;
      const owners = rel.row.owners.filter((o) => o !== scope);
      if (owners.length > 0) rel.row = { ...rel.row, owners };
      else {
        this.heldRelationships.delete(key);
        this.orphanCandidates.add(rel.row.from).add(rel.row.to);
      }
    }
    for (const [id, n] of this.held) {
      if (!n.owners.includes(scope)) continue;
      n.owners = n.owners.filter((o) => o !== scope);
      if (n.owners.length === 0 && (n.usedBy ?? []).length === 0) this.held.delete(id);
      else if (n.owners.length === 0) this.orphanCandidates.add(id);
    }
  }
}
