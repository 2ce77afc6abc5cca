/**
 * Edges routed around the nodes they do not join: a straight edge that would pass over an
 * unrelated node is bent around it (two bend points on the node's far side, a clearance away), as
 * often as it takes, within a bound. The bends are also given as Cytoscape's segment weights and
 * distances (along and across the line from source to target, centre to centre), so the canvas
 * draws exactly this polyline. Pure, unit-tested.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Circle extends Point {
  id: string;
  /** Radius of the drawn node. */
  r: number;
}

/** How far a routed edge keeps from an unrelated node's outline. */
export const CLEARANCE = 14;
/** Most nodes one edge is bent around. */
const MAX_DETOURS = 6;

/** Distance from p to the segment a–b, and where along it (0 at a, 1 at b) the closest point is. */
export function distanceToSegment(p: Point, a: Point, b: Point): { d: number; t: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return { d: Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)), t };
}

/** The bend points of an edge from `s` to `t` that keep `clearance` off every obstacle (its ends excluded). */
export function routeEdge(s: Circle, t: Circle, obstacles: readonly Circle[], clearance = CLEARANCE): Point[] {
  const path: Point[] = [s, t];
  const others = obstacles.filter((o) => o.id !== s.id && o.id !== t.id);
  const bypassed = new Set<string>();
  for (let round = 0; round < MAX_DETOURS; round++) {
    // The first obstacle along the path that a segment passes too close to.
    let hit: { seg: number; o: Circle; t: number } | null = null;
    for (let i = 0; i < path.length - 1 && !hit; i++) {
      let best: { o: Circle; t: number } | null = null;
      for (const o of others) {
        if (bypassed.has(o.id)) continue;
        const { d, t: along } = distanceToSegment(o, path[i]!, path[i + 1]!);
        if (d < o.r + clearance && along > 0 && along < 1 && (!best || along < best.t)) best = { o, t: along };
      }
      if (best) hit = { seg: i, ...best };
    }
    if (!hit) break;
    const a = path[hit.seg]!;
    const b = path[hit.seg + 1]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const u = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
    const n = { x: -u.y, y: u.x };
    // Go round on the side the segment already passes: the far side from the node's centre.
    const side = (hit.o.x - a.x) * n.x + (hit.o.y - a.y) * n.y >= 0 ? -1 : 1;
    const R = hit.o.r + clearance + 1;
    const before = { x: hit.o.x + side * n.x * R - u.x * R, y: hit.o.y + side * n.y * R - u.y * R };
    const after = { x: hit.o.x + side * n.x * R + u.x * R, y: hit.o.y + side * n.y * R + u.y * R };
    path.splice(hit.seg + 1, 0, before, after);
    bypassed.add(hit.o.id);
  }
  return path.slice(1, -1);
}

/** Bend points as Cytoscape's segment weights (along source→target) and distances (across it, to its right in screen space). */
export function segmentStyle(s: Point, t: Point, points: readonly Point[]): { weights: number[]; distances: number[] } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len2 = dx * dx + dy * dy || 1;
  const len = Math.sqrt(len2);
  return {
    weights: points.map((p) => ((p.x - s.x) * dx + (p.y - s.y) * dy) / len2),
    distances: points.map((p) => ((p.x - s.x) * -dy + (p.y - s.y) * dx) / len),
  };
}

/** The least distance between a polyline and a point. */
export function polylineDistance(p: Point, line: readonly Point[]): number {
  let d = Infinity;
  for (let i = 0; i < line.length - 1; i++) d = Math.min(d, distanceToSegment(p, line[i]!, line[i + 1]!).d);
  return d;
}
