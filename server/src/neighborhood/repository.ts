/**
 * The neighbourhood of a node, hop by hop: each hop asks for the neighbours of the frontier
 * (bounded by what is left of the limit), so a hub such as Placebo never expands past the limit.
 */
import type { Database } from '../db/database.js';
import type { NodeLabel } from '../../../seed/src/model/vocabulary.js';
import { ENTITY, edgeProjection, nodeProjection, type ProjectedEdge, type ProjectedNode } from '../graph/cypher.js';
import { kindOf, toNodeRecord } from '../graph/records.js';

export interface GraphNodeRow {
  id: string;
  kind: string;
  label: string;
}
export interface SubgraphRow {
  nodes: GraphNodeRow[];
  edges: ProjectedEdge[];
  truncated: boolean;
}

export const FIND_START = `MATCH (n:${ENTITY} {id: $id}) RETURN ${nodeProjection('n')} AS node`;

export const FIND_NEIGHBOURS = `
  UNWIND $frontier AS fid
  MATCH (a:${ENTITY} {id: fid})-[r]-(b:${ENTITY})
  WHERE NOT b.id IN $visited AND ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels))
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT toInteger($room)
  RETURN ${nodeProjection('b')} AS node`;

export const FIND_EDGES_AMONG = `
  MATCH (a:${ENTITY})-[r]->(b:${ENTITY})
  WHERE a.id IN $ids AND b.id IN $ids
  RETURN ${edgeProjection('r')} AS edge
  ORDER BY edge.id`;

export const graphNodeOf = (n: ProjectedNode): GraphNodeRow => {
  const record = toNodeRecord(n.labels, n.props);
  return { id: record.id, kind: kindOf(record), label: record.name };
};

export async function findEdgesAmong(db: Database, ids: string[]): Promise<ProjectedEdge[]> {
  const rows = await db.read<{ edge: ProjectedEdge }>('neighborhood.edgesAmong', FIND_EDGES_AMONG, { ids });
  return rows.map((r) => r.edge);
}

export async function findNeighborhood(db: Database, id: string, depth: number, labels: NodeLabel[] | null, limit: number): Promise<SubgraphRow | null> {
  const start = await db.read<{ node: ProjectedNode }>('neighborhood.start', FIND_START, { id });
  if (start.length === 0) return null;
  const nodes = new Map<string, GraphNodeRow>([[id, graphNodeOf(start[0].node)]]);
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
    const room = limit - nodes.size;
    const rows = await db.read<{ node: ProjectedNode }>('neighborhood.hop', FIND_NEIGHBOURS, {
      frontier,
      visited: [...nodes.keys()],
      labels,
      room: room + 1,
    });
    if (rows.length > room) truncated = true;
    frontier = [];
    for (const r of rows.slice(0, room)) {
      const n = graphNodeOf(r.node);
      nodes.set(n.id, n);
      frontier.push(n.id);
    }
  }
  return { nodes: [...nodes.values()], edges: await findEdgesAmong(db, [...nodes.keys()]), truncated };
}

export const FIND_NODES = `
  UNWIND $ids AS id
  MATCH (n:${ENTITY} {id: id})
  RETURN ${nodeProjection('n')} AS node`;

export async function findSubgraph(db: Database, ids: string[]): Promise<SubgraphRow> {
  const rows = await db.read<{ node: ProjectedNode }>('neighborhood.nodes', FIND_NODES, { ids: [...new Set(ids)] });
  const nodes = rows.map((r) => graphNodeOf(r.node));
  return { nodes, edges: await findEdgesAmong(db, nodes.map((n) => n.id)), truncated: false };
}
