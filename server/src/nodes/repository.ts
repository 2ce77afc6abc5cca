/**
 * Node lookups and one-hop relations, batched: each function takes many ids and answers for all
 * in one READ query, so a response listing fifty studies costs one query per field, not fifty.
 */
import type { Database, Reader } from '../../../runtime/db/database.js';
import type { NodeLabel, RelationshipType } from '../../../kernel/vocabulary.js';
import { ENTITY, nodeProjection, selectedNodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type NodeRecord, type RelatedRecord } from '../graph/records.js';
import type { PlannedField, SelectionPlan } from './selection-plan.js';
import { WHOLE, type NodeReads } from './field-reads.js';

export const FIND_NODES_BY_IDS = `
  UNWIND $ids AS id
  MATCH (n:${ENTITY} {id: id})
  RETURN id, ${nodeProjection('n')} AS node`;

export async function findNodesByIds(db: Reader, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await db.read<{ id: string; node: ProjectedNode }>('nodes.findByIds', FIND_NODES_BY_IDS, { ids });
  const byId = new Map(rows.map((r) => [r.id, recordOf(r.node)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface Relation {
  types: readonly RelationshipType[];
  direction: 'out' | 'in';
  /** The label of the nodes at the other end; any kind when omitted. */
  label?: NodeLabel;
}

/** Statement for one relation: types and label come from the vocabulary, never from callers' strings. */
export function relatedStatement(rel: Relation): string {
  const types = rel.types.join('|');
  const other = `m:${rel.label ?? ENTITY}`;
  const pattern = rel.direction === 'out' ? `(n)-[r:${types}]->(${other})` : `(n)<-[r:${types}]-(${other})`;
  return `
  UNWIND $ids AS id
  MATCH (n:${ENTITY} {id: id})
  MATCH ${pattern}
  RETURN id, ${nodeProjection('m')} AS node, properties(r) AS rel
  ORDER BY m.name, m.id`;
}

export async function findRelated(db: Database, rel: Relation, ids: readonly string[]): Promise<RelatedRecord[][]> {
  const rows = await db.read<{ id: string; node: ProjectedNode; rel: Record<string, unknown> }>(
    `nodes.related.${rel.direction}.${rel.types.join('|')}`,
    relatedStatement(rel),
    { ids },
  );
  const byId = new Map<string, RelatedRecord[]>(ids.map((id) => [id, []]));
  for (const r of rows) byId.get(r.id)?.push({ node: recordOf(r.node), rel: r.rel });
  return ids.map((id) => byId.get(id) ?? []);
}

export const FIND_RESULTS_OF_STUDIES = `
  MATCH (r:Result) WHERE r.studyId IN $ids
  RETURN r.studyId AS id, ${nodeProjection('r')} AS node
  ORDER BY r.armId, r.name`;

export async function findResultsOfStudies(db: Database, ids: readonly string[]): Promise<NodeRecord[][]> {
  const rows = await db.read<{ id: string; node: ProjectedNode }>('nodes.resultsOfStudies', FIND_RESULTS_OF_STUDIES, { ids });
  const byId = new Map<string, NodeRecord[]>(ids.map((id) => [id, []]));
  for (const r of rows) byId.get(r.id)?.push(recordOf(r.node));
  return ids.map((id) => byId.get(id) ?? []);
}

export const FIND_ADVERSE_EVENTS_OF_STUDIES = `
  MATCH (i:Intervention)-[r:HAS_ADVERSE_EVENT]->(ae:AdverseEvent) WHERE r.studyId IN $ids
  RETURN r.studyId AS id, ${nodeProjection('i')} AS intervention, ${nodeProjection('ae')} AS adverseEvent, properties(r) AS rel
  ORDER BY ae.name`;

export async function findAdverseEventsOfStudies(
  db: Database,
  ids: readonly string[],
): Promise<{ intervention: NodeRecord; adverseEvent: NodeRecord; rel: Record<string, unknown> }[][]> {
  const rows = await db.read<{ id: string; intervention: ProjectedNode; adverseEvent: ProjectedNode; rel: Record<string, unknown> }>(
    'nodes.adverseEventsOfStudies',
    FIND_ADVERSE_EVENTS_OF_STUDIES,
    { ids },
  );
  const byId = new Map<string, { intervention: NodeRecord; adverseEvent: NodeRecord; rel: Record<string, unknown> }[]>(
    ids.map((id) => [id, []]),
  );
  for (const r of rows) {
    byId.get(r.id)?.push({
      intervention: recordOf(r.intervention),
      adverseEvent: recordOf(r.adverseEvent),
      rel: r.rel,
    });
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** What discrepancies compare of a result: endpoint code, statistic, value, and what its arm received. */
export interface ResultFactRecord {
  id: string;
  endpoint: string;
  statistic: string;
  value: number | null;
  unit: string | null;
  armLabel: string | null;
  interventions: string[];
}

export const FIND_RESULT_FACTS_OF_STUDIES = `
  UNWIND $ids AS id
  MATCH (r:Result {studyId: id})-[:OF_ENDPOINT]->(e:Endpoint)
  OPTIONAL MATCH (arm:Arm {id: r.armId})
  RETURN id, {
    id: r.id, endpoint: e.code, statistic: r.statistic, value: r.value, unit: r.unit, armLabel: arm.label,
    interventions: CASE WHEN arm IS NULL THEN [] ELSE [(arm)-[:RECEIVED]->(i:Intervention) | i.id] END
  } AS fact
  ORDER BY fact.id`;

export async function findResultFactsOfStudies(db: Database, ids: readonly string[]): Promise<ResultFactRecord[][]> {
  const rows = await db.read<{ id: string; fact: ResultFactRecord }>('nodes.resultFactsOfStudies', FIND_RESULT_FACTS_OF_STUDIES, { ids });
  const byId = new Map<string, ResultFactRecord[]>(ids.map((id) => [id, []]));
  for (const r of rows) byId.get(r.id)?.push(r.fact);
  return ids.map((id) => byId.get(id) ?? []);
}

/** A node with what a selection plan fetches under it: per planned field (by `plannedFieldKey`), its nodes in turn; null when the node is of another type. */
export interface NodeTree {
  node: ProjectedNode;
  /** The relationship that led to the node, for a node under a relation field. */
  rel?: Record<string, unknown>;
  related?: Record<string, NodeTree[] | null>;
}

/** The key of a planned field in a NodeTree's `related`: type and field, both GraphQL names. */
export const plannedFieldKey = (f: Pick<PlannedField, 'type' | 'field'>) => `${f.type}_${f.field}`;

/** A node's projection as its selection reads it, with the planned fields under it, each in a COLLECT subquery ordered as its loader orders it. */
function treeOf(v: string, reads: NodeReads, plan: PlannedField[], depth: number, rel?: string): string {
  const entries = [`node: ${reads === WHOLE ? nodeProjection(v) : selectedNodeProjection(v, reads)}`];
  if (rel) entries.push(`rel: properties(${rel})`);
  if (plan.length > 0)
    entries.push(`related: {${plan.map((f) => `${plannedFieldKey(f)}: ${plannedFieldExpression(v, f, depth)}`).join(', ')}}`);
  return `{${entries.join(', ')}}`;
}

function plannedFieldExpression(v: string, f: PlannedField, depth: number): string {
  const m = `m${depth}`;
  let body: string;
  if ('resultsOfStudy' in f.source) {
    body = `MATCH (${m}:Result {studyId: ${v}.id}) WITH ${m} ORDER BY ${m}.armId, ${m}.name RETURN ${treeOf(m, f.reads, f.children, depth + 1)} AS t`;
  } else if ('byId' in f.source) {
    const { property, label } = f.source.byId;
    body = `MATCH (${m}:${label} {id: ${v}.${property}}) RETURN ${treeOf(m, f.reads, f.children, depth + 1)} AS t`;
  } else {
    const { types, direction, label } = f.source.relation;
    const r = `r${depth}`;
    const other = `(${m}:${label ?? ENTITY})`;
    const pattern = direction === 'out' ? `(${v})-[${r}:${types.join('|')}]->${other}` : `(${v})<-[${r}:${types.join('|')}]-${other}`;
    body = `MATCH ${pattern} WITH ${m}, ${r} ORDER BY ${m}.name, ${m}.id RETURN ${treeOf(m, f.reads, f.children, depth + 1, r)} AS t`;
  }
  return `CASE WHEN ${v}:${f.type} THEN COLLECT { ${body} } END`;
}

/**
 * One statement for a node and every relation its selection plan asks for, however deep, each node
 * projected with only the properties its selection reads: the request's other fields then read
 * what it fetched, not the database. Built from the vocabulary's labels and types and the
 * schema's field names only (the plan names fields of the schema, never a caller's string).
 */
export const nodeTreeStatement = (plan: SelectionPlan) => `
  MATCH (n:${ENTITY} {id: $id})
  RETURN ${treeOf('n', plan.reads, plan.fields, 0)} AS tree`;

/** Statements built, per plan (plans are kept per document: selection-plan.ts). */
const statements = new WeakMap<SelectionPlan, string>();
const statementOf = (plan: SelectionPlan) => {
  let statement = statements.get(plan);
  if (statement === undefined) statements.set(plan, (statement = nodeTreeStatement(plan)));
  return statement;
};

export async function findNodeTree(db: Reader, id: string, plan: SelectionPlan): Promise<NodeTree | null> {
  const rows = await db.read<{ tree: NodeTree }>('nodes.findTree', statementOf(plan), { id });
  return rows[0]?.tree ?? null;
}
