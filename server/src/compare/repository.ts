/**
 * Rows for a side-by-side comparison: every result on an endpoint reported by an arm that received
 * one of the interventions (directly or inside a regimen), by the treatment arm of a hazard ratio,
 * or by a study evaluating it as a whole; optionally only within a population and its subsets
 * (a result about a subgroup is judged by its subgroup).
 */
import type { Database } from '../../../runtime/db/database.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type ComparisonRecord, type NodeRecord } from '../graph/records.js';

/** An endpoint by id, else by code; of several with one code (PFS, hepatic PFS) the one named by it. */
export const FIND_ENDPOINT = `
  MATCH (e:Endpoint) WHERE e.id = $endpoint OR e.code = $endpoint
  RETURN ${nodeProjection('e')} AS node
  ORDER BY e.id = $endpoint DESC, $endpoint IN coalesce(e.aliases, []) DESC, e.id
  LIMIT 1`;

export const FIND_COMPARISON_ROWS = `
  MATCH (e:Endpoint {id: $endpointId})
  UNWIND $interventions AS ivId
  MATCH (iv:Intervention {id: ivId})
  CALL (iv, e) {
    MATCH (arm:Arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(iv)
    MATCH (arm)-[:REPORTED]->(r:Result)-[:OF_ENDPOINT]->(e)
    RETURN r, arm
    UNION
    MATCH (arm:Arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(iv)
    MATCH (r:Result)-[:COMPARES {role: 'treatment'}]->(arm)
    WHERE EXISTS { (r)-[:OF_ENDPOINT]->(e) }
    RETURN r, arm
    UNION
    MATCH (s:Study)-[:EVALUATES]->(:Intervention)-[:INCLUDES*0..3]->(iv)
    MATCH (s)-[:REPORTED]->(r:Result)-[:OF_ENDPOINT]->(e)
    WHERE NOT EXISTS { (r)-[:COMPARES]->() }
    RETURN r, null AS arm
  }
  WITH DISTINCT iv, r, arm
  MATCH (s:Study {id: r.studyId})
  WHERE $population IS NULL OR (
    CASE WHEN r.populationId IS NOT NULL
      THEN EXISTS { MATCH (:Population {id: r.populationId})-[:SUBSET_OF*0..8]->(:Population {id: $population}) }
      ELSE EXISTS { MATCH (s)-[:ENROLLS]->(:Population)-[:SUBSET_OF*0..8]->(:Population {id: $population}) }
    END)
  OPTIONAL MATCH (sub:Population {id: r.populationId})
  OPTIONAL MATCH (s)-[:ENROLLS]->(pop:Population)
  WITH iv, r, arm, s, sub, collect(DISTINCT pop) AS pops
  RETURN ${nodeProjection('iv')} AS intervention, ${nodeProjection('r')} AS result,
         CASE WHEN arm IS NULL THEN null ELSE ${nodeProjection('arm')} END AS arm,
         ${nodeProjection('s')} AS study,
         [p IN CASE WHEN sub IS NULL THEN pops ELSE [sub] END | ${nodeProjection('p')}] AS populations
  ORDER BY iv.name, s.name, arm.label, r.name`;

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

export async function findEndpoint(db: Database, endpoint: string): Promise<NodeRecord | null> {
  const rows = await db.read<{ node: ProjectedNode }>('compare.endpoint', FIND_ENDPOINT, { endpoint });
  return rows[0] ? record(rows[0].node) : null;
}

export async function findComparison(
  db: Database,
  endpoint: NodeRecord,
  interventions: string[],
  population: NodeRecord | null,
): Promise<ComparisonRecord> {
  const params = { endpointId: endpoint.id, interventions, population: population?.id ?? null };
  const [rows, observations] = await Promise.all([
    db.read<{
      intervention: ProjectedNode;
      result: ProjectedNode;
      arm: ProjectedNode | null;
      study: ProjectedNode;
      populations: ProjectedNode[];
    }>('compare.rows', FIND_COMPARISON_ROWS, params),
    db.read<{ node: ProjectedNode }>('compare.observations', FIND_COMPARISON_OBSERVATIONS, params),
  ]);
  return {
    endpoint,
    population,
    observations: observations.map((o) => record(o.node)),
    rows: rows.map((r) => ({
      intervention: record(r.intervention),
      result: record(r.result),
      arm: r.arm ? record(r.arm) : null,
      study: record(r.study),
      populations: r.populations.map(record),
    })),
  };
}
