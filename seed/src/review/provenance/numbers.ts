/**
 * Numbers as the source writes them. A fact's number counts as quoted when its quote holds the
 * same number (11 matches "11.0"; 1500 matches "1500" or "1,500"; 4 matches "four"; 0 matches
 * "No complete response"; 100 matches "in all the patients"); nothing is rounded to match.
 *
 * The other way round, a quote that counts something in words ("One patient obtained complete
 * response", "a R0 resection in four", "no objective response") carries a number its fact must
 * store as a value: `countingWordsIn` finds those, where the wording tells a count from a figure
 * of speech ("one another", "one third", "no benefit").
 */
import { must } from '../../../../kernel/must.js';

const PLAIN = /\d+(?:\.\d+)?/g;
const THOUSANDS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?/g;

/** The cardinal number words the review writes, zero to twenty. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const CARDINAL = Object.keys(NUMBER_WORDS).join('|');

/** The number a match of a CARDINAL pattern names (its first group holds the word). */
function cardinalOf(m: RegExpMatchArray): number {
  const word = must(m[1], 'a CARDINAL pattern captures its word');
  return must(NUMBER_WORDS[word.toLowerCase()], `"${word}" is one of NUMBER_WORDS, which CARDINAL is built from`);
}

/**
 * A cardinal word that is a number: not a fraction ("one third", "one-third") and not "one" as a
 * pronoun ("one another", "One of the first ICIs").
 */
const CARDINAL_WORD = new RegExp(
  `\\b(${CARDINAL})\\b(?![-\\s]+(?:thirds?|half|halves|quarters?|fourths?)\\b)(?!\\s+(?:another|of)\\b)`,
  'gi',
);

/** Who a count in words counts: patients, cases and the populations a series is made of ("six Pan-NETs"). */
const SUBJECTS = 'patients?|cases?|(?:Pan-|GEP-|Sb-|g-|d-|r-)?(?:NETs|NENs|NECs)';

/** What else a count in words counts: studies pooled, cycles given, genes assayed, lesions allowed. */
const THINGS = 'studies|cycles?|genes?|lesions?';

/** "One patient", "six Pan-NETs". */
const COUNT_OF_SUBJECTS = new RegExp(`\\b(${CARDINAL})\\s+(?:${SUBJECTS})(?![\\w-])`, 'gi');

/** "seven studies", "four cycles", "eight genes". */
const COUNT_OF_THINGS = new RegExp(`\\b(${CARDINAL})\\s+(?:${THINGS})\\b`, 'gi');

/** A count closing its clause: "and a R0 resection in four[139]". */
const IN_COUNT = new RegExp(`\\bin\\s+(${CARDINAL})\\b(?=\\s*(?:\\[|[.,;:)]|$))`, 'gi');

/** "No complete response", "no objective response", "No renal toxicity": none observed, a count of 0. */
const NONE_OF = /\b(?:no|none)\b(?=\s+(?:[\w-]+\s+){0,2}?(?:responses?|toxicit(?:y|ies)|deaths?|remissions?)\b)|\bnone\s+of\b/gi;

/** "obtained in all the patients a radiologic response": every patient, 100%. */
const ALL_OF = /\b(?:in|of)\s+all\s+(?:the\s+)?patients\b/gi;

/** Every number written in a text, in digits or in words, as plain values. */
export function numbersIn(text: string): number[] {
  const found = [...text.matchAll(PLAIN)].map((m) => Number(m[0]));
  for (const m of text.matchAll(THOUSANDS)) found.push(Number(m[0].replaceAll(',', '')));
  for (const m of text.matchAll(CARDINAL_WORD)) found.push(cardinalOf(m));
  if (NONE_OF.test(text)) found.push(0);
  NONE_OF.lastIndex = 0;
  if (ALL_OF.test(text)) found.push(100);
  ALL_OF.lastIndex = 0;
  return found;
}

/**
 * A count a quote states in words, and the words that state it. A count of patients, cases, a
 * population, "none" or "all" is an outcome or an enrolment, stored as a value (`value`); a count
 * of studies, cycles, genes or lesions may also be held in the words of a curated field (`text`:
 * a summary's "meta-analysis of seven studies", a schedule's "four cycles").
 */
export interface CountingWord {
  words: string;
  value: number;
  storedAs: 'value' | 'text';
}

/** The counts a text states in words: each is a number the fact quoting it must store. */
export function countingWordsIn(text: string): CountingWord[] {
  const out: CountingWord[] = [];
  for (const m of text.matchAll(COUNT_OF_SUBJECTS)) out.push({ words: m[0], value: cardinalOf(m), storedAs: 'value' });
  for (const m of text.matchAll(COUNT_OF_THINGS)) out.push({ words: m[0], value: cardinalOf(m), storedAs: 'text' });
  for (const m of text.matchAll(IN_COUNT)) out.push({ words: m[0], value: cardinalOf(m), storedAs: 'value' });
  for (const m of text.matchAll(NONE_OF))
    out.push({
      words: must(text.slice(m.index).split(/[,.;[]/)[0], 'split returns at least one piece').trim(),
      value: 0,
      storedAs: 'value',
    });
  for (const m of text.matchAll(ALL_OF)) out.push({ words: m[0], value: 100, storedAs: 'value' });
  return out;
}

/** The numbers of `values` that `quote` does not contain. */
export function numbersMissingFrom(quote: string, values: readonly number[]): number[] {
  const present = new Set(numbersIn(quote));
  return values.filter((v) => !present.has(v));
}
