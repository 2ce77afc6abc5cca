/**
 * Shortest paths between two nodes, ignoring direction, shortest first (Cypher's SHORTEST k).
 * Only simple paths (no node twice).
 * Path length and count are validated integers inlined into the pattern, as Cypher requires
 * literals there; node ids are parameters.
 */
import type { Database } from '../../../runtime/db/database.js';
import type { NodeLabel } from '../../../kernel/vocabulary.js';
import { ENTITY, edgeProjection, nodeProjection, type ProjectedEdge, type ProjectedNode } from '../graph/cypher.js';
import { graphNodeOf, type GraphNodeRow } from '../neighborhood/repository.js';

export interface PathRow {
  nodes: GraphNodeRow[];
  edges: ProjectedEdge[];
  length: number;
}

export function shortestPathsStatement(maxLength: number, limit: number): string {
  if (!Number.isInteger(maxLength) || !Number.isInteger(limit)) throw new Error('path bounds must be integers');
  // The kind filter sits inside the quantified pattern, so it prunes the search; a path may still
  // end on an excluded kind. Simple-path filtering needs the whole path, so it runs after
  // selection: twice the paths are selected so that enough remain.
  return `
  MATCH (a:${ENTITY} {id: $from}), (b:${ENTITY} {id: $to})
  MATCH p = SHORTEST ${limit * 2} (a) ((x)-[r]-(y) WHERE y = b OR $excluded IS NULL OR none(l IN labels(y) WHERE l IN $excluded)){1,${maxLength}} (b)
  WITH p WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH p ORDER BY length(p) LIMIT ${limit}
  RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
         [rel IN relationships(p) | ${edgeProjection('rel')}] AS edges,
         length(p) AS length`;
}

export async function findShortestPaths(
  db: Database,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
  excluded: NodeLabel[] | null,
): Promise<PathRow[]> {
  const rows = await db.read<{ nodes: ProjectedNode[]; edges: ProjectedEdge[]; length: number }>(
    'paths.shortest',
    shortestPathsStatement(maxLength, limit),
    { from, to, excluded },
  );
  return rows.map((r) => ({ nodes: r.nodes.map(graphNodeOf), edges: r.edges, length: r.length }));
}
