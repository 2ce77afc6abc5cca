import { describe, expect, it } from 'vitest';
import {
  collapsible,
  explorerReducer,
  groupIdOf,
  initialExplorerState,
  type ExplorerAction,
} from '../../client/src/explorer/explorer-state';
import { canvasElements } from '../../client/src/explorer/canvas-elements';
import { filtersFromParams, filtersToParams, NO_FILTERS, passes } from '../../client/src/explorer/filters';
import { evidenceLevelOf } from '../../client/src/evidence/evidence-level';
import type { GraphNodeData } from '../../client/src/api/queries';

const study = (id: string, design: string, phase?: string): GraphNodeData => ({ id, kind: 'STUDY', label: id, design, phase });
const sunitinib: GraphNodeData = { id: 'intervention:sunitinib', kind: 'INTERVENTION', label: 'Sunitinib' };
const rct = study('study:raymond-ref113', 'randomized_controlled_trial', 'III');
const series = study('study:ref115', 'case_series');
const edge = (s: GraphNodeData, t: GraphNodeData) => ({ id: `${s.id}|EVALUATES|${t.id}`, type: 'EVALUATES', source: s.id, target: t.id });

const run = (...actions: ExplorerAction[]) => actions.reduce(explorerReducer, initialExplorerState());
const add = (nodes: GraphNodeData[], edges: ReturnType<typeof edge>[] = []): ExplorerAction => ({
  type: 'add',
  subgraph: { nodes, edges, truncated: false },
});

describe('explorer state', () => {
  it('undoes and redoes every change', () => {
    const s1 = run(add([sunitinib]), add([rct], [edge(rct, sunitinib)]), { type: 'hide', id: rct.id });
    expect(s1.present.hidden.has(rct.id)).toBe(true);
    const undone = explorerReducer(explorerReducer(s1, { type: 'undo' }), { type: 'undo' });
    expect([...undone.present.graph.nodes.keys()]).toEqual([sunitinib.id]);
    const redone = explorerReducer(undone, { type: 'redo' });
    expect(redone.present.graph.nodes.has(rct.id)).toBe(true);
    expect(redone.present.hidden.size).toBe(0);
    expect(explorerReducer(redone, add([series])).future).toEqual([]);
  });

  it('collapses only neighbours nothing else holds, never pinned ones', () => {
    const s = run(add([sunitinib, rct, series], [edge(rct, sunitinib), edge(series, sunitinib), edge(series, rct)]));
    expect(collapsible(s.present.graph, sunitinib.id, new Set())).toEqual(new Set());
    const s2 = run(
      add([sunitinib, rct, series], [edge(rct, sunitinib), edge(series, sunitinib)]),
      { type: 'togglePin', id: series.id },
      { type: 'collapse', id: sunitinib.id },
    );
    expect([...s2.present.graph.nodes.keys()].sort()).toEqual([sunitinib.id, series.id].sort());
  });

  it('keeps large neighbourhoods as groups that open on demand', () => {
    const s = run(add([sunitinib]), {
      type: 'expand',
      subgraph: { nodes: [], edges: [], truncated: false },
      groups: [{ parent: sunitinib.id, kind: 'STUDY', count: 43 }],
    });
    const groupId = groupIdOf(sunitinib.id, 'STUDY');
    const drawn = canvasElements(s.present, NO_FILTERS).find((e) => e.data.id === groupId)!;
    expect(drawn.data.label).toBe('+43 Studies');
    const opened = explorerReducer(s, {
      type: 'openGroup',
      groupId,
      subgraph: { nodes: [rct], edges: [edge(rct, sunitinib)], truncated: false },
    });
    expect(opened.present.groups.size).toBe(0);
    expect(opened.present.graph.nodes.has(rct.id)).toBe(true);
  });
});

describe('filters', () => {
  it('keep phase III RCTs at evidence level 1 and hide case series', () => {
    const f = { ...NO_FILTERS, maxLevel: 1 };
    expect(passes(rct, f)).toBe(true);
    expect(passes(series, f)).toBe(false);
    expect(passes(sunitinib, f)).toBe(true);
  });

  it('filter populations by site and grade, and kinds', () => {
    const g3: GraphNodeData = { id: 'population:pan-net-g3', kind: 'POPULATION', label: 'Pan-NETs G3', site: 'pancreas', grades: ['G3'] };
    expect(passes(g3, { ...NO_FILTERS, grades: ['G3'], sites: ['pancreas'] })).toBe(true);
    expect(passes(g3, { ...NO_FILTERS, sites: ['small_bowel'] })).toBe(false);
    expect(passes(g3, { ...NO_FILTERS, hiddenKinds: ['POPULATION'] })).toBe(false);
  });

  it('round-trip through the URL', () => {
    const f = { ...NO_FILTERS, hiddenKinds: ['REFERENCE' as const], designs: ['randomized_controlled_trial'], maxLevel: 2, grades: ['G3'] };
    const params = new URLSearchParams(Object.entries(filtersToParams(f)).filter(([, v]) => v !== null) as [string, string][]);
    expect(filtersFromParams(params)).toEqual(f);
  });

  it('hide edges to filtered nodes on the canvas', () => {
    const s = run(add([sunitinib, series], [edge(series, sunitinib)]));
    const drawn = canvasElements(s.present, { ...NO_FILTERS, maxLevel: 1 });
    expect(drawn.find((e) => e.data.id === series.id)!.classes).toContain('filtered');
    expect(drawn.find((e) => e.group === 'edges')!.classes).toContain('filtered');
  });
});

describe('evidence levels', () => {
  it('rank phase III RCTs first and say when the design is not stated', () => {
    expect(evidenceLevelOf('randomized_controlled_trial', 'III').rank).toBe(1);
    expect(evidenceLevelOf('randomized_controlled_trial', 'II').rank).toBe(2);
    expect(evidenceLevelOf('retrospective_cohort', null).label).toBe('Retrospective study');
    expect(evidenceLevelOf('meta_analysis', null).short).toBe('Meta-analysis');
    expect(evidenceLevelOf('not_stated', null).label).toBe('Consensus or design not stated');
  });
});

describe('edges of studies', () => {
  it('carry the study evidence level', () => {
    const s = run(add([sunitinib, rct], [edge(rct, sunitinib)]));
    const drawn = canvasElements(s.present, NO_FILTERS).find((e) => e.group === 'edges')!;
    expect(drawn.classes).toEqual(['edge-level-1']);
  });
});
