/**
 * The neighbourhood of a node, hop by hop: each hop asks for the neighbours of the frontier
 * (bounded by what is left of the limit), so a hub such as Placebo never expands past the limit.
 */
import type { Database } from '../../../runtime/db/database.js';
import { KIND_OF_LABEL, type NodeLabel, type RelationshipType } from '../../../kernel/vocabulary.js';
import { ENTITY, edgeProjection, nodeProjection, type ProjectedEdge, type ProjectedNode } from '../graph/cypher.js';
import { kindOf, recordOf, sourceIdOf } from '../graph/records.js';
import { kindOfSourceId } from '../../../kernel/sources.js';
import { evidenceOf } from '../registry/registry-of.js';

export interface GraphNodeRow {
  id: string;
  kind: string;
  label: string;
  source: 'REVIEW' | 'REGISTRY';
  design?: string;
  phase?: string;
  status?: string;
  enrolled?: number;
  evidenceDesign?: string;
  evidencePhase?: string | null;
  evidenceBasis?: 'REVIEW' | 'REGISTRY';
  nonComparative?: boolean;
  planned?: boolean;
  site?: string;
  differentiation?: string;
  grades?: string[];
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
    AND ($types IS NULL OR type(r) IN $types)
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT toInteger($room)
  RETURN ${nodeProjection('b')} AS node`;

export const FIND_EDGES_AMONG = `
  MATCH (a:${ENTITY})-[r]->(b:${ENTITY})
  WHERE a.id IN $ids AND b.id IN $ids
  RETURN ${edgeProjection('r')} AS edge
  ORDER BY edge.id`;

/** A node as the canvas needs it: identity plus the properties filters and evidence levels read. */
export const graphNodeOf = (n: ProjectedNode): GraphNodeRow => {
  const record = recordOf(n);
  const pick = <K extends keyof GraphNodeRow>(k: K) => (record[k] ?? undefined) as GraphNodeRow[K];
  const evidence = record.graphLabel === 'Study' ? evidenceOf(record) : null;
  return {
    id: record.id,
    kind: kindOf(record),
    label: record.name,
    source: kindOfSourceId(sourceIdOf(record)),
    ...(evidence
      ? {
          design: pick('design'),
          phase: pick('phase'),
          status: pick('status'),
          enrolled: pick('enrolled'),
          evidenceDesign: evidence.design,
          evidencePhase: evidence.phase,
          evidenceBasis: evidence.basis,
          nonComparative: evidence.nonComparative,
          planned: evidence.planned,
        }
      : {}),
    ...(record.graphLabel === 'Population' ? { site: pick('site'), differentiation: pick('differentiation'), grades: pick('grades') } : {}),
  };
};

export async function findEdgesAmong(db: Database, ids: string[]): Promise<ProjectedEdge[]> {
  const rows = await db.read<{ edge: ProjectedEdge }>('neighborhood.edgesAmong', FIND_EDGES_AMONG, { ids });
  return rows.map((r) => r.edge);
}

export async function findNeighborhood(
  db: Database,
  id: string,
  depth: number,
  labels: NodeLabel[] | null,
  types: RelationshipType[] | null,
  limit: number,
): Promise<SubgraphRow | null> {
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
      types,
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
  return {
    nodes,
    edges: await findEdgesAmong(
      db,
      nodes.map((n) => n.id),
    ),
    truncated: false,
  };
}

/** Distinct neighbours per kind and relationship type, plus per kind over all types ('*'). */
export const SUMMARIZE_NEIGHBOURS = `
  MATCH (a:${ENTITY} {id: $id})-[r]-(b:${ENTITY})
  WITH [l IN labels(b) WHERE l <> '${ENTITY}'][0] AS label, type(r) AS type, b
  CALL (label, type, b) {
    RETURN type AS relationshipType
    UNION
    RETURN '*' AS relationshipType
  }
  WITH label, relationshipType, count(DISTINCT b) AS count
  RETURN label, relationshipType, count
  ORDER BY count DESC, label, relationshipType`;

export async function summarizeNeighbours(db: Database, id: string): Promise<{ kind: string; relationshipType: string; count: number }[]> {
  const rows = await db.read<{ label: NodeLabel; relationshipType: string; count: number }>('neighborhood.summary', SUMMARIZE_NEIGHBOURS, {
    id,
  });
  return rows.map((r) => ({ kind: KIND_OF_LABEL[r.label], relationshipType: r.relationshipType, count: r.count }));
}
