/**
 * What the canvas draws, from the explorer state and filters: nodes (with their evidence level
 * for studies), edges, group stand-ins with an edge to their parent, and the classes that hide,
 * pin or filter. Pure, so the drawing logic is testable without a browser.
 */
import { evidenceLevelOf } from '../evidence/evidence-level';
import { KIND_STYLES } from '../graph/kinds';
import type { CanvasState } from './explorer-state';
import { passes, type Filters } from './filters';

export interface CanvasElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
  classes: string[];
}

/** "1 Study", "43 Studies", "2 Adverse events". */
export function pluralOf(word: string, count: number): string {
  if (count === 1) return word;
  return word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`;
}

export function canvasElements(s: CanvasState, f: Filters): CanvasElement[] {
  const out: CanvasElement[] = [];
  const shown = new Set<string>();
  for (const n of s.graph.nodes.values()) {
    const classes: string[] = [];
    if (s.hidden.has(n.id)) classes.push('hidden');
    else if (!passes(n, f)) classes.push('filtered');
    else shown.add(n.id);
    if (s.pinned.has(n.id)) classes.push('pinned');
    const data: Record<string, string | number> = { id: n.id, kind: n.kind, label: n.label };
    if (n.kind === 'STUDY') {
      const level = evidenceLevelOf(n.design, n.phase);
      data.level = level.rank;
      data.levelLabel = level.label;
      classes.push(`level-${level.rank}`);
    }
    out.push({ group: 'nodes', data, classes });
  }
  const levelOf = new Map(out.filter((e) => e.data.level !== undefined).map((e) => [e.data.id, e.data.level]));
  for (const e of s.graph.edges.values()) {
    const classes = shown.has(e.source) && shown.has(e.target) ? [] : ['filtered'];
    // An edge of a study carries the study's evidence level, so strong evidence reads as strong lines.
    const level = levelOf.get(e.source) ?? levelOf.get(e.target);
    if (level !== undefined) classes.push(`edge-level-${level}`);
    out.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type }, classes });
  }
  for (const g of s.groups.values()) {
    if (!s.graph.nodes.has(g.parent)) continue;
    const label = `+${g.count} ${pluralOf(KIND_STYLES[g.kind].label, g.count)}`;
    const classes = shown.has(g.parent) && !f.hiddenKinds.includes(g.kind) ? ['group'] : ['group', 'filtered'];
    out.push({ group: 'nodes', data: { id: g.id, kind: 'GROUP', groupKind: g.kind, parent_: g.parent, label, count: g.count }, classes });
    out.push({
      group: 'edges',
      data: { id: `${g.id}|edge`, source: g.parent, target: g.id, type: `${g.count} more` },
      classes: [...classes.filter((c) => c !== 'group'), 'group-edge'],
    });
  }
  return out;
}
