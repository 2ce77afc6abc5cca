import { describe, expect, it } from 'vitest';
import { luceneQueryOf } from '../../server/src/search/lucene-query.js';

describe('search input to Lucene', () => {
  it('matches each word exactly, as a prefix and fuzzily', () => {
    expect(luceneQueryOf('sunitnib')).toBe('(sunitnib^4 OR sunitnib*^2 OR sunitnib~2)');
    expect(luceneQueryOf('Pan-NET G3')).toBe('(pan^4 OR pan*^2) AND (net^4 OR net*^2) AND (g3^4 OR g3*^2)');
  });

  it('leaves no Lucene syntax from the input', () => {
    const q = luceneQueryOf('title:(a OR b)~ "x" \\ [1 TO 5]')!;
    // Only words of letters and digits, with the operators this function adds.
    expect(q.replace(/\^\d|\*|~\d| OR | AND /g, ' ')).toMatch(/^[\p{L}\p{N}() ]+$/u);
    expect(q).not.toMatch(/[:"\\[\]]/);
    expect(luceneQueryOf('*&^%$')).toBeNull();
  });
});
