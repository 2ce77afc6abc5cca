/**
 * Node lookups and one-hop relations, batched: each function takes many ids and answers for all
 * in one READ query, so a response listing fifty studies costs one query per field, not fifty.
 */
import type { Database } from '../../../runtime/db/database.js';
import type { NodeLabel, RelationshipType } from '../../../kernel/vocabulary.js';
import { ENTITY, nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type NodeRecord, type RelatedRecord } from '../graph/records.js';

export const FIND_NODES_BY_IDS = `
  UNWIND $ids AS id
  MATCH (n:${ENTITY} {id: id})
  RETURN id, ${nodeProjection('n')} AS node`;

export async function findNodesByIds(db: Database, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
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
