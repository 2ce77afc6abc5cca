/**
 * Turns what a person types into Lucene queries for the full-text index: each word matched
 * exactly (boosted), as a prefix (for suggestions while typing) and fuzzily (typos: "sunitnib").
 * Words are reduced to letters and digits, so no Lucene syntax from the input survives.
 *
 * Two queries: `close` allows one edit in words of 4+ letters; `wide` two edits in words of 7+.
 * Two edits cost Lucene most of a search (a query's p50 8.4 ms against 3.3 with one, over the 600k
 * registry's terms) and, for a word spelt right, add only look-alikes ("carcinoid" finding
 * "carcinoma"), so the repository asks `wide` only when `close` finds fewer hits than asked for.
 */
export interface LuceneQueries {
  close: string;
  /** Null when no word is long enough for two edits (`close` is then the whole query). */
  wide: string | null;
}

export function luceneQueriesOf(input: string): LuceneQueries | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  const query = (maxEdits: 1 | 2) =>
    words
      .map((w) => {
        const alternatives = [`${w}^4`];
        if (w.length >= 2) alternatives.push(`${w}*^2`);
        if (w.length >= 4) alternatives.push(`${w}~${w.length >= 7 ? maxEdits : 1}`);
        return `(${alternatives.join(' OR ')})`;
      })
      .join(' AND ');
  const close = query(1);
  const wide = query(2);
  return { close, wide: wide === close ? null : wide };
}
