/**
 * The bidirectional, hub-aware path search, apart from the database: level by level (both ends in
 * one round trip while three levels remain, else the cheaper end; the last level asks only for
 * nodes the other side has reached), it asks `expand` for the neighbours of the frontier's nodes
 * (each node read once per request and kept), extends partial paths and joins them where the two
 * sides meet. Its cost is bounded at any graph size:
 * - a node with more than `hubDegree` relationships is never expanded mid-path, only met (a path
 *   through Placebo is found when both sides reach Placebo, without reading Placebo's studies);
 *   an end that is a hub is sampled by `expand`, `perType` relationships of each type;
 * - at most `beam` nodes are read per level, and all levels together read at most `maxRows`
 *   relationships (a node costs its degree, a sampled hub end its sample);
 * - each node keeps only its `partialsPerNode` best partial paths per side, and a partial path is
 *   not extended when even its best completion (one more step into the other end) cannot beat
 *   the `limit`-th path found so far.
 * Paths are ranked by score (see score.ts), then by length; a node sequence is returned once, so
 * parallel relationships make one path.
 */
import { must } from '../../../kernel/must.js';
import { RELATIONSHIP_TYPES } from '../../../kernel/vocabulary.js';
import { stepFactor } from './score.js';

/** A neighbour of an expanded node, with all its relationships. */
export interface Neighbour {
  id: string;
  degree: number;
}

/**
 * Reads the neighbours of `nodes` (each read whole, a hub end sampled) that a path may pass or end
 * on, only those in `targets` when given; returns them per node read with the number of
 * relationships the database read.
 */
export type Expand = (
  nodes: string[],
  targets: string[] | null,
) => Promise<{ neighbours: Map<string, Neighbour[]>; relationshipsRead: number }>;

/** Two adjacent nodes of a path, in path order, with the degrees the step is weighed by. */
export interface Step {
  from: string;
  to: string;
  fromDegree: number;
  toDegree: number;
  factor: number;
}

export interface FoundPath {
  nodes: string[];
  steps: Step[];
  score: number;
}

export interface SearchBounds {
  /** Relationships one search may read, over all levels. */
  maxRows: number;
  hubDegree: number;
  beam: number;
  partialsPerNode: number;
  /** Relationships per type of a sampled hub end; `expand` applies it, the search only estimates cost with it. */
  perType: number;
}

export interface SearchRequest {
  from: string;
  to: string;
  fromDegree: number;
  toDegree: number;
  maxLength: number;
  limit: number;
  /** Neighbours already read with the ends (what `expand` would return for them), and what that read. */
  read?: { neighbours: Map<string, Neighbour[]>; relationshipsRead: number };
}

export interface SearchOutcome {
  /** Best first, at most `limit`. */
  paths: FoundPath[];
  /** Relationships the database read, over all levels (never more than `maxRows`). */
  rowsRead: number;
  /** Rounds that read the database (one round may extend both sides). */
  levels: number;
  /** True when a bound (rows, beam, hubs) left part of the graph within `maxLength` unread. */
  truncated: boolean;
}

/** A sampled hub end reads at most `perType` relationships of each type. */
const TYPE_COUNT = RELATIONSHIP_TYPES.length;

interface Partial {
  /** From this side's root to the node reached. */
  nodes: string[];
  steps: Step[];
  score: number;
}

interface Side {
  root: string;
  depth: number;
  /** Node → its best partial paths from the root (the root holds the empty path). */
  reached: Map<string, Partial[]>;
  /** Partial paths made at the last level, to extend next. */
  frontier: Partial[];
}

/** The last item: of a path's nodes (a partial path starts at its root) or of a list checked to be full. */
const last = <T>(xs: T[]): T => must(xs.at(-1), 'the last item of a list that cannot be empty');
const byScore = (a: { score: number; nodes: string[] }, b: { score: number; nodes: string[] }) => {
  if (a.score !== b.score) return b.score - a.score;
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  const x = a.nodes.join('\u0000');
  const y = b.nodes.join('\u0000');
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Keeps the best `max` partial paths at a node; true when `p` is among them. */
function keep(reached: Map<string, Partial[]>, node: string, p: Partial, max: number): boolean {
  const list = reached.get(node) ?? [];
  if (list.length >= max && byScore(p, last(list)) >= 0) return false;
  let i = list.length;
  while (i > 0 && byScore(p, must(list[i - 1], 'i is within the list')) < 0) i--;
  list.splice(i, 0, p);
  if (list.length > max) list.pop();
  reached.set(node, list);
  return true;
}

const flip = (s: Step): Step => ({ from: s.to, to: s.from, fromDegree: s.toDegree, toDegree: s.fromDegree, factor: s.factor });

/** Joins a partial path from `from` and one from `to` ending at the same node, or null when they share another node. */
function join(a: Partial, b: Partial): FoundPath | null {
  const seen = new Set(a.nodes);
  for (const n of b.nodes.slice(0, -1)) if (seen.has(n)) return null;
  return {
    nodes: [...a.nodes, ...b.nodes.slice(0, -1).reverse()],
    steps: [...a.steps, ...b.steps.map(flip).reverse()],
    score: a.score * b.score,
  };
}

/** Finds the best `limit` simple paths of at most `maxLength` steps between two distinct nodes. */
export async function searchPaths(request: SearchRequest, bounds: SearchBounds, expand: Expand): Promise<SearchOutcome> {
  const { from, to, maxLength, limit } = request;
  const degrees = new Map<string, number>([
    [from, request.fromDegree],
    [to, request.toDegree],
  ]);
  const degreeOf = (id: string) => degrees.get(id) ?? 0;
  /** Steps out of every node read so far: each node is read once per request, whichever side reaches it. */
  const adjacency = new Map<string, Step[]>();
  const side = (root: string): Side => {
    const start: Partial = { nodes: [root], steps: [], score: 1 };
    return { root, depth: 0, reached: new Map([[root, [start]]]), frontier: [start] };
  };
  const a = side(from);
  const b = side(to);
  const found = new Map<string, FoundPath>();
  let rowsRead = 0;
  let levels = 0;
  let truncated = false;
  /** Turns what `expand` read of a node into its steps. */
  const stepsOf = (n: string, neighbours: Neighbour[]) =>
    neighbours.map((v): Step => {
      degrees.set(v.id, v.degree);
      return { from: n, to: v.id, fromDegree: degreeOf(n), toDegree: v.degree, factor: stepFactor(degreeOf(n), v.degree) };
    });
  if (request.read) {
    rowsRead += request.read.relationshipsRead;
    for (const [n, neighbours] of request.read.neighbours) adjacency.set(n, stepsOf(n, neighbours));
  }

  const bar = () => {
    if (found.size < limit) return 0;
    const scores = [...found.values()].map((p) => p.score).sort((x, y) => y - x);
    return must(scores[limit - 1], 'found holds at least `limit` paths');
  };
  const record = (p: FoundPath | null) => {
    if (!p) return;
    const key = p.nodes.join('\u0000');
    if (!found.has(key)) found.set(key, p);
  };
  /** The best score any completion of `p` can reach: at least one more step, and one into the other end. */
  const best = (p: Partial, other: Side) => p.score * stepFactor(degreeOf(last(p.nodes)), degreeOf(other.root));
  const isHub = (node: string, s: Side) => node !== s.root && degreeOf(node) > bounds.hubDegree;
  /** What reading a node costs: its whole degree, or the sample of a hub end. */
  const cost = (node: string) =>
    Math.min(degreeOf(node), degreeOf(node) > bounds.hubDegree ? bounds.perType * TYPE_COUNT : bounds.hubDegree);
  /**
   * The nodes a side would extend next, most promising first: hubs only met, hopeless partial
   * paths dropped, and of the nodes not read yet at most `beam`, within `room` relationships (the
   * first within what is left of the budget, so a costly end is still read once).
   */
  const plan = (s: Side, other: Side, floor: number, room: number, left: number) => {
    const promise = new Map<string, number>();
    let cut = false;
    for (const p of s.frontier) {
      const node = last(p.nodes);
      const hope = best(p, other);
      if (hope < floor) continue;
      if (isHub(node, s)) {
        cut = true;
        continue;
      }
      promise.set(node, Math.max(promise.get(node) ?? 0, hope));
    }
    const ordered = [...promise.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([n]) => n);
    const toRead: string[] = [];
    const skipped = new Set<string>();
    let spent = 0;
    for (const n of ordered) {
      if (adjacency.has(n)) continue;
      if (toRead.length < bounds.beam && spent + cost(n) <= (toRead.length === 0 ? left : room)) {
        toRead.push(n);
        spent += cost(n);
      } else skipped.add(n);
    }
    return { nodes: ordered.filter((n) => !skipped.has(n)), toRead, spent, cut: cut || skipped.size > 0 };
  };

  /** Extends a side by one level over the nodes read, joining its new partial paths with the other side's. */
  const extend = (s: Side, floor: number, partial: Map<string, Step[]>) => {
    const [other, ordered] =
      s === a ? [b, (mine: Partial, theirs: Partial) => join(mine, theirs)] : [a, (mine: Partial, theirs: Partial) => join(theirs, mine)];
    const made: Partial[] = [];
    const otherDegree = degreeOf(other.root);
    for (const p of s.frontier) {
      const end = last(p.nodes);
      if (best(p, other) < floor) continue;
      for (const step of adjacency.get(end) ?? partial.get(end) ?? []) {
        const score = p.score * step.factor;
        if (step.to === other.root) {
          if (!p.nodes.includes(step.to))
            record(
              ordered(
                { nodes: [...p.nodes, step.to], steps: [...p.steps, step], score },
                must(other.reached.get(other.root)?.[0], 'a side reaches its root with the empty path'),
              ),
            );
          continue;
        }
        // Cheap refusals before building the partial path: hopeless, or worse than the node's kept ones.
        if (score * stepFactor(step.toDegree, otherDegree) < floor) continue;
        const kept = s.reached.get(step.to);
        if (kept && kept.length >= bounds.partialsPerNode && score < last(kept).score) continue;
        if (p.nodes.includes(step.to)) continue;
        const next: Partial = { nodes: [...p.nodes, step.to], steps: [...p.steps, step], score };
        if (keep(s.reached, step.to, next, bounds.partialsPerNode)) made.push(next);
      }
    }
    for (const p of made) {
      for (const q of other.reached.get(last(p.nodes)) ?? []) {
        if (p.steps.length + q.steps.length <= maxLength) record(ordered(p, q));
      }
    }
    // A partial path pushed out of its node's best list by a later one of the same level is not extended.
    s.frontier = made.filter((p) => s.reached.get(last(p.nodes))?.includes(p));
    s.depth++;
  };

  while (a.depth + b.depth < maxLength) {
    const floor = bar();
    // Each level may spend its share of what is left; what it does not spend goes to the next.
    const left = bounds.maxRows - rowsRead;
    const levelsLeft = maxLength - a.depth - b.depth;
    const room = Math.floor(left / levelsLeft);
    const nextA = plan(a, b, floor, room, left);
    const nextB = plan(b, a, floor, room, left);
    if (nextA.nodes.length === 0 && nextB.nodes.length === 0) break;
    // Both sides in one round trip while three levels remain and the budget allows; else the cheaper side.
    const both = levelsLeft >= 3 && nextA.nodes.length > 0 && nextB.nodes.length > 0 && nextA.spent + nextB.spent <= left;
    const useA = nextB.nodes.length === 0 || (nextA.nodes.length > 0 && nextA.spent <= nextB.spent);
    // Never empty: round[0] is the side (or the first of the two sides) read this level.
    const round: [[Side, ReturnType<typeof plan>], ...[Side, ReturnType<typeof plan>][]] = both
      ? [
          [a, nextA],
          [b, nextB],
        ]
      : useA
        ? [[a, nextA]]
        : [[b, nextB]];
    if (round.some(([, next]) => next.cut)) truncated = true;

    // The last level can only complete paths: it asks only for neighbours the other side has
    // reached (unless those outnumber what it would read), and keeps them for this level alone.
    const reachedByOther = (round[0][0] === a ? b : a).reached;
    const targets = levelsLeft === 1 && reachedByOther.size < round[0][1].spent ? [...reachedByOther.keys()] : null;
    const toRead = [...new Set(round.flatMap(([, next]) => next.toRead))];
    const partial = new Map<string, Step[]>();
    if (toRead.length > 0) {
      // A hub end is read as a sample: some of its neighbours stay unread.
      if (toRead.some((n) => degreeOf(n) > bounds.hubDegree)) truncated = true;
      const { neighbours, relationshipsRead } = await expand(toRead, targets);
      levels++;
      rowsRead += relationshipsRead;
      for (const n of toRead) (targets ? partial : adjacency).set(n, stepsOf(n, neighbours.get(n) ?? []));
    }
    for (const [s] of round) extend(s, floor, partial);
  }
  const paths = [...found.values()].sort(byScore).slice(0, limit);
  return { paths, rowsRead, levels, truncated };
}
