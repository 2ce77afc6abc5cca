/** Plain shapes repositories return and resolvers read: no Neo4j types past the database boundary. */
import { ENTITY_LABEL, KIND_OF_LABEL, NODE_LABELS, type NodeKindName, type NodeLabel } from '../../../kernel/vocabulary.js';
import { referencesOf } from '../../../kernel/citations.js';
import { REVIEW_SOURCE_ID, sourceIdOfOwner } from '../../../kernel/sources.js';
import type { ProjectedNode } from './cypher.js';

/**
 * A node: its kind label (`graphLabel`, as Arm has a `label` property of its own) plus its stored
 * properties; a Study also carries the registry record linked to it (`linkedRegistry`), if any.
 */
export type NodeRecord = { graphLabel: NodeLabel; id: string; name: string; linkedRegistry?: Record<string, unknown> | null } & Record<
  string,
  unknown
>;

export interface RelatedRecord {
  node: NodeRecord;
  /** Properties of the relationship that led to the node. */
  rel: Record<string, unknown>;
}

export interface AdverseEventRateRecord {
  intervention: NodeRecord;
  adverseEvent: NodeRecord;
  rel: Record<string, unknown>;
}
export interface PredictionRecord {
  target: NodeRecord;
  rel: Record<string, unknown>;
}
export interface TreatmentRecord {
  intervention: NodeRecord;
  dose?: string | null;
  schedule?: string | null;
}
export interface ComparedArmRecord {
  role: string;
  arm: NodeRecord;
}
export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
}
export interface StudyConnectionRecord {
  nodes: NodeRecord[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
export interface ComparisonRowRecord {
  intervention: NodeRecord;
  study: NodeRecord;
  arm: NodeRecord | null;
  result: NodeRecord;
  populations: NodeRecord[];
}
export interface ComparisonRecord {
  endpoint: NodeRecord;
  population: NodeRecord | null;
  /** One page of the rows, from `skip` in their stable order, of `totalCount`. */
  rows: ComparisonRowRecord[];
  totalCount: number;
  skip: number;
  observations: NodeRecord[];
}

/** The kind label among a node's labels (every node also carries the shared Entity label). */
export function kindLabelOf(labels: string[]): NodeLabel {
  const label = labels.find((l) => l !== ENTITY_LABEL && (NODE_LABELS as readonly string[]).includes(l));
  if (!label) throw new Error(`node without a kind label: ${labels.join(',')}`);
  return label as NodeLabel;
}

export function toNodeRecord(labels: string[], props: Record<string, unknown>, registry?: Record<string, unknown> | null): NodeRecord {
  return { ...props, graphLabel: kindLabelOf(labels), ...(registry ? { linkedRegistry: registry } : {}) } as NodeRecord;
}

/** A projected node as a record. */
export const recordOf = (n: ProjectedNode): NodeRecord => toNodeRecord(n.labels, n.props, n.registry);

/** The source that asserts a node or relationship: the review wherever it is an owner, else the first owner's. */
export function sourceIdOf(props: Record<string, unknown>): string {
  const owners = Array.isArray(props.owners) ? (props.owners as string[]) : [];
  const [first] = owners;
  if (first === undefined || owners.includes(REVIEW_SOURCE_ID)) return REVIEW_SOURCE_ID;
  return sourceIdOfOwner(first);
}

export function kindOf(node: Pick<NodeRecord, 'graphLabel'>): NodeKindName {
  return KIND_OF_LABEL[node.graphLabel];
}

export interface ProvenanceRecord {
  sourceId: string;
  ref: number | null;
  refs: number[];
  section: string;
  quote: string;
  nct: string | null;
  locator: string | null;
}

/**
 * Provenance of a node or relationship with its source and ref/section/quote (or NCT and locator),
 * or null where it has none. `refs` is the citation group the loader stored (ref, quote and the
 * source sentence's group); a fact loaded before groups were stored falls back to ref and quote.
 */
export function provenanceOf(props: Record<string, unknown>): ProvenanceRecord | null {
  if (typeof props.quote !== 'string') return null;
  const ref = typeof props.ref === 'number' ? props.ref : null;
  const locator = typeof props.locator === 'string' ? props.locator : null;
  const stored = Array.isArray(props.refs) ? (props.refs as unknown[]).filter((n): n is number => typeof n === 'number') : [];
  return {
    sourceId: sourceIdOf(props),
    ref,
    refs: locator ? [] : referencesOf(ref, props.quote, stored),
    section: String(props.section ?? ''),
    quote: props.quote,
    nct: locator && typeof props.nct === 'string' ? props.nct : null,
    locator,
  };
}

export interface SourceRecord {
  id: string;
  kind: 'REVIEW' | 'REGISTRY';
  title: string;
  url?: string | null;
  retrieved?: string | null;
  nodeCount: number;
  loadComplete: boolean;
}

/** A registry record: the registry Study's properties, that Study, and why it is linked to the study asked about. */
export interface RegistryRecordRecord {
  props: Record<string, unknown>;
  studyId: string;
  link: { reason: string; detail: string } | null;
}

export interface SourcedValueRecord {
  value: string;
  sourceId: string;
  provenance: ProvenanceRecord | null;
}

export interface DiscrepancyRecord {
  field: string;
  values: SourcedValueRecord[];
}
