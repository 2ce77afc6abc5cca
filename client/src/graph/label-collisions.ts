/**
 * Collision-aware labels: given each visible node's label box on screen and a priority (the selected
 * node first, then the best connected), keep the labels that do not overlap one already kept and hide
 * the rest (they show on hover and in the panel). Greedy over a grid, so a few thousand labels take
 * milliseconds. Pure, unit-tested.
 */

export interface LabelBox {
  id: string;
  /** Centre of the label on screen. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Higher keeps its label first. */
  priority: number;
}

/** The ids whose labels overlap a label of higher priority. */
export function labelsToHide(boxes: readonly LabelBox[], cell = 64): Set<string> {
  const hidden = new Set<string>();
  const grid = new Map<string, LabelBox[]>();
  const cellsOf = (b: LabelBox) => {
    const keys: string[] = [];
    for (let cx = Math.floor((b.x - b.w / 2) / cell); cx <= Math.floor((b.x + b.w / 2) / cell); cx++)
      for (let cy = Math.floor((b.y - b.h / 2) / cell); cy <= Math.floor((b.y + b.h / 2) / cell); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  const overlap = (a: LabelBox, b: LabelBox) => Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const box of ordered) {
    const keys = cellsOf(box);
    if (keys.some((k) => (grid.get(k) ?? []).some((other) => overlap(box, other)))) {
      hidden.add(box.id);
      continue;
    }
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return hidden;
}
