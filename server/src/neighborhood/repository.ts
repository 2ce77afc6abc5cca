/**
 * The neighbourhood of a node, hop by hop: each hop asks for the neighbours of the frontier
 * (bounded by what is left of the limit), so a hub such as Placebo never expands past the limit.
 */
import { readsOneByOne, type Database, type Reader, type ReadRun } from '../../../runtime/db/database.js';
import { must } from '../../../kernel/must.js';
import { LINKS } from '../../../kernel/links.js';
import { KIND_OF_LABEL, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../../kernel/vocabulary.js';
import { ENTITY, edgeOfTuple, edgeTuple, type EdgeTuple, type ProjectedEdge, type ProjectedNode } from '../graph/cypher.js';
import { REGISTRY_DESIGN_FIELDS } from '../../../kernel/evidence-design.js';
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

/** What graphNodeOf reads of a node beside id, name and owners, per label. */
const CANVAS_PROPERTIES: Partial<Record<NodeLabel, readonly string[]>> = {
  Study: ['design', 'phase', 'status', 'enrolled', 'nonComparative', 'planned', ...REGISTRY_DESIGN_FIELDS],
  Population: ['site', 'differentiation', 'grades'],
};
const mapOf = (v: string, properties: readonly string[]) =>
  `${v} {${['id', 'name', 'owners', ...properties].map((p) => `.${p}`).join(', ')}}`;

/**
 * Projects node variable `v` as graphNodeOf reads it: the properties above, not the whole node
 * (at 600k studies, 200 whole nodes took 7.5 ms to return and decode, these 3.4), and a Study's
 * linked registry record as far as its evidence level reads it.
 */
export const canvasNodeProjection = (v: string) => {
  const byLabel = Object.entries(CANVAS_PROPERTIES).map(([label, properties]) => `WHEN ${v}:${label} THEN ${mapOf(v, properties)}`);
  const fields = ['.id', ...REGISTRY_DESIGN_FIELDS.map((f) => `.${f}`), `linkReason: link${v}.reason`, `linkDetail: link${v}.detail`];
  const registry = `[(${v})-[link${v}:REGISTERED_AS]->(record${v}:Study) | record${v} {${fields.join(', ')}}][0]`;
  return `{labels: labels(${v}), props: CASE ${byLabel.join(' ')} ELSE ${mapOf(v, [])} END, registry: CASE WHEN ${v}:Study THEN ${registry} END}`;
};

/**
 * A hub's new neighbours per relationship type: at most `$scan` relationships of each type read
 * (a typed expansion reads only that type's relationships of a hub), at most `$room` distinct
 * neighbours kept; a list per type, one row each.
 */
const HUB_NEIGHBOURS_PER_TYPE = RELATIONSHIP_TYPES.map(
  (type) => `WITH a WHERE $types IS NULL OR '${type}' IN $types
        MATCH (a)-[:${type}]-(b:${ENTITY})
        WITH b LIMIT toInteger($scan)
        WITH b WHERE NOT b.id IN $visited AND ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels))
        WITH DISTINCT b LIMIT toInteger($room)
        RETURN collect(b) AS found`,
).join('\n        UNION ALL\n        ');

/** Whether hub `a` has more relationships of a type in play than a hop reads of it (degree store). */
const OVER_SCAN = `COUNT { (a)--() } > toInteger($hubDegree) AND any(x IN [${RELATIONSHIP_TYPES.map((t) => `['${t}', COUNT { (a)-[:${t}]-() }]`).join(', ')}]
      WHERE ($types IS NULL OR x[0] IN $types) AND x[1] > toInteger($scan))`;

/**
 * Whether two hubs `a` and `b` are joined, one branch per relationship type whose ends their kinds
 * can be: a typed check between two bound nodes reads one type's relationships, where an untyped
 * one read every relationship of the smaller hub (88,059 db hits between PFS, placebo and
 * everolimus at 100k studies, for the neighbourhood of one study).
 */
const HUB_PAIR_EDGES = Object.entries(LINKS)
  .map(([type, ends]) => {
    const from = (ends.from as readonly NodeLabel[]).map((l) => `a:${l}`).join(' OR ');
    const to = (ends.to as readonly NodeLabel[]).map((l) => `b:${l}`).join(' OR ');
    return `UNWIND hubs AS a
      WITH a WHERE ${from}
      UNWIND hubs AS b
      WITH a, b WHERE ${to}
      MATCH (a)-[r:${type}]->(b)
      RETURN r`;
  })
  .join('\n      UNION\n      ');

/**
 * The relationships among the nodes variable `ids` names, at most `$maxEdges`, as one row:
 * `edges`, ordered by id, each an edgeTuple. Each is found from an end with few relationships
 * (reading that end's few), or, where both ends have many, by checking those nodes pairwise by
 * type: no hub's whole degree is read. "Many" is `$pairwisePerNode` per node asked about, at most
 * `$hubDegree`: among a study's 9 neighbours, pairwise checks beat reading a population's few
 * hundred relationships (1.5 → 1.3 ms, 1,052 → 405 db hits at 600k); among 200, the pairs are too
 * many. The other end is tested as one of the nodes found (`members`), not by its id: reading the
 * id of every node at the end of a relationship was half the statement (a 600k study's
 * neighbourhood: 729 relationships read, 2.1 → 1.6 ms, 1,802 → 1,052 db hits).
 */
const EDGES_AMONG = `CALL (ids) {
      UNWIND ids AS id
      MATCH (n:${ENTITY} {id: id})
      WITH n, COUNT { (n)--() } > CASE WHEN size(ids) * $pairwisePerNode < $hubDegree THEN size(ids) * $pairwisePerNode ELSE $hubDegree END AS hub
      RETURN collect(CASE WHEN hub THEN n END) AS hubs, collect(CASE WHEN hub THEN null ELSE n END) AS others, collect(n) AS members
    }
    CALL (hubs, others, members) {
      UNWIND others AS a
      MATCH (a)-[r]-(b)
      WHERE b IN members
      RETURN r
      UNION
      ${HUB_PAIR_EDGES}
    }
    WITH DISTINCT r
    LIMIT toInteger($maxEdges)
    WITH ${edgeTuple('r')} AS edge
    ORDER BY edge[0]
    RETURN collect(edge) AS edges`;

/** The relationships among the nodes `$ids` names, at most `$maxEdges`, one row each. */
export const FIND_EDGES_AMONG = `
  WITH $ids AS ids
  CALL (ids) {
    ${EDGES_AMONG}
  }
  UNWIND edges AS edge
  RETURN {id: edge[0], type: edge[1], source: edge[2], target: edge[3]} AS edge`;

/**
 * One hop. A frontier node of at most `hubDegree` relationships is read whole. A hub is read per
 * relationship type, at most `scan` relationships and `room` new neighbours of each, and its types
 * take turns (round robin), so its sample shows every kind of neighbour it has: read whole up to
 * 10,000 relationships, placebo at 100k studies showed only the 60 adverse events its first
 * 10,000 (adverse-event rates) lead to. The first `room` distinct neighbours over the frontier are
 * returned, ordered by id; `overScan` says a hub has more relationships of a type than were read
 * (degree store), so the hop is a sample. On the first hop `$start` names the start node,
 * returned with it. The hop that ends the walk (`$lastHop`, or one that fills the limit or finds
 * nothing) also returns the edges among the visited nodes and the first `$keep` it found, so a
 * neighbourhood of depth d is d statements; `edges` is null after any other hop.
 */
export const FIND_NEIGHBOURS = `
  OPTIONAL MATCH (start:${ENTITY} {id: $start})
  CALL () {
    UNWIND $frontier AS fid
    MATCH (a:${ENTITY} {id: fid})
    RETURN any(over IN collect(${OVER_SCAN}) WHERE over) AS overScan
  }
  CALL () {
    UNWIND $frontier AS fid
    MATCH (a:${ENTITY} {id: fid})
    CALL (a) {
      CALL (a) {
        WITH a WHERE COUNT { (a)--() } <= toInteger($hubDegree)
        MATCH (a)-[r]-(b:${ENTITY})
        WHERE NOT b.id IN $visited AND ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels))
          AND ($types IS NULL OR type(r) IN $types)
        WITH DISTINCT b LIMIT toInteger($room)
        RETURN collect(b) AS found
        UNION ALL
        WITH a WHERE COUNT { (a)--() } > toInteger($hubDegree)
        CALL (a) {
        ${HUB_NEIGHBOURS_PER_TYPE}
        }
        RETURN found
      }
      WITH collect(found) AS lists
      UNWIND range(0, reduce(longest = 0, l IN lists | CASE WHEN size(l) > longest THEN size(l) ELSE longest END) - 1) AS k
      UNWIND lists AS list
      WITH list[k] AS b WHERE b IS NOT NULL
      RETURN DISTINCT b
      LIMIT toInteger($room)
    }
    WITH DISTINCT b
    LIMIT toInteger($room)
    WITH b ORDER BY b.id
    RETURN collect(${canvasNodeProjection('b')}) AS nodes
  }
  WITH start, nodes, coalesce(overScan, false) AS overScan
  OPTIONAL CALL (nodes) {
    WITH nodes WHERE $lastHop OR size(nodes) > toInteger($keep) OR size(nodes) = 0
    WITH $visited + [n IN nodes[0..toInteger($keep)] | n.props.id] AS ids
    CALL (ids) {
      ${EDGES_AMONG}
    }
    RETURN edges
  }
  RETURN CASE WHEN start IS NULL THEN null ELSE ${canvasNodeProjection('start')} END AS start, nodes, overScan, edges`;

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
    ...(record.graphLabel === 'Population'
      ? { site: pick('site'), differentiation: pick('differentiation'), grades: pick('grades') ?? [] }
      : {}),
  };
};

/** Bounds on one neighbourhood or subgraph request's reads. */
export const NEIGHBOURHOOD_BOUNDS = {
  /** Relationships of each type read from a hub per hop (25 types: at most 10,000 in all). */
  scanPerType: 400,
  /** Edges returned among the nodes, per node asked for. */
  edgesPerNode: 4,
  /** A node with more relationships than this is a hub: its edges are found from their other end. */
  hubDegree: 1_000,
  /** Among n nodes, one with more than n × this relationships (at most hubDegree) has its edges to the others checked pairwise by type. */
  pairwisePerNode: 10,
};

/** Edges among `count` nodes: at most edgesPerNode each, one more asked for to tell a truncated list. */
const maxEdgesFor = (count: number) => NEIGHBOURHOOD_BOUNDS.edgesPerNode * Math.max(count, 1);
const edgesCut = (found: EdgeTuple[], count: number) => ({
  edges: found.slice(0, maxEdgesFor(count)).map(edgeOfTuple),
  truncated: found.length > maxEdgesFor(count),
});

/**
 * A node's neighbourhood, hop by hop, all in one read transaction (depth statements at most; a
 * depth-1 walk is one statement, run as its own auto-commit query); null when no node has the id.
 */
export async function findNeighborhood(
  db: Reader,
  id: string,
  depth: number,
  labels: NodeLabel[] | null,
  types: RelationshipType[] | null,
  limit: number,
): Promise<SubgraphRow | null> {
  const walk = async (run: ReadRun): Promise<SubgraphRow | null> => {
    const nodes = new Map<string, GraphNodeRow>();
    let frontier = [id];
    let edges: { edges: ProjectedEdge[]; truncated: boolean } | undefined;
    let full = false;
    let sampled = false;
    for (let hop = 0; hop < depth && edges === undefined; hop++) {
      const room = limit - Math.max(nodes.size, 1);
      const [row] = await run<{ start: ProjectedNode | null; nodes: ProjectedNode[]; overScan: boolean; edges: EdgeTuple[] | null }>(
        FIND_NEIGHBOURS,
        {
          start: hop === 0 ? id : null,
          frontier,
          visited: hop === 0 ? [id] : [...nodes.keys()],
          labels,
          types,
          room: room + 1,
          keep: room,
          lastHop: hop === depth - 1,
          scan: NEIGHBOURHOOD_BOUNDS.scanPerType,
          hubDegree: NEIGHBOURHOOD_BOUNDS.hubDegree,
          pairwisePerNode: NEIGHBOURHOOD_BOUNDS.pairwisePerNode,
          // The edges among every node the walk can keep (visited ones and `room` new ones: `limit`).
          maxEdges: maxEdgesFor(limit) + 1,
        },
      );
      if (hop === 0) {
        if (!row?.start) return null;
        nodes.set(id, graphNodeOf(row.start));
      }
      const found = row?.nodes ?? [];
      if (found.length > room) full = true;
      // Room left, but a hub's relationships beyond the scan were never looked at: the hop is a sample.
      else if (row?.overScan) sampled = true;
      frontier = [];
      for (const node of found.slice(0, room)) {
        const n = graphNodeOf(node);
        nodes.set(n.id, n);
        frontier.push(n.id);
      }
      // The hop that ends the walk (the last, a full one or one that found nothing) brought the edges.
      if (row?.edges) edges = edgesCut(row.edges, nodes.size);
    }
    const among = must(edges, 'the hop that ends a walk returns the edges among its nodes');
    return { nodes: [...nodes.values()], edges: among.edges, truncated: full || sampled || among.truncated };
  };
  return depth === 1 ? walk(readsOneByOne(db, 'neighborhood')) : db.readTransaction('neighborhood', walk);
}

/** Nodes by id and the edges among them (at most `$maxEdges`), one row. */
export const FIND_SUBGRAPH = `
  CALL () {
    UNWIND $ids AS id
    MATCH (n:${ENTITY} {id: id})
    RETURN collect(${canvasNodeProjection('n')}) AS nodes
  }
  WITH nodes, [n IN nodes | n.props.id] AS ids
  CALL (ids) {
    ${EDGES_AMONG}
  }
  RETURN nodes, edges`;

export async function findSubgraph(db: Database, ids: string[]): Promise<SubgraphRow> {
  const unique = [...new Set(ids)];
  const [row] = await db.read<{ nodes: ProjectedNode[]; edges: EdgeTuple[] }>('subgraph', FIND_SUBGRAPH, {
    ids: unique,
    hubDegree: NEIGHBOURHOOD_BOUNDS.hubDegree,
    pairwisePerNode: NEIGHBOURHOOD_BOUNDS.pairwisePerNode,
    maxEdges: maxEdgesFor(unique.length) + 1,
  });
  const nodes = (row?.nodes ?? []).map(graphNodeOf);
  return { nodes, ...edgesCut(row?.edges ?? [], nodes.length) };
}

/**
 * Above this many relationships, a node's neighbours are counted per relationship type from
 * Neo4j's degree store (relationships, not distinct neighbours) rather than read.
 */
export const EXACT_SUMMARY_UP_TO = 5_000;

/** For each relationship type and direction, the kind at its other end and a count the degree store answers. */
const DEGREE_COUNTS = Object.entries(LINKS).flatMap(([type, ends]) =>
  (
    [
      ['out', ends.to],
      ['in', ends.from],
    ] as const
  ).flatMap(([direction, others]) =>
    (others as readonly NodeLabel[]).map((label) => {
      const other = others.length === 1 ? '()' : `(:${label})`;
      const pattern = direction === 'out' ? `(a)-[:${type}]->${other}` : `(a)<-[:${type}]-${other}`;
      return `{label: '${label}', type: '${type}', count: COUNT { ${pattern} }}`;
    }),
  ),
);

/**
 * Neighbours per kind and relationship type, plus per kind over all types ('*'). Up to
 * $exactUpTo relationships: distinct neighbours, read. Beyond: relationships per type and
 * direction from the degree store (a kind the type's other end shares with others is counted by
 * reading that type alone); `exact` false says these count relationships.
 */
export const SUMMARIZE_NEIGHBOURS = `
  MATCH (a:${ENTITY} {id: $id})
  WITH a, COUNT { (a)--() } AS degree
  CALL (a, degree) {
    WITH a WHERE degree <= $exactUpTo
    MATCH (a)-[r]-(b:${ENTITY})
    WITH [l IN labels(b) WHERE l <> '${ENTITY}'][0] AS label, type(r) AS type, b
    CALL (label, type, b) {
      RETURN type AS relationshipType
      UNION
      RETURN '*' AS relationshipType
    }
    WITH label, relationshipType, count(DISTINCT b) AS count
    RETURN label, relationshipType, count, true AS exact
    UNION
    WITH a WHERE degree > $exactUpTo
    UNWIND [
      ${DEGREE_COUNTS.join(',\n      ')}
    ] AS g
    WITH g.label AS label, g.type AS relationshipType, sum(g.count) AS count
    WHERE count > 0
    RETURN label, relationshipType, count, false AS exact
  }
  RETURN label, relationshipType, count, exact`;

export interface NeighbourGroup {
  kind: string;
  relationshipType: string;
  count: number;
}

export async function summarizeNeighbours(db: Database, id: string): Promise<NeighbourGroup[]> {
  const rows = await db.read<{ label: NodeLabel; relationshipType: string; count: number; exact: boolean }>(
    'neighborhood.summary',
    SUMMARIZE_NEIGHBOURS,
    { id, exactUpTo: EXACT_SUMMARY_UP_TO },
  );
  const all = new Map<NodeLabel, number>();
  for (const r of rows) if (!r.exact) all.set(r.label, (all.get(r.label) ?? 0) + r.count);
  const groups = [...rows, ...[...all].map(([label, count]) => ({ label, relationshipType: '*', count }))];
  return groups
    .map((r) => ({ label: r.label, kind: KIND_OF_LABEL[r.label], relationshipType: r.relationshipType, count: r.count }))
    .sort((x, y) => y.count - x.count || cmp(x.label, y.label) || cmp(x.relationshipType, y.relationshipType))
    .map(({ kind, relationshipType, count }) => ({ kind, relationshipType, count }));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
