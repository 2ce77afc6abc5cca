/**
 * The citations a quote carries, as the review writes them: "[102]", "[13,106,107]", "[9-13]".
 * A fact's `ref` names one citation; a citation group in its quote names the others, so every
 * reference the text gives for a fact is linked without a curator copying numbers twice.
 */
import { must } from './must.js';

const GROUP = /\[(\d+(?:\s*[-–,]\s*\d+)*)\]/g;

/** Largest span a range may cover before it reads as something other than a citation range. */
const MAX_RANGE = 30;

export function citationsIn(quote: string): number[] {
  const out = new Set<number>();
  for (const m of quote.matchAll(GROUP)) {
    for (const part of must(m[1], 'GROUP has one capturing group').split(',')) {
      const [first, b] = part.split(/[-–]/).map((x) => Number(x.trim()));
      const a = must(first, 'split returns at least one piece');
      if (b === undefined) out.add(a);
      else if (b >= a && b - a <= MAX_RANGE) for (let n = a; n <= b; n++) out.add(n);
    }
  }
  return [...out].sort((x, y) => x - y);
}

/**
 * Every reference of a fact: its `ref`, the citations in its quote and the citation group its
 * source sentence carries beyond the quote (`group`, curated where the quote stops before the
 * bracket), ascending.
 */
export function referencesOf(ref: number | null | undefined, quote: string, group: readonly number[] = []): number[] {
  return [...new Set([...(ref ? [ref] : []), ...citationsIn(quote), ...group])].sort((x, y) => x - y);
}
