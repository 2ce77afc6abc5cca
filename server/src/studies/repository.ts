/**
 * Studies by filter, keyset-paginated on (name, id) so a page costs the same at any depth.
 * A population filter includes its subsets; an intervention filter includes regimens holding it.
 */
import type { Database } from '../../../runtime/db/database.js';
import { ENTITY, nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type NodeRecord } from '../graph/records.js';

export interface StudyFilterParams {
  intervention: string | null;
  population: string | null;
  design: string | null;
  phase: string | null;
  status: string | null;
  endpoint: string | null;
}

const FILTER = `
  MATCH (s:Study)
  WHERE ($design IS NULL OR s.design = $design)
    AND ($phase IS NULL OR s.phase = $phase)
    AND ($status IS NULL OR s.status = $status)
    AND ($intervention IS NULL OR EXISTS {
      MATCH (s)-[:HAS_ARM]->(:Arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(i:Intervention {id: $intervention}) })
    AND ($population IS NULL OR EXISTS {
      MATCH (s)-[:ENROLLS]->(:Population)-[:SUBSET_OF*0..8]->(p:Population {id: $population}) })
    AND ($endpoint IS NULL OR EXISTS {
      MATCH (s)-[:MEASURES]->(e:Endpoint) WHERE e.id = $endpoint OR e.code = $endpoint })`;

export const FIND_STUDIES = `${FILTER}
    AND ($afterName IS NULL OR s.name > $afterName OR (s.name = $afterName AND s.id > $afterId))
  RETURN ${nodeProjection('s')} AS node
  ORDER BY s.name, s.id
  LIMIT toInteger($take)`;

export const COUNT_STUDIES = `${FILTER}
  RETURN count(s) AS total`;

export interface Cursor {
  name: string;
  id: string;
}

export async function findStudies(
  db: Database,
  filter: StudyFilterParams,
  first: number,
  after: Cursor | null,
): Promise<{ nodes: NodeRecord[]; hasNextPage: boolean }> {
  const rows = await db.read<{ node: ProjectedNode }>('studies.find', FIND_STUDIES, {
    ...filter,
    afterName: after?.name ?? null,
    afterId: after?.id ?? null,
    take: first + 1,
  });
  const nodes = rows.slice(0, first).map((r) => recordOf(r.node));
  return { nodes, hasNextPage: rows.length > first };
}

export async function countStudies(db: Database, filter: StudyFilterParams): Promise<number> {
  const rows = await db.read<{ total: number }>('studies.count', COUNT_STUDIES, { ...filter });
  return rows[0]?.total ?? 0;
}

/** Checks the nodes a filter names exist, so a typo is an error rather than an empty page. */
export const FIND_MISSING_IDS = `
  UNWIND $ids AS id
  OPTIONAL MATCH (n:${ENTITY} {id: id})
  WITH id, n WHERE n IS NULL
  RETURN id`;

export async function findMissingIds(db: Database, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<{ id: string }>('studies.missingIds', FIND_MISSING_IDS, { ids });
  return rows.map((r) => r.id);
}
