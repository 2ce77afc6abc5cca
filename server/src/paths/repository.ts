/**
 * Paths between two nodes, most specific first, by the bounded bidirectional search of search.ts.
 * Every statement of one request runs in ONE read transaction (one snapshot): the two ends with
 * their degrees and neighbours; per round of the search, the frontier's neighbours with theirs (nodes of at most
 * `hubDegree` relationships read whole, a hub end sampled type by type; degrees are Neo4j's
 * per-node counts, read without expanding a node); then the nodes and relationships of the paths
 * kept. Everything the search reads counts against `maxRows`.
 */
import type { ReadRun, Reader } from '../../../runtime/db/database.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../../kernel/vocabulary.js';
import { LINKS, type LinkEnds } from '../../../kernel/links.js';
import { must } from '../../../kernel/must.js';
import { LIMITS } from '../limits.js';
import { ENTITY, edgeProjection, nodeProjection, type ProjectedEdge, type ProjectedNode } from '../graph/cypher.js';
import { graphNodeOf, type GraphNodeRow } from '../neighborhood/repository.js';
import { searchPaths, type Neighbour, type SearchBounds } from './search.js';
import { describePath } from './score.js';

/**
 * A neighbour a path may pass: never an excluded id or kind, but either end whatever its kind; on
 * the last level of a search, only a node the other side has reached ($targets).
 */
const PASSABLE = `NOT v.id IN $blocked AND (v.id IN $ends OR $excluded IS NULL OR none(l IN labels(v) WHERE l IN $excluded))
      AND ($targets IS NULL OR v.id IN $targets)`;

/**
 * The two ends with all their relationships, and the passable neighbours (`[id, degree]`) of an
 * end of at most $readBelow relationships (no hub), which the search's first level reads anyway;
 * null for another end. A missing end has no row.
 */
export const FIND_PATH_ENDS = `
  UNWIND $ends AS id
  MATCH (u:${ENTITY} {id: id})
  WITH u, COUNT { (u)--() } AS degree
  CALL (u, degree) {
    MATCH (u)--(v:${ENTITY})
    WHERE degree <= $readBelow AND ${PASSABLE}
    WITH DISTINCT v
    RETURN collect([v.id, COUNT { (v)--() }]) AS neighbours
  }
  RETURN u.id AS id, [l IN labels(u) WHERE l <> '${ENTITY}'][0] AS label, degree, CASE WHEN degree <= $readBelow THEN neighbours END AS neighbours`;

/**
 * One round of the search, one row per frontier node: its passable neighbours, each with all its
 * relationships (`[id, degree]`). The search reads here only nodes of at most `hubDegree`
 * relationships, whole.
 */
export const EXPAND_PATH_LEVEL = `
  UNWIND $frontier AS fid
  MATCH (u:${ENTITY} {id: fid})
  CALL (u) {
    MATCH (u)--(v:${ENTITY})
    WHERE ${PASSABLE}
    WITH DISTINCT v
    RETURN collect([v.id, COUNT { (v)--() }]) AS neighbours
  }
  RETURN u.id AS id, neighbours`;

/** The relationship types and directions that can touch a node of `label` (from the kernel's links). */
function linksOf(label: NodeLabel): { type: RelationshipType; pattern: string }[] {
  return RELATIONSHIP_TYPES.flatMap((type) => {
    const ends: LinkEnds = LINKS[type];
    return [
      ...(ends.from.includes(label) ? [{ type, pattern: `(u)-[r:${type}]->(v)` }] : []),
      ...(ends.to.includes(label) ? [{ type, pattern: `(u)<-[r:${type}]-(v)` }] : []),
    ];
  });
}

/**
 * A hub end of `label` sampled type by type: at most $perType relationships of each type and
 * direction its kind can have (static types, so Neo4j walks only that chain of the dense node,
 * never its whole degree), with how many relationships the sample read.
 */
const hubEndStatement = (label: NodeLabel) => `
  MATCH (u:${ENTITY} {id: $id})
  CALL (u) {${linksOf(label)
    .map((l) => `\n    MATCH ${l.pattern} RETURN r, v LIMIT toInteger($perType)`)
    .join('\n    UNION ALL')}
  }
  WITH u, count(r) AS read, collect(DISTINCT CASE WHEN v:${ENTITY} AND ${PASSABLE} THEN v END) AS met
  RETURN u.id AS id, read, [v IN met | [v.id, COUNT { (v)--() }]] AS neighbours`;

/** EXPAND_HUB_END of each kind: only the types a node of that kind can have, so each plans quickly. */
export const EXPAND_HUB_END_BY_LABEL = Object.fromEntries(NODE_LABELS.map((l) => [l, hubEndStatement(l)])) as Record<NodeLabel, string>;

/** The nodes of the paths kept, and every relationship between the two nodes of each of their steps. */
export const FIND_PATH_DETAILS = `
  CALL () {
    UNWIND $ids AS id
    MATCH (n:${ENTITY} {id: id})
    RETURN collect(${nodeProjection('n')}) AS nodes
  }
  CALL () {
    UNWIND $steps AS step
    MATCH (a:${ENTITY} {id: step[0]})-[r]-(b:${ENTITY} {id: step[1]})
    RETURN collect({from: step[0], to: step[1], edge: ${edgeProjection('r')}}) AS edges
  }
  RETURN nodes, edges`;

/** One step of a returned path: its two nodes in path order and every relationship between them. */
export interface PathStepRow {
  from: string;
  to: string;
  types: string[];
  edges: ProjectedEdge[];
  fromDegree: number;
  toDegree: number;
}

export interface PathRow {
  nodes: GraphNodeRow[];
  /** One per step: the first of its relationships. */
  edges: ProjectedEdge[];
  length: number;
  score: number;
  why: string;
  steps: PathStepRow[];
}

export interface PathsRequest {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
  /** Labels never passed through (the two ends may have them). */
  excludedLabels: NodeLabel[] | null;
  /** Ids never passed through (the two ends are never excluded). */
  excludedIds: string[];
}

export interface PathsOutcome {
  paths: PathRow[];
  /** Relationships the search read: the request's cost, never above the bound's `maxRows`. */
  rowsRead: number;
  /** Rounds of the search that read the database. */
  levels: number;
  /** True when a bound left part of the graph within reach unread. */
  truncated: boolean;
}

/** The bounds the search runs under: LIMITS.paths unless a caller (a test) narrows them. */
export type PathBounds = SearchBounds;

const KIND_WORDS: Record<string, string> = { ADVERSE_EVENT: 'adverse event' };
const kindWords = (kind: string) => KIND_WORDS[kind] ?? kind.toLowerCase();
/** `[id, degree]` rows as neighbours, each degree noted in `met`. */
const toNeighbours = (rows: [string, number][], met: Map<string, number>): Neighbour[] =>
  rows.map(([id, degree]) => {
    met.set(id, degree);
    return { id, degree };
  });

/** The best `limit` paths between two nodes with what the search cost; unknown ends give none. */
export async function findPaths(db: Reader, request: PathsRequest, bounds: PathBounds = LIMITS.paths): Promise<PathsOutcome> {
  const { from, to } = request;
  const none: PathsOutcome = { paths: [], rowsRead: 0, levels: 0, truncated: false };
  if (from === to) return none;
  return db.readTransaction('paths.find', async (run: ReadRun) => {
    const filters = { blocked: request.excludedIds, ends: [from, to], excluded: request.excludedLabels };
    const found = await run<{ id: string; label: NodeLabel; degree: number; neighbours: [string, number][] | null }>(FIND_PATH_ENDS, {
      ...filters,
      targets: null,
      // Both ends read whole must fit in the budget.
      readBelow: Math.min(bounds.hubDegree, Math.floor(bounds.maxRows / 2)),
    });
    const ends = new Map(found.map((e) => [e.id, e.degree]));
    const labels = new Map(found.map((e) => [e.id, e.label]));
    if (!ends.has(from) || !ends.has(to)) return none;
    /** Every node met with all its relationships: what reading it whole costs. */
    const met = new Map(ends);
    const read = new Map(found.filter((e) => e.neighbours).map((e) => [e.id, toNeighbours(e.neighbours!, met)]));
    const expand = async (frontier: string[], targets: string[] | null) => {
      const neighbours = new Map<string, Neighbour[]>();
      let relationshipsRead = 0;
      // Only an end can be a hub here: the search never expands one mid-path.
      const hubs = frontier.filter((id) => (ends.get(id) ?? 0) > bounds.hubDegree);
      for (const id of hubs) {
        for (const h of await run<{ id: string; read: number; neighbours: [string, number][] }>(EXPAND_HUB_END_BY_LABEL[labels.get(id)!], {
          ...filters,
          targets,
          id,
          perType: bounds.perType,
        })) {
          relationshipsRead += h.read;
          neighbours.set(h.id, toNeighbours(h.neighbours, met));
        }
      }
      const whole = frontier.filter((id) => !hubs.includes(id));
      if (whole.length > 0) {
        for (const u of await run<{ id: string; neighbours: [string, number][] }>(EXPAND_PATH_LEVEL, {
          ...filters,
          targets,
          frontier: whole,
        })) {
          neighbours.set(u.id, toNeighbours(u.neighbours, met));
        }
        relationshipsRead += whole.reduce((sum, id) => sum + (met.get(id) ?? 0), 0);
      }
      return { neighbours, relationshipsRead };
    };
    const search = await searchPaths(
      {
        from,
        to,
        fromDegree: ends.get(from)!,
        toDegree: ends.get(to)!,
        maxLength: request.maxLength,
        limit: request.limit,
        read: { neighbours: read, relationshipsRead: [...read.keys()].reduce((sum, id) => sum + ends.get(id)!, 0) },
      },
      bounds,
      expand,
    );
    if (search.paths.length === 0) return { ...none, rowsRead: search.rowsRead, levels: search.levels, truncated: search.truncated };

    const pairs = [...new Map(search.paths.flatMap((p) => p.steps.map((s) => [`${s.from}|${s.to}`, [s.from, s.to]] as const))).values()];
    const detailRows = await run<{ nodes: ProjectedNode[]; edges: { from: string; to: string; edge: ProjectedEdge }[] }>(
      FIND_PATH_DETAILS,
      {
        ids: [...new Set(search.paths.flatMap((p) => p.nodes))],
        steps: pairs,
      },
    );
    const details = must(detailRows[0], 'FIND_PATH_DETAILS returns one row');
    const nodes = new Map(details.nodes.map((n) => [n.props.id as string, graphNodeOf(n)]));
    const edgesOf = new Map<string, ProjectedEdge[]>();
    for (const { from: a, to: b, edge } of details.edges) edgesOf.set(`${a}|${b}`, [...(edgesOf.get(`${a}|${b}`) ?? []), edge]);
    const paths = search.paths.map((p): PathRow => {
      const pathNodes = p.nodes.map((id) => nodes.get(id)!);
      const steps = p.steps.map((s) => {
        const edges = (edgesOf.get(`${s.from}|${s.to}`) ?? []).sort((x, y) => (x.type + x.id < y.type + y.id ? -1 : 1));
        return {
          from: s.from,
          to: s.to,
          types: [...new Set(edges.map((e) => e.type))],
          edges,
          fromDegree: s.fromDegree,
          toDegree: s.toDegree,
        };
      });
      const facts = pathNodes.map((n) => ({ name: n.label, kind: kindWords(n.kind), degree: met.get(n.id) ?? 0 }));
      return {
        nodes: pathNodes,
        edges: steps.map((s) => must(s.edges[0], `a relationship between ${s.from} and ${s.to}, the step the search took`)),
        length: p.steps.length,
        score: p.score,
        why: describePath(
          facts,
          steps.map((s) => s.types),
          p.score,
          bounds.hubDegree,
        ),
        steps,
      };
    });
    return { paths, rowsRead: search.rowsRead, levels: search.levels, truncated: search.truncated };
  });
}
