/**
 * Where new nodes start before the layout settles them: beside a neighbour that already has a
 * place (on a ring around it, one slot per newcomer), otherwise on a spiral around the canvas.
 * Deterministic, and no two nodes start on the same spot (coinciding ends make Cytoscape warn that
 * an edge has invalid endpoints). Pure, unit-tested.
 */
import type { Point } from './positions-codec';

/** Distance of the first ring of newcomers from their anchor, and between spiral turns. */
export const RING = 80;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Starting places of `ids` (those without a place in `known`), given the edges they have. */
export function placeNew(
  ids: readonly string[],
  edges: readonly { source: string; target: string }[],
  known: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const out = new Map<string, Point>();
  if (ids.length === 0) return out;
  const pending = new Set(ids.filter((id) => !known.has(id)));
  const placeOf = (id: string) => known.get(id) ?? out.get(id);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (pending.has(e.source)) neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    if (pending.has(e.target)) neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const taken = new Set([...known.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
  const free = (p: Point) => !taken.has(`${Math.round(p.x)},${Math.round(p.y)}`);
  const claim = (id: string, p: Point) => {
    out.set(id, p);
    taken.add(`${Math.round(p.x)},${Math.round(p.y)}`);
  };
  const slots = new Map<string, number>();
  // Nodes next to placed ones first; a node placed now can anchor the next (a chain unfolds outwards).
  let progress = true;
  while (progress && pending.size > 0) {
    progress = false;
    for (const id of [...pending]) {
      const anchor = (neighbours.get(id) ?? []).find((n) => placeOf(n) !== undefined);
      if (anchor === undefined) continue;
      const centre = placeOf(anchor)!;
      let p: Point;
      do {
        const k = slots.get(anchor) ?? 0;
        slots.set(anchor, k + 1);
        const r = RING * (1 + Math.floor(k / 12) * 0.6);
        p = { x: centre.x + r * Math.cos(k * GOLDEN_ANGLE), y: centre.y + r * Math.sin(k * GOLDEN_ANGLE) };
      } while (!free(p));
      claim(id, p);
      pending.delete(id);
      progress = true;
    }
  }
  // The rest (nothing placed around them): a spiral around the centre of what is placed.
  const all = [...known.values(), ...out.values()];
  const cx = all.length > 0 ? all.reduce((s, p) => s + p.x, 0) / all.length : 0;
  const cy = all.length > 0 ? all.reduce((s, p) => s + p.y, 0) / all.length : 0;
  let k = 0;
  for (const id of pending) {
    let p: Point;
    do {
      const r = RING * Math.sqrt(k + (all.length > 0 ? 4 : 0));
      p = { x: cx + r * Math.cos(k * GOLDEN_ANGLE), y: cy + r * Math.sin(k * GOLDEN_ANGLE) };
      k++;
    } while (!free(p));
    claim(id, p);
  }
  return out;
}
