/** Plain shapes repositories return and resolvers read: no Neo4j types past the database boundary. */
import { ENTITY_LABEL, KIND_OF_LABEL, NODE_LABELS, type NodeKindName, type NodeLabel } from '../../../kernel/vocabulary.js';
import { referencesOf } from '../../../kernel/citations.js';

/** A node: its kind label (`graphLabel`, as Arm has a `label` property of its own) plus its stored properties. */
export type NodeRecord = { graphLabel: NodeLabel; id: string; name: string } & Record<string, unknown>;

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
  rows: ComparisonRowRecord[];
}

/** The kind label among a node's labels (every node also carries the shared Entity label). */
export function kindLabelOf(labels: string[]): NodeLabel {
  const label = labels.find((l) => l !== ENTITY_LABEL && (NODE_LABELS as readonly string[]).includes(l));
  if (!label) throw new Error(`node without a kind label: ${labels.join(',')}`);
  return label as NodeLabel;
}

export function toNodeRecord(labels: string[], props: Record<string, unknown>): NodeRecord {
  return { ...props, graphLabel: kindLabelOf(labels) } as NodeRecord;
}

export function kindOf(node: Pick<NodeRecord, 'graphLabel'>): NodeKindName {
  return KIND_OF_LABEL[node.graphLabel];
}

/** Provenance of a node or relationship with ref/section/quote, or null where it has none. */
export function provenanceOf(props: Record<string, unknown>): { ref: number | null; refs: number[]; section: string; quote: string } | null {
  if (typeof props.quote !== 'string') return null;
  const ref = typeof props.ref === 'number' ? props.ref : null;
  return { ref, refs: referencesOf(ref, props.quote), section: String(props.section ?? ''), quote: props.quote };
}
