import { describe, expect, it } from 'vitest';
import { KIND_OF_LABEL, RELATIONSHIP_TYPES } from '../../seed/src/model/vocabulary.js';
import { ALL_KINDS } from '../../client/src/graph/kinds.js';
import { kindPairsOf, RELATIONSHIP_KINDS, typesBetween } from '../../client/src/schema/relationship-kinds.js';
import { relationshipRows, schemaElements, SCHEMA_POSITIONS, type GraphSummaryData } from '../../client/src/schema/schema-graph.js';
import { explorerLink } from '../../client/src/schema/explorer-link.js';
import { addToPools, adjacentKinds, findExamples, planRound, POOL_SIZE, roundQuery, type ExampleNode, type Runner } from '../../client/src/schema/example-nodes.js';
import type { NodeKind } from '../../client/src/generated/graphql.js';

describe('relationship kinds', () => {
  it('knows every relationship type of the seed vocabulary, and only those', () => {
    expect(Object.keys(RELATIONSHIP_KINDS).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('uses only the kinds of the vocabulary', () => {
    const kinds = new Set<string>(Object.values(KIND_OF_LABEL));
    for (const pairs of Object.values(RELATIONSHIP_KINDS)) for (const p of pairs) expect([kinds.has(p.from), kinds.has(p.to)]).toEqual([true, true]);
  });

  it('mirrors the design model', () => {
    expect(kindPairsOf('HAS_ARM')).toEqual([{ from: 'STUDY', to: 'ARM' }]);
    expect(kindPairsOf('CITES').map((p) => p.from)).toEqual(['STUDY', 'RESULT', 'GUIDELINE']);
    expect(kindPairsOf('PREDICTS').map((p) => p.to)).toEqual(['INTERVENTION', 'ENDPOINT']);
    expect(kindPairsOf('NOT_A_TYPE')).toEqual([]);
    expect(typesBetween('INTERVENTION', 'GUIDELINE').sort()).toEqual(['ADVISES_AGAINST', 'APPROVES', 'CONSIDERS', 'RECOMMENDS']);
    expect(typesBetween('STUDY', 'INTERVENTION').sort()).toEqual(['EVALUATES', 'FOLLOWS']);
  });
});

const summary: GraphSummaryData = {
  kinds: [
    { kind: 'STUDY', count: 131 },
    { kind: 'ARM', count: 187 },
    { kind: 'REFERENCE', count: 157 },
  ],
  relationships: [
    { type: 'HAS_ARM', count: 187 },
    { type: 'CITES', count: 388 },
    { type: 'SOMETHING_NEW', count: 2 },
  ],
};

describe('schema graph', () => {
  const elements = schemaElements(summary);
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('has a node per kind with its count (0 when none are loaded), each at its own place', () => {
    expect(nodes.map((n) => n.data.id)).toEqual(ALL_KINDS);
    expect(nodes.find((n) => n.data.id === 'STUDY')!.data).toMatchObject({ kind: 'STUDY', count: 131, label: 'Study\n131' });
    expect(nodes.find((n) => n.data.id === 'TARGET')!.data).toMatchObject({ count: 0, label: 'Target\n0' });
    const places = new Set(ALL_KINDS.map((k) => `${SCHEMA_POSITIONS[k].x},${SCHEMA_POSITIONS[k].y}`));
    expect(places.size).toBe(ALL_KINDS.length);
  });

  it('draws an edge per relationship type and kind pair, labelled with the type and its count', () => {
    expect(edges).toHaveLength(Object.values(RELATIONSHIP_KINDS).flat().length);
    expect(edges.find((e) => e.data.id === 'HAS_ARM:STUDY->ARM')!.data).toMatchObject({ source: 'STUDY', target: 'ARM', type: 'HAS_ARM', count: 187, label: 'HAS_ARM 187' });
    const cites = edges.filter((e) => e.data.type === 'CITES');
    expect(cites.map((e) => e.data.label)).toEqual(['CITES 388 in all', 'CITES 388 in all', 'CITES 388 in all']);
    expect(edges.find((e) => e.data.type === 'TARGETS')!.data).toMatchObject({ count: 0 });
  });

  it('lists every type in the table, those the client cannot place too', () => {
    const rows = relationshipRows(summary);
    expect(rows.map((r) => r.type)).toEqual([...new Set([...RELATIONSHIP_TYPES, 'SOMETHING_NEW'])].sort());
    expect(rows.find((r) => r.type === 'SOMETHING_NEW')).toEqual({ type: 'SOMETHING_NEW', count: 2, connects: [], kinds: [] });
    expect(rows.find((r) => r.type === 'CITES')).toEqual({
      type: 'CITES',
      count: 388,
      connects: ['Study → Reference', 'Result → Reference', 'Guideline → Reference'],
      kinds: ['STUDY', 'REFERENCE', 'RESULT', 'GUIDELINE'],
    });
  });

  it('links an example to the explorer with the node on the canvas and selected', () => {
    expect(explorerLink('study:radiant-3')).toBe('?view=explore&nodes=study:radiant-3&selected=study:radiant-3');
    expect(explorerLink('intervention:a+b')).toBe('?view=explore&nodes=intervention:a%2Bb&selected=intervention:a%2Bb');
    expect(new URLSearchParams(explorerLink('intervention:a+b')).get('selected')).toBe('intervention:a+b');
  });
});

describe('example nodes', () => {
  const n = (id: string, kind: NodeKind): ExampleNode => ({ id, kind, label: id });

  it('walks to a kind from the kinds the schema links it to', () => {
    expect(adjacentKinds('BIOMARKER').sort()).toEqual(['ENDPOINT', 'INTERVENTION']);
    expect(adjacentKinds('POPULATION').sort()).toEqual(['GUIDELINE', 'RESULT', 'STUDY']);
    const pools = { STUDY: [n('study:a', 'STUDY'), n('study:b', 'STUDY')] };
    expect(planRound(pools, ['ARM', 'TARGET'])).toEqual([
      { alias: 'l0', from: 'study:a', kind: 'ARM' },
      { alias: 'l1', from: 'study:b', kind: 'ARM' },
    ]);
    const q = roundQuery(planRound(pools, ['ARM']));
    expect(q.query).toContain(`l0: neighborhood(id: $l0, depth: 1, kinds: [ARM], limit: ${POOL_SIZE + 1})`);
    expect(q.variables).toEqual({ l0: 'study:a', l1: 'study:b' });
  });

  it('keeps the first few of each kind, without duplicates', () => {
    const pools = addToPools({}, [n('arm:a', 'ARM'), n('arm:a', 'ARM'), n('arm:b', 'ARM'), n('arm:c', 'ARM'), n('arm:d', 'ARM')]);
    expect(pools.ARM!.map((x) => x.id)).toEqual(['arm:a', 'arm:b', 'arm:c'].slice(0, POOL_SIZE));
  });

  it('finds an example of every wanted kind over a small graph, searching for what no walk reaches', async () => {
    // study:s -HAS_ARM-> arm:x -RECEIVED-> intervention:d -TARGETS-> target:t; biomarker:b stands alone.
    const edges: [string, string][] = [
      ['study:s', 'arm:x'],
      ['arm:x', 'intervention:d'],
      ['intervention:d', 'target:t'],
    ];
    const kindOf = (id: string) => id.split(':')[0].toUpperCase() as NodeKind;
    const calls: string[] = [];
    const run = (async (query: string, variables: Record<string, string> = {}) => {
      calls.push(query.split('(')[0].split(' ')[1]);
      if (query.startsWith('query SchemaExampleSeed')) return { rct: { nodes: [{ id: 'study:s', kind: 'STUDY', name: 'S' }] }, any: { nodes: [] } };
      if (query.startsWith('query SchemaExampleSearch'))
        return { search: variables.kind === 'BIOMARKER' ? [{ node: { id: 'biomarker:b', kind: 'BIOMARKER', name: 'B' } }] : [] };
      const kinds = /kinds: \[(\w+)\]/g;
      const wantedKinds = [...query.matchAll(kinds)].map((m) => m[1]);
      return Object.fromEntries(
        Object.entries(variables).map(([alias, from], i) => [
          alias,
          {
            nodes: edges
              .filter(([a, b]) => a === from || b === from)
              .map(([a, b]) => (a === from ? b : a))
              .filter((id) => kindOf(id) === wantedKinds[i])
              .map((id) => ({ id, kind: kindOf(id), label: id.toUpperCase() })),
          },
        ]),
      );
    }) as Runner;
    const found = await findExamples(run, ['STUDY', 'ARM', 'INTERVENTION', 'TARGET', 'BIOMARKER'], (k) => k.toLowerCase());
    expect(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v!.id]))).toEqual({
      STUDY: 'study:s',
      ARM: 'arm:x',
      INTERVENTION: 'intervention:d',
      TARGET: 'target:t',
      BIOMARKER: 'biomarker:b',
    });
    expect(calls).toEqual(['SchemaExampleSeed', 'SchemaExampleRound', 'SchemaExampleRound', 'SchemaExampleRound', 'SchemaExampleRound', 'SchemaExampleSearch']);
  });
});
