import { describe, expect, it } from 'vitest';
import { luceneQueriesOf } from '../../server/src/search/lucene-query.js';

describe('search input to Lucene', () => {
  it('matches each word exactly, as a prefix and with one edit; two edits only in the wide query', () => {
    expect(luceneQueriesOf('sunitnib')).toEqual({
      close: '(sunitnib^4 OR sunitnib*^2 OR sunitnib~1)',
      wide: '(sunitnib^4 OR sunitnib*^2 OR sunitnib~2)',
    });
    expect(luceneQueriesOf('pfs carcinoid')?.wide).toBe('(pfs^4 OR pfs*^2) AND (carcinoid^4 OR carcinoid*^2 OR carcinoid~2)');
  });

  it('has no wide query when no word is long enough for two edits', () => {
    expect(luceneQueriesOf('Pan-NET G3')).toEqual({
      close: '(pan^4 OR pan*^2) AND (net^4 OR net*^2) AND (g3^4 OR g3*^2)',
      wide: null,
    });
    expect(luceneQueriesOf('capecitabine')?.wide).not.toBeNull();
    expect(luceneQueriesOf('temo')).toEqual({ close: '(temo^4 OR temo*^2 OR temo~1)', wide: null });
  });

  it('leaves no Lucene syntax from the input', () => {
    const queries = luceneQueriesOf('title:(a OR b)~ "x" \\ [1 TO 5] everolimus')!;
    for (const q of [queries.close, queries.wide!]) {
      // Only words of letters and digits, with the operators this function adds.
      expect(q.replace(/\^\d|\*|~\d| OR | AND /g, ' ')).toMatch(/^[\p{L}\p{N}() ]+$/u);
      expect(q).not.toMatch(/[:"\\[\]]/);
    }
    expect(luceneQueriesOf('*&^%$')).toBeNull();
  });
});
