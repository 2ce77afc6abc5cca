/**
 * Turns what a person types into a Lucene query for the full-text index: each word matched
 * exactly (boosted), as a prefix (for suggestions while typing) and fuzzily (typos: "sunitnib").
 * Words are reduced to letters and digits, so no Lucene syntax from the input survives.
 */
export function luceneQueryOf(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const alternatives = [`${w}^4`];
      if (w.length >= 2) alternatives.push(`${w}*^2`);
      if (w.length >= 4) alternatives.push(`${w}~${w.length >= 7 ? 2 : 1}`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}
