import { describe, expect, it } from 'vitest';
import { KIND_OF_LABEL, RELATIONSHIP_TYPES } from '../../kernel/vocabulary.js';
import { ALL_KINDS } from '../../client/src/graph/kinds.js';
import { kindPairsOf, RELATIONSHIP_KINDS, typesBetween } from '../../client/src/schema/relationship-kinds.js';
import {
  countsOf,
  edgeId,
  kindPairs,
  relationshipRows,
  schemaElements,
  SCHEMA_POSITIONS,
  SUMMARY_QUERY,
  type GraphSummaryData,
} from '../../client/src/schema/schema-graph.js';
import { explorerLink } from '../../client/src/schema/explorer-link.js';

describe('relationship kinds', () => {
  it('knows every relationship type of the seed vocabulary, and only those', () => {
    expect(Object.keys(RELATIONSHIP_KINDS).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('uses only the kinds of the vocabulary', () => {
    const kinds = new Set<string>(Object.values(KIND_OF_LABEL));
    for (const pairs of Object.values(RELATIONSHIP_KINDS))
      for (const p of pairs) expect([kinds.has(p.from), kinds.has(p.to)]).toEqual([true, true]);
  });

  it('mirrors the design model', () => {
    expect(kindPairsOf('HAS_ARM')).toEqual([{ from: 'STUDY', to: 'ARM' }]);
    expect(kindPairsOf('REGISTERED_AS')).toEqual([{ from: 'STUDY', to: 'STUDY' }]);
    expect(kindPairsOf('CITES').map((p) => p.from)).toEqual(['STUDY', 'RESULT', 'GUIDELINE', 'OBSERVATION']);
    expect(kindPairsOf('PREDICTS').map((p) => p.to)).toEqual(['INTERVENTION', 'ENDPOINT']);
    expect(kindPairsOf('NOT_A_TYPE')).toEqual([]);
    expect(typesBetween('INTERVENTION', 'GUIDELINE').sort()).toEqual(['ADVISES_AGAINST', 'APPROVES', 'CONSIDERS', 'RECOMMENDS']);
    expect(typesBetween('STUDY', 'INTERVENTION').sort()).toEqual(['EVALUATES', 'FOLLOWS']);
  });
});

const summary: GraphSummaryData = {
  kinds: [
    { kind: 'STUDY', count: 131, example: { id: 'study:radiant-3', kind: 'STUDY', label: 'RADIANT-3' } },
    { kind: 'ARM', count: 187, example: null },
    { kind: 'REFERENCE', count: 157 },
  ],
  relationships: [
    { type: 'HAS_ARM', count: 187 },
    { type: 'CITES', count: 388 },
    { type: 'SOMETHING_NEW', count: 2 },
  ],
  relationshipPatterns: [
    { type: 'CITES', fromKind: 'GUIDELINE', toKind: 'REFERENCE', count: 37 },
    { type: 'CITES', fromKind: 'RESULT', toKind: 'REFERENCE', count: 220 },
    { type: 'CITES', fromKind: 'STUDY', toKind: 'REFERENCE', count: 131 },
    { type: 'HAS_ARM', fromKind: 'STUDY', toKind: 'ARM', count: 187 },
    { type: 'SOMETHING_NEW', fromKind: 'ARM', toKind: 'STUDY', count: 2 },
  ],
};

describe('schema graph', () => {
  const elements = schemaElements(summary);
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('asks the summary for counts, an example per kind and the per-pair counts', () => {
    expect(SUMMARY_QUERY.replace(/\s+/g, ' ')).toContain(
      'kinds { kind count example { id kind label } } relationships { type count } relationshipPatterns { type fromKind toKind count }',
    );
  });

  it('has a node per kind with its count (0 when none are loaded), each at its own place', () => {
    expect(nodes.map((n) => n.data.id)).toEqual(ALL_KINDS);
    expect(nodes.find((n) => n.data.id === 'STUDY')!.data).toMatchObject({ kind: 'STUDY', count: 131, label: 'Study\n131' });
    expect(nodes.find((n) => n.data.id === 'TARGET')!.data).toMatchObject({ count: 0, label: 'Target\n0' });
    const places = new Set(ALL_KINDS.map((k) => `${SCHEMA_POSITIONS[k].x},${SCHEMA_POSITIONS[k].y}`));
    expect(places.size).toBe(ALL_KINDS.length);
  });

  it('draws an edge per relationship type and kind pair, labelled with the type and that pair’s own count', () => {
    const design = edges.filter((e) => e.group === 'edges' && e.data.known);
    expect(design).toHaveLength(Object.values(RELATIONSHIP_KINDS).flat().length);
    expect(edges.find((e) => e.data.id === 'HAS_ARM:STUDY->ARM')!.data).toMatchObject({
      source: 'STUDY',
      target: 'ARM',
      type: 'HAS_ARM',
      count: 187,
      label: 'HAS_ARM 187',
      known: true,
    });
    const cites = edges.filter((e) => e.data.type === 'CITES');
    expect(cites.map((e) => e.data.label)).toEqual(['CITES 131', 'CITES 220', 'CITES 37', 'CITES 0']);
    expect(edges.find((e) => e.data.type === 'TARGETS')!.data).toMatchObject({ count: 0, label: 'TARGETS 0' });
  });

  it('draws a loaded pair the design does not list, set apart', () => {
    expect(kindPairs(summary).filter((p) => !p.known)).toEqual([
      { type: 'SOMETHING_NEW', pair: { from: 'ARM', to: 'STUDY' }, known: false },
    ]);
    expect(edges.find((e) => e.data.id === edgeId('SOMETHING_NEW', 'ARM', 'STUDY'))!.data).toMatchObject({
      count: 2,
      label: 'SOMETHING_NEW 2',
      known: false,
    });
    expect(countsOf(summary).pair('CITES', 'RESULT', 'REFERENCE')).toBe(220);
    expect(countsOf(summary).pair('CITES', 'REFERENCE', 'RESULT')).toBe(0);
  });

  it('lists every type in the table with its count per pair of kinds', () => {
    const rows = relationshipRows(summary);
    expect(rows.map((r) => r.type)).toEqual([...new Set([...RELATIONSHIP_TYPES, 'SOMETHING_NEW'])].sort());
    expect(rows.find((r) => r.type === 'SOMETHING_NEW')).toEqual({
      type: 'SOMETHING_NEW',
      count: 2,
      connects: ['Arm → Study: 2'],
      kinds: ['ARM', 'STUDY'],
    });
    expect(rows.find((r) => r.type === 'CITES')).toEqual({
      type: 'CITES',
      count: 388,
      connects: ['Study → Reference: 131', 'Result → Reference: 220', 'Guideline → Reference: 37', 'Observation → Reference: 0'],
      kinds: ['STUDY', 'REFERENCE', 'RESULT', 'GUIDELINE', 'OBSERVATION'],
    });
    expect(rows.find((r) => r.type === 'TARGETS')!.connects).toEqual(['Intervention → Target: 0']);
  });

  it('links an example to the explorer with the node on the canvas and selected', () => {
    expect(explorerLink('study:radiant-3')).toBe('?view=explore&nodes=study:radiant-3&selected=study:radiant-3');
    expect(explorerLink('intervention:a+b')).toBe('?view=explore&nodes=intervention:a%2Bb&selected=intervention:a%2Bb');
    expect(new URLSearchParams(explorerLink('intervention:a+b')).get('selected')).toBe('intervention:a+b');
  });
});
