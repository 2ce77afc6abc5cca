/**
 * Rows for a side-by-side comparison: every result on an endpoint reported by an arm that received
 * one of the interventions (directly or inside a regimen), by the treatment arm of a hazard ratio,
 * or by a study evaluating it as a whole; optionally only within a population and its subsets
 * (a result about a subgroup is judged by its subgroup).
 */
import type { Reader } from '../../../runtime/db/database.js';
import { ENDPOINTS_NAMED } from '../../../kernel/indexes.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type ComparisonRecord, type NodeRecord } from '../graph/records.js';
import { loadedDataKey } from '../../../runtime/graph-meta.js';
import { PerLoadCache } from '../cache/per-load-cache.js';

/** An endpoint by id, else by code; of several with one code (PFS, hepatic PFS) the one named by it. */
export const FIND_ENDPOINT = `
  ${ENDPOINTS_NAMED}
  RETURN ${nodeProjection('e')} AS node
  ORDER BY e.id = $endpoint DESC, $endpoint IN coalesce(e.aliases, []) DESC, e.id
  LIMIT 1`;

/**
 * Every matching row's ids, in the rows' stable order (ids break ties, so the order is total and
 * pages never overlap): a row is four ids, so even a hub's tens of thousands of rows stay small.
 * Kept per loaded data and query (COMPARISON_KEYS), so later pages, and the same comparison
 * asked again, only project their rows (FIND_COMPARISON_PAGE).
 *
 * Rows are found from whichever end is smaller, by the degree store: the intervention's arms and
 * studies (regimens including it counted in), or the endpoint's results. Each branch starts from
 * bound nodes only, so the planner cannot pick the other end: at 100k registry studies it did,
 * starting from PFS (52,000 results) to compare two drugs of 3,145 arms (988,245 db hits against
 * 84,481 from the arms), because an endpoint has few results on average and PFS looked small.
 */
export const FIND_COMPARISON_KEYS = `
  MATCH (e:Endpoint {id: $endpointId})
  UNWIND $interventions AS ivId
  MATCH (iv:Intervention {id: ivId})
  CALL (iv) {
    MATCH (iv)<-[:INCLUDES*0..3]-(given:Intervention)
    RETURN sum(COUNT { (given)<-[:RECEIVED|EVALUATES]-() }) AS ivDegree
  }
  WITH e, iv, COUNT { (e)<-[:OF_ENDPOINT]-() } < ivDegree AS fromEndpoint
  CALL (e, iv, fromEndpoint) {
    WITH iv WHERE NOT fromEndpoint
    MATCH (arm:Arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(iv)
    MATCH (arm)-[:REPORTED]->(r:Result)
    WHERE EXISTS { (r)-[:OF_ENDPOINT]->(:Endpoint {id: $endpointId}) }
    RETURN r, arm
    UNION
    WITH iv WHERE NOT fromEndpoint
    MATCH (arm:Arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(iv)
    MATCH (r:Result)-[:COMPARES {role: 'treatment'}]->(arm)
    WHERE EXISTS { (r)-[:OF_ENDPOINT]->(:Endpoint {id: $endpointId}) }
    RETURN r, arm
    UNION
    WITH iv WHERE NOT fromEndpoint
    MATCH (s:Study)-[:EVALUATES]->(:Intervention)-[:INCLUDES*0..3]->(iv)
    MATCH (s)-[:REPORTED]->(r:Result)
    WHERE NOT EXISTS { (r)-[:COMPARES]->() } AND EXISTS { (r)-[:OF_ENDPOINT]->(:Endpoint {id: $endpointId}) }
    RETURN r, null AS arm
    UNION
    WITH e, iv WHERE fromEndpoint
    MATCH (e)<-[:OF_ENDPOINT]-(r:Result)
    CALL (r, iv) {
      MATCH (arm:Arm)-[:REPORTED]->(r)
      WHERE EXISTS { (arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(iv) }
      RETURN arm
      UNION
      MATCH (r)-[:COMPARES {role: 'treatment'}]->(arm:Arm)
      WHERE EXISTS { (arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(iv) }
      RETURN arm
      UNION
      MATCH (s:Study)-[:REPORTED]->(r)
      WHERE NOT EXISTS { (r)-[:COMPARES]->() } AND EXISTS { (s)-[:EVALUATES]->(:Intervention)-[:INCLUDES*0..3]->(iv) }
      RETURN null AS arm
    }
    RETURN r, arm
  }
  WITH DISTINCT iv, r, arm
  MATCH (s:Study {id: r.studyId})
  WHERE $population IS NULL OR (
    CASE WHEN r.populationId IS NOT NULL
      THEN EXISTS { MATCH (:Population {id: r.populationId})-[:SUBSET_OF*0..8]->(:Population {id: $population}) }
      ELSE EXISTS { MATCH (s)-[:ENROLLS]->(:Population)-[:SUBSET_OF*0..8]->(:Population {id: $population}) }
    END)
  WITH iv, r, arm, s
  ORDER BY iv.name, iv.id, s.name, s.id, arm.label, arm.id, r.name, r.id
  RETURN collect({iv: iv.id, r: r.id, arm: arm.id, s: s.id}) AS keys`;

/** The rows of one page, from their ids, in the page's order: each with its study's populations, or the result's subgroup. */
export const FIND_COMPARISON_PAGE = `
  UNWIND range(0, size($page) - 1) AS k
  WITH k, $page[k] AS key
  MATCH (iv:Intervention {id: key.iv})
  MATCH (r:Result {id: key.r})
  MATCH (s:Study {id: key.s})
  OPTIONAL MATCH (arm:Arm {id: key.arm})
  OPTIONAL MATCH (sub:Population {id: r.populationId})
  OPTIONAL MATCH (s)-[:ENROLLS]->(pop:Population)
  WITH k, iv, r, arm, s, sub, collect(DISTINCT pop) AS pops
  ORDER BY k
  RETURN {
    intervention: ${nodeProjection('iv')}, result: ${nodeProjection('r')},
    arm: CASE WHEN arm IS NULL THEN null ELSE ${nodeProjection('arm')} END,
    study: ${nodeProjection('s')},
    populations: [p IN CASE WHEN sub IS NULL THEN pops ELSE [sub] END | ${nodeProjection('p')}]
  } AS row`;

/**
 * Review-level numbers beside the rows: observations about the endpoint and about one of the
 * interventions or a regimen including it; with a population, only those about it or its subsets.
 */
export const FIND_COMPARISON_OBSERVATIONS = `
  MATCH (e:Endpoint {id: $endpointId})<-[:ABOUT]-(o:Observation)
  WHERE EXISTS { MATCH (o)-[:ABOUT]->(:Intervention)-[:INCLUDES*0..3]->(iv:Intervention) WHERE iv.id IN $interventions }
    AND ($population IS NULL OR EXISTS {
      MATCH (o)-[:ABOUT]->(:Population)-[:SUBSET_OF*0..8]->(:Population {id: $population}) })
  RETURN ${nodeProjection('o')} AS node
  ORDER BY o.name, o.id`;

const record = (n: ProjectedNode) => recordOf(n);

export async function findEndpoint(db: Reader, endpoint: string): Promise<NodeRecord | null> {
  const rows = await db.read<{ node: ProjectedNode }>('compare.endpoint', FIND_ENDPOINT, { endpoint });
  return rows[0] ? record(rows[0].node) : null;
}

interface ComparisonRowRow {
  intervention: ProjectedNode;
  result: ProjectedNode;
  arm: ProjectedNode | null;
  study: ProjectedNode;
  populations: ProjectedNode[];
}

/** A matching row's ids: intervention, result, arm (null for a whole-study result) and study. */
interface ComparisonKey {
  iv: string;
  r: string;
  arm: string | null;
  s: string;
}

/**
 * Matching rows per (loaded data, endpoint, interventions, population), for comparisons of at most
 * MAX_KEPT_ROWS rows (a row is four ids, ~200 bytes: 100 entries of 20,000 rows stay under 400 MB,
 * and most comparisons are far smaller). A new load, or a chunk of one, changes the key.
 */
export const COMPARISON_KEYS = new PerLoadCache<ComparisonKey[]>(100);
const MAX_KEPT_ROWS = 20_000;

/** Rows `skip` to `skip + take` (in the rows' stable order), their total, and the review-level observations, in one read transaction. */
export async function findComparison(
  db: Reader,
  endpoint: NodeRecord,
  interventions: string[],
  population: NodeRecord | null,
  page: { skip: number; take: number } = { skip: 0, take: 50 },
): Promise<ComparisonRecord> {
  const params = { endpointId: endpoint.id, interventions, population: population?.id ?? null };
  return db.readTransaction('compare.rows', async (run) => {
    const cacheKey = `${await loadedDataKey(run, db.name)}|${JSON.stringify(params)}`;
    let keys = COMPARISON_KEYS.get(cacheKey);
    if (!keys) {
      keys = (await run<{ keys: ComparisonKey[] }>(FIND_COMPARISON_KEYS, params))[0]?.keys ?? [];
      if (keys.length <= MAX_KEPT_ROWS) COMPARISON_KEYS.set(cacheKey, keys);
    }
    const pageKeys = keys.slice(page.skip, page.skip + page.take);
    const rows = pageKeys.length > 0 ? await run<{ row: ComparisonRowRow }>(FIND_COMPARISON_PAGE, { page: pageKeys }) : [];
    const observations = await run<{ node: ProjectedNode }>(FIND_COMPARISON_OBSERVATIONS, params);
    return {
      endpoint,
      population,
      observations: observations.map((o) => record(o.node)),
      totalCount: keys.length,
      skip: page.skip,
      rows: rows.map(({ row: r }) => ({
        intervention: record(r.intervention),
        result: record(r.result),
        arm: r.arm ? record(r.arm) : null,
        study: record(r.study),
        populations: r.populations.map(record),
      })),
    };
  });
}
