import { describe, expect, it } from 'vitest';
import {
  collapsible,
  explorerReducer,
  groupCount,
  groupIdOf,
  initialExplorerState,
  type ExplorerAction,
} from '../../client/src/explorer/explorer-state';
import { canvasElements } from '../../client/src/explorer/canvas-elements';
import { filtersFromParams, filtersToParams, NO_FILTERS, passes } from '../../client/src/explorer/filters';
import { evidenceLevelOf, studyEvidence } from '../../client/src/evidence/evidence-level';
import type { GraphNodeData } from '../../client/src/api/canvas-operations';
import { canvasNode } from './client-fixtures';

const study = (id: string, design: string, phase?: string, over: Partial<GraphNodeData> = {}): GraphNodeData =>
  canvasNode(id, 'STUDY', id, { design, phase: phase ?? null, ...over });
const sunitinib = canvasNode('intervention:sunitinib', 'INTERVENTION', 'Sunitinib');
const rct = study('study:raymond-ref113', 'randomized_controlled_trial', 'III');
const series = study('study:ref115', 'case_series');
const edge = (s: GraphNodeData, t: GraphNodeData, type = 'EVALUATES') => ({
  id: `${s.id}|${type}|${t.id}`,
  type,
  source: s.id,
  target: t.id,
});

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
    const s = run(add([sunitinib, rct, series], [edge(rct, sunitinib), edge(series, sunitinib), edge(series, rct, 'CITES')]));
    expect(collapsible(s.present.graph, sunitinib.id, new Set())).toEqual(new Set());
    const s2 = run(
      add([sunitinib, rct, series], [edge(rct, sunitinib), edge(series, sunitinib)]),
      { type: 'togglePin', id: series.id },
      { type: 'collapse', id: sunitinib.id },
    );
    expect([...s2.present.graph.nodes.keys()].sort()).toEqual([sunitinib.id, series.id].sort());
  });

  it('connects: relationships among nodes already on the canvas are merged in place, not as an undo step', () => {
    const s = run(add([sunitinib]), add([rct, series], [edge(rct, sunitinib)]));
    const connected = explorerReducer(s, {
      type: 'connect',
      subgraph: {
        nodes: [],
        edges: [edge(series, sunitinib), edge(series, rct, 'CITES'), edge(rct, canvasNode('x:y', 'TARGET', 'Y'))],
        truncated: false,
      },
    });
    expect([...connected.present.graph.edges.keys()].sort()).toEqual(
      [edge(rct, sunitinib).id, edge(series, sunitinib).id, edge(series, rct, 'CITES').id].sort(),
    );
    expect(connected.past).toBe(s.past);
    // Nothing new: the state is the same object.
    expect(explorerReducer(connected, { type: 'connect', subgraph: { nodes: [], edges: [edge(rct, sunitinib)], truncated: false } })).toBe(
      connected,
    );
  });

  it('restores a link in one step: nodes, hidden, pinned and groups of nodes that exist', () => {
    const s = run({
      type: 'restore',
      subgraph: { nodes: [sunitinib, rct], edges: [edge(rct, sunitinib)], truncated: false },
      hidden: [rct.id, 'study:gone'],
      pinned: [sunitinib.id],
      groups: [
        { parent: sunitinib.id, kind: 'STUDY', total: 43 },
        { parent: 'study:gone', kind: 'RESULT', total: 5 },
      ],
    });
    expect([...s.present.hidden]).toEqual([rct.id]);
    expect([...s.present.pinned]).toEqual([sunitinib.id]);
    expect([...s.present.groups.keys()]).toEqual([groupIdOf(sunitinib.id, 'STUDY')]);
    expect(s.past).toHaveLength(1);
  });
});

describe('"+N" groups', () => {
  const expandWith43 = (): ExplorerAction => ({
    type: 'expand',
    subgraph: { nodes: [], edges: [], truncated: false },
    groups: [{ parent: sunitinib.id, kind: 'STUDY', total: 43 }],
  });

  it('stand for neighbours not on the canvas and open on demand', () => {
    const s = run(add([sunitinib]), expandWith43());
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

  it('count down as their neighbours come onto the canvas by any way, and vanish at zero', () => {
    const s = run(
      add([sunitinib]),
      expandWith43(),
      add([rct, series], [edge(rct, sunitinib), edge(series, sunitinib), edge(series, rct, 'CITES')]),
    );
    const group = s.present.groups.get(groupIdOf(sunitinib.id, 'STUDY'))!;
    expect(groupCount(s.present, group)).toBe(41);
    expect(canvasElements(s.present, NO_FILTERS).find((e) => e.data.id === group.id)!.data.label).toBe('+41 Studies');
    const full = run(
      add([sunitinib]),
      { type: 'expand', subgraph: { nodes: [], edges: [], truncated: false }, groups: [{ parent: sunitinib.id, kind: 'STUDY', total: 2 }] },
      add([rct, series], [edge(rct, sunitinib), edge(series, sunitinib)]),
    );
    expect(canvasElements(full.present, NO_FILTERS).some((e) => e.data.id === groupIdOf(sunitinib.id, 'STUDY'))).toBe(false);
  });

  it('come back when a node is expanded again after its neighbours were collapsed', () => {
    const opened = run(add([sunitinib]), expandWith43(), {
      type: 'expand',
      subgraph: { nodes: [rct], edges: [edge(rct, sunitinib)], truncated: false },
      groups: [],
      dropGroups: [{ parent: sunitinib.id, kind: 'STUDY' }],
    });
    expect(opened.present.groups.size).toBe(0);
    const collapsed = explorerReducer(opened, { type: 'collapse', id: sunitinib.id });
    const again = explorerReducer(collapsed, expandWith43());
    expect(canvasElements(again.present, NO_FILTERS).find((e) => e.data.id === groupIdOf(sunitinib.id, 'STUDY'))!.data.label).toBe(
      '+43 Studies',
    );
  });
});

describe('what the canvas draws', () => {
  it('short labels on the node, the full name kept for hover and exports', () => {
    const drawn = canvasElements(run(add([sunitinib])).present, NO_FILTERS)[0]!;
    expect(drawn.data).toMatchObject({ label: 'Sunitinib', fullLabel: 'Sunitinib' });
    const long = canvasNode('study:x', 'STUDY', 'Phase III RCT of sunitinib in Pan-NETs (Raymond et al)');
    expect(canvasElements(run(add([long])).present, NO_FILTERS)[0]!.data).toMatchObject({ label: 'Raymond et al', fullLabel: long.label });
  });

  it('marks registry records, and an evidence level resting on the registry', () => {
    const record = study('study:nct00510068', 'randomized_controlled_trial', 'III', {
      source: 'REGISTRY',
      evidenceDesign: 'randomized_controlled_trial',
      evidencePhase: 'III',
      evidenceBasis: 'REGISTRY',
    });
    const radiant = study('study:radiant-3', 'not_stated', 'III', {
      evidenceDesign: 'randomized_controlled_trial',
      evidencePhase: 'III',
      evidenceBasis: 'REGISTRY',
    });
    const drawn = canvasElements(run(add([record, radiant])).present, NO_FILTERS);
    expect(drawn[0]!.classes).toEqual(expect.arrayContaining(['registry', 'level-1', 'level-from-registry']));
    expect(drawn[1]!.classes).toEqual(['level-1', 'level-from-registry']);
    expect(drawn[1]!.data).toMatchObject({ level: 1, levelLabel: 'Phase III randomized controlled trial (registry)' });
  });
});

describe('filters', () => {
  it('keep phase III RCTs at evidence level 1 and hide case series', () => {
    const f = { ...NO_FILTERS, maxLevel: 1 };
    expect(passes(rct, f)).toBe(true);
    expect(passes(series, f)).toBe(false);
    expect(passes(sunitinib, f)).toBe(true);
  });

  it('rank by the design evidence rests on: RADIANT-3 is level 1 by its registry record', () => {
    const radiant = study('study:radiant-3', 'not_stated', 'III', {
      evidenceDesign: 'randomized_controlled_trial',
      evidencePhase: 'III',
      evidenceBasis: 'REGISTRY',
    });
    expect(passes(radiant, { ...NO_FILTERS, maxLevel: 1 })).toBe(true);
    expect(passes(study('study:other', 'not_stated', 'III'), { ...NO_FILTERS, maxLevel: 8 })).toBe(false);
  });

  it('filter populations by site and grade, kinds, and nodes by source', () => {
    const g3 = canvasNode('population:pan-net-g3', 'POPULATION', 'Pan-NETs G3', { site: 'pancreas', grades: ['G3'] });
    expect(passes(g3, { ...NO_FILTERS, grades: ['G3'], sites: ['pancreas'] })).toBe(true);
    expect(passes(g3, { ...NO_FILTERS, sites: ['small_bowel'] })).toBe(false);
    expect(passes(g3, { ...NO_FILTERS, hiddenKinds: ['POPULATION'] })).toBe(false);
    expect(passes(g3, { ...NO_FILTERS, sources: ['REGISTRY'] })).toBe(false);
    expect(passes(canvasNode('study:nct1', 'STUDY', 'NCT1', { source: 'REGISTRY' }), { ...NO_FILTERS, sources: ['REGISTRY'] })).toBe(true);
  });

  it('round-trip through the URL', () => {
    const f = {
      ...NO_FILTERS,
      hiddenKinds: ['REFERENCE' as const],
      designs: ['randomized_controlled_trial'],
      maxLevel: 2,
      grades: ['G3'],
      sources: ['REVIEW'],
    };
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

  it('say "(registry)" where the level rests on the registry record', () => {
    const e = studyEvidence({
      design: 'not_stated',
      phase: 'III',
      evidenceDesign: 'randomized_controlled_trial',
      evidencePhase: 'III',
      evidenceBasis: 'REGISTRY',
    });
    expect(e).toMatchObject({ basis: 'REGISTRY', label: 'Phase III randomized controlled trial (registry)', short: 'RCT III (registry)' });
    expect(e.level.rank).toBe(1);
    expect(studyEvidence({ design: 'case_series', phase: null }).short).toBe('Case series');
  });
});

describe('edges of studies', () => {
  it('carry the study evidence level', () => {
    const s = run(add([sunitinib, rct], [edge(rct, sunitinib)]));
    const drawn = canvasElements(s.present, NO_FILTERS).find((e) => e.group === 'edges')!;
    expect(drawn.classes).toEqual(['edge-level-1']);
  });
});
