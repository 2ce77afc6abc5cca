import { describe, expect, it } from 'vitest';
import { arrangeSuggestions, showsKindGroups } from '../../client/src/search/suggestions.js';
import type { NodeKind } from '../../client/src/generated/graphql.js';

const hit = (id: string, kind: NodeKind, score: number) => ({ score, node: { id, kind, name: id } });

describe('search suggestions', () => {
  // As the API ranks "sunitinib": the drug, then a trial, then a second intervention.
  const hits = [
    hit('intervention:sunitinib', 'INTERVENTION', 9),
    hit('study:raymond', 'STUDY', 7),
    hit('intervention:sunitinib-placebo', 'INTERVENTION', 5),
    hit('result:raymond-pfs', 'RESULT', 4),
  ];

  it('groups by kind, the best hit’s group first, the API’s order within each group', () => {
    expect(arrangeSuggestions(hits).map((h) => h.node.id)).toEqual([
      'intervention:sunitinib',
      'intervention:sunitinib-placebo',
      'study:raymond',
      'result:raymond-pfs',
    ]);
  });

  it('leaves out the ids already picked', () => {
    expect(arrangeSuggestions(hits, ['intervention:sunitinib', 'result:raymond-pfs']).map((h) => h.node.id)).toEqual([
      'study:raymond',
      'intervention:sunitinib-placebo',
    ]);
    expect(arrangeSuggestions([], ['x'])).toEqual([]);
  });

  it('shows kind headings unless the search is of one kind', () => {
    expect(showsKindGroups(undefined)).toBe(true);
    expect(showsKindGroups(['INTERVENTION', 'STUDY'])).toBe(true);
    expect(showsKindGroups(['POPULATION'])).toBe(false);
  });
});
