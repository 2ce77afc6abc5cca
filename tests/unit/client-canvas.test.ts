/** The explorer canvas's pure parts: positions in a link, where new nodes start, labels. */
import { describe, expect, it } from 'vitest';
import { decodePositions, encodePositions } from '../../client/src/explorer/positions-codec.js';
import { placeNew, RING } from '../../client/src/explorer/placement.js';
import { labelsToHide } from '../../client/src/graph/label-collisions.js';
import { cut, shortLabel, SHORT_LABEL_MAX } from '../../client/src/graph/short-label.js';
import { explorerLinkParams, groupsFromParam, readExplorerLink } from '../../client/src/explorer/explorer-url.js';
import { explorerReducer, initialExplorerState } from '../../client/src/explorer/explorer-state.js';
import { canvasNode } from './client-fixtures.js';

describe('positions in a link', () => {
  const ids = ['study:a', 'study:b', 'study:c', 'study:d'];
  const positions = new Map([
    ['study:a', { x: 0, y: 0 }],
    ['study:b', { x: -1234.6, y: 99999 }],
    ['study:d', { x: 128, y: -64.2 }],
  ]);

  it('round-trip in whole pixels, a node without a position staying without one', () => {
    const text = encodePositions(ids, positions);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([...decodePositions(ids, text)]).toEqual([
      ['study:a', { x: 0, y: 0 }],
      ['study:b', { x: -1235, y: 99999 }],
      ['study:d', { x: 128, y: -64 }],
    ]);
  });

  it('take about four bytes a node for a canvas of a few thousand pixels', () => {
    const many = Array.from({ length: 700 }, (_, i) => `study:n${i}`);
    const spread = new Map(many.map((id, i) => [id, { x: ((i * 37) % 4000) - 2000, y: ((i * 53) % 3000) - 1500 }]));
    const text = encodePositions(many, spread);
    expect(text.length).toBeLessThan(700 * 6);
    expect(decodePositions(many, text)).toEqual(spread);
  });

  it('give nothing for a text that does not decode', () => {
    expect(decodePositions(ids, '!!not base64!!').size).toBe(0);
    expect(decodePositions(ids, null).size).toBe(0);
  });
});

describe('a shared link', () => {
  it('holds nodes, selection, hidden, pins, groups and positions, and reads them back', () => {
    const a = canvasNode('population:pan-net', 'POPULATION', 'Pan-NETs');
    const b = canvasNode('study:radiant-3', 'STUDY', 'RADIANT-3');
    const state = [
      { type: 'add' as const, subgraph: { nodes: [a, b], edges: [], truncated: false } },
      {
        type: 'expand' as const,
        subgraph: { nodes: [], edges: [], truncated: false },
        groups: [{ parent: a.id, kind: 'POPULATION' as const, total: 21 }],
      },
      { type: 'hide' as const, id: b.id },
      { type: 'togglePin' as const, id: a.id },
    ].reduce(explorerReducer, initialExplorerState()).present;
    const params = explorerLinkParams(state, b.id, new Map([[a.id, { x: 10, y: -20 }]]));
    expect(params).toMatchObject({
      nodes: 'population:pan-net,study:radiant-3',
      selected: 'study:radiant-3',
      hidden: 'study:radiant-3',
      pins: 'population:pan-net',
      groups: 'population:pan-net~POPULATION~21',
    });
    const link = readExplorerLink(new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null)));
    expect(link).toEqual({
      nodes: ['population:pan-net', 'study:radiant-3'],
      selected: 'study:radiant-3',
      hidden: ['study:radiant-3'],
      pins: ['population:pan-net'],
      groups: [{ parent: 'population:pan-net', kind: 'POPULATION', total: 21 }],
      positions: new Map([['population:pan-net', { x: 10, y: -20 }]]),
    });
  });

  it('drops malformed groups', () => {
    expect(
      groupsFromParam(new URLSearchParams('groups=population:a~POPULATION~3,x~STUDY~2,population:b~NOPE~1,population:c~STUDY~lots')),
    ).toEqual([{ parent: 'population:a', kind: 'POPULATION', total: 3 }]);
  });
});

describe('where new nodes start', () => {
  it('beside a placed neighbour, each on its own spot, a chain unfolding outwards', () => {
    const known = new Map([['hub', { x: 100, y: 100 }]]);
    const placed = placeNew(
      ['a', 'b', 'c'],
      [
        { source: 'hub', target: 'a' },
        { source: 'b', target: 'hub' },
        { source: 'a', target: 'c' },
      ],
      known,
    );
    expect(Math.hypot(placed.get('a')!.x - 100, placed.get('a')!.y - 100)).toBeCloseTo(RING);
    expect(Math.hypot(placed.get('b')!.x - 100, placed.get('b')!.y - 100)).toBeCloseTo(RING);
    expect(Math.hypot(placed.get('c')!.x - placed.get('a')!.x, placed.get('c')!.y - placed.get('a')!.y)).toBeCloseTo(RING);
    const spots = new Set([...placed.values(), ...known.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(4);
  });

  it('on a spiral when nothing around them is placed, never two on one spot, the same every time', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `n${i}`);
    const first = placeNew(ids, [], new Map());
    expect(new Set([...first.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(50);
    expect(placeNew(ids, [], new Map())).toEqual(first);
  });

  it('leave nodes that have a place where they are', () => {
    expect(placeNew(['a'], [], new Map([['a', { x: 1, y: 2 }]])).size).toBe(0);
  });
});

describe('labels that would collide', () => {
  it('hide the lower-priority one of two overlapping labels, keep labels that do not touch', () => {
    const hidden = labelsToHide([
      { id: 'hub', x: 0, y: 0, w: 60, h: 12, priority: 10 },
      { id: 'leaf', x: 20, y: 4, w: 60, h: 12, priority: 1 },
      { id: 'far', x: 300, y: 0, w: 60, h: 12, priority: 1 },
    ]);
    expect([...hidden]).toEqual(['leaf']);
  });

  it('keep the selected node’s label first', () => {
    expect([
      ...labelsToHide([
        { id: 'a', x: 0, y: 0, w: 50, h: 10, priority: 1e9 },
        { id: 'b', x: 5, y: 0, w: 50, h: 10, priority: 50 },
      ]),
    ]).toEqual(['b']);
  });
});

describe('short labels', () => {
  it('cut at a word boundary with an ellipsis, within the limit', () => {
    expect(cut('Advanced, progressive GEP-NETs of the pancreas')).toBe('Advanced…');
    expect(cut('Well-differentiated neuroendocrine tumours').length).toBeLessThanOrEqual(SHORT_LABEL_MAX);
    expect(cut('Welldifferentiatedneuroendocrine')).toBe(`${'Welldifferentiatedneuroendocrine'.slice(0, SHORT_LABEL_MAX - 1)}…`);
    expect(cut('Sunitinib')).toBe('Sunitinib');
  });

  it('name a study by its acronym, its first author or its NCT number', () => {
    expect(shortLabel('STUDY', 'RADIANT-3')).toBe('RADIANT-3');
    expect(shortLabel('STUDY', 'Phase III RCT of sunitinib in Pan-NETs (Raymond et al)')).toBe('Raymond et al');
    expect(shortLabel('STUDY', 'NCT00510068: RADIANT-3')).toBe('NCT00510068');
    expect(shortLabel('STUDY', 'CAPTEM at first line in Pan-NETs (ref 129)')).toBe('CAPTEM at first…');
  });

  it('name a result by its endpoint and value, an arm by its own label, a reference by its number', () => {
    expect(shortLabel('RESULT', 'KEYNOTE-028 · Pembrolizumab, Pan-NET cohort · ORR rate: 6.3%')).toBe('ORR 6.3%');
    expect(shortLabel('RESULT', 'Retrospective series (ref 149) · Platinum-based chemotherapy · OS median: 10.9 months')).toBe(
      'OS 10.9 months',
    );
    expect(shortLabel('ARM', 'DUNE: Durvalumab plus tremelimumab')).toBe('Durvalumab plus…');
    expect(shortLabel('REFERENCE', 'Reference 111')).toBe('Ref 111');
  });
});
