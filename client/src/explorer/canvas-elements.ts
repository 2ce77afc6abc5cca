/**
 * What the canvas draws, from the explorer state and filters: nodes with a short label (the full
 * name kept for hover and exports), studies with their evidence level (the registry's where the
 * review states no design, marked so), registry nodes marked as such, edges, "+N" group stand-ins
 * (neighbours not on the canvas) with an edge to their parent, and the classes that hide, pin or
 * filter. Pure, so the drawing logic is testable without a browser.
 */
import { studyEvidence } from '../evidence/evidence-level';
import { KIND_STYLES } from '../graph/kinds';
import { shortLabel } from '../graph/short-label';
import { groupCount, type CanvasState } from './explorer-state';
import { passes, type Filters } from './filters';

export type ElementData = Record<string, string | number | boolean>;

export interface CanvasElement {
  group: 'nodes' | 'edges';
  data: ElementData;
  classes: string[];
}

/** "1 Study", "43 Studies", "2 Adverse events". */
export function pluralOf(word: string, count: number): string {
  if (count === 1) return word;
  return word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/** The text of a group stand-in: "+21 Populations". */
export const groupLabel = (kind: keyof typeof KIND_STYLES, count: number) => `+${count} ${pluralOf(KIND_STYLES[kind].label, count)}`;

export function canvasElements(s: CanvasState, f: Filters): CanvasElement[] {
  const out: CanvasElement[] = [];
  const shown = new Set<string>();
  const levelOf = new Map<string, number>();
  for (const n of s.graph.nodes.values()) {
    const classes: string[] = [];
    if (s.hidden.has(n.id)) classes.push('hidden');
    else if (!passes(n, f)) classes.push('filtered');
    else shown.add(n.id);
    if (s.pinned.has(n.id)) classes.push('pinned');
    if (n.source === 'REGISTRY') classes.push('registry');
    const data: ElementData = { id: n.id, kind: n.kind, label: shortLabel(n.kind, n.label), fullLabel: n.label, source: n.source };
    if (n.kind === 'STUDY') {
      const evidence = studyEvidence(n);
      data.level = evidence.level.rank;
      data.levelLabel = evidence.label;
      data.design = n.design ?? '';
      if (n.phase) data.phase = n.phase;
      if (n.status) data.status = n.status;
      if (typeof n.enrolled === 'number') data.enrolled = n.enrolled;
      data.evidenceBasis = evidence.basis;
      levelOf.set(n.id, evidence.level.rank);
      classes.push(`level-${evidence.level.rank}`);
      if (evidence.basis === 'REGISTRY') classes.push('level-from-registry');
      if (n.planned) classes.push('planned');
    }
    out.push({ group: 'nodes', data, classes });
  }
  for (const e of s.graph.edges.values()) {
    const classes = shown.has(e.source) && shown.has(e.target) ? [] : ['filtered'];
    // An edge of a study carries the study's evidence level, so strong evidence reads as strong lines.
    const level = levelOf.get(e.source) ?? levelOf.get(e.target);
    if (level !== undefined) classes.push(`edge-level-${level}`);
    out.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type }, classes });
  }
  for (const g of s.groups.values()) {
    if (!s.graph.nodes.has(g.parent)) continue;
    const count = groupCount(s, g);
    if (count === 0) continue;
    const label = groupLabel(g.kind, count);
    const parentName = s.graph.nodes.get(g.parent)?.label ?? g.parent;
    const classes = shown.has(g.parent) && !f.hiddenKinds.includes(g.kind) ? ['group'] : ['group', 'filtered'];
    out.push({
      group: 'nodes',
      data: {
        id: g.id,
        kind: 'GROUP',
        groupKind: g.kind,
        parent_: g.parent,
        label,
        fullLabel: `${label} of ${parentName} (not on the canvas)`,
        count,
      },
      classes,
    });
    out.push({
      group: 'edges',
      data: { id: `${g.id}|edge`, source: g.parent, target: g.id, type: `${count} more` },
      classes: [...classes.filter((c) => c !== 'group'), 'group-edge'],
    });
  }
  return out;
}
