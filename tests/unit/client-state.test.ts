import { describe, expect, it } from 'vitest';
import { idsFromParam } from '../../client/src/explorer/explorer-url.js';
import { emptyGraph, mergeGraph, withoutNodes } from '../../client/src/graph/graph-model.js';
import { canvasNode } from './client-fixtures.js';

describe('explorer URL', () => {
  it('reads the node ids of a parameter, once each', () => {
    const p = new URLSearchParams('?nodes=intervention:sunitinib,study:sanet-p,study:sanet-p&selected=study:sanet-p');
    expect(idsFromParam(p, 'nodes')).toEqual(['intervention:sunitinib', 'study:sanet-p']);
    expect(idsFromParam(p, 'selected')).toEqual(['study:sanet-p']);
  });

  it('drops anything that is not a node id', () => {
    const p = new URLSearchParams('?nodes=study:a,<script>,MATCH (n)&selected=javascript:alert(1)');
    expect(idsFromParam(p, 'nodes')).toEqual(['study:a']);
    expect(idsFromParam(p, 'selected')).toEqual([]);
  });
});

describe('graph model', () => {
  const a = canvasNode('study:a', 'STUDY', 'A');
  const b = canvasNode('population:b', 'POPULATION', 'B');
  const ab = { id: 'study:a|ENROLLS|population:b', type: 'ENROLLS', source: 'study:a', target: 'population:b' };

  it('adds an edge only when both ends are on the canvas', () => {
    const one = mergeGraph(emptyGraph(), [a], [ab]);
    expect(one.edges.size).toBe(0);
    const two = mergeGraph(one, [b], [ab]);
    expect([...two.edges.keys()]).toEqual([ab.id]);
  });

  it('removes nodes with their edges', () => {
    const g = withoutNodes(mergeGraph(emptyGraph(), [a, b], [ab]), new Set(['population:b']));
    expect([...g.nodes.keys()]).toEqual(['study:a']);
    expect(g.edges.size).toBe(0);
  });
});
