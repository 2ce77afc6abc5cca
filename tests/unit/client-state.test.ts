import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../client/src/state/url-state.js';
import { emptyGraph, mergeGraph, removeNode, toElements } from '../../client/src/graph/graph-model.js';

describe('URL state', () => {
  it('round-trips the canvas and the selection', () => {
    const state = { nodes: ['intervention:sunitinib', 'study:sanet-p'], selected: 'study:sanet-p' };
    const search = formatUrlState(state);
    expect(search).toBe('?nodes=intervention:sunitinib,study:sanet-p&selected=study:sanet-p');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('drops anything that is not a node id', () => {
    expect(parseUrlState('?nodes=study:a,<script>,study:a&selected=javascript:alert(1)')).toEqual({ nodes: ['study:a'], selected: null });
  });
});

describe('graph model', () => {
  const a = { id: 'study:a', kind: 'STUDY' as const, label: 'A' };
  const b = { id: 'population:b', kind: 'POPULATION' as const, label: 'B' };
  const ab = { id: 'study:a|ENROLLS|population:b', type: 'ENROLLS', source: 'study:a', target: 'population:b' };

  it('adds an edge only when both ends are on the canvas', () => {
    const one = mergeGraph(emptyGraph(), [a], [ab]);
    expect(one.edges.size).toBe(0);
    const two = mergeGraph(one, [b], [ab]);
    expect(toElements(two).map((e) => e.data.id)).toEqual(['study:a', 'population:b', ab.id]);
  });

  it('removes a node with its edges', () => {
    const g = removeNode(mergeGraph(emptyGraph(), [a, b], [ab]), 'population:b');
    expect([...g.nodes.keys()]).toEqual(['study:a']);
    expect(g.edges.size).toBe(0);
  });
});
