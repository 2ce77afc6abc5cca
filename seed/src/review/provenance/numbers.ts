/**
 * Numbers as the source writes them. A fact's number counts as quoted when its quote holds the
 * same number (11 matches "11.0"; 1500 matches "1500" or "1,500"); nothing is rounded to match.
 */

const PLAIN = /\d+(?:\.\d+)?/g;
const THOUSANDS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?/g;

/** Every number written in a text, as plain values. */
export function numbersIn(text: string): number[] {
  const found = [...text.matchAll(PLAIN)].map((m) => Number(m[0]));
  for (const m of text.matchAll(THOUSANDS)) found.push(Number(m[0].replaceAll(',', '')));
  return found;
}

/** The numbers of `values` that `quote` does not contain. */
export function numbersMissingFrom(quote: string, values: readonly number[]): number[] {
  const present = new Set(numbersIn(quote));
  return values.filter((v) => !present.has(v));
}
