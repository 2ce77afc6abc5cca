/**
 * The citation group a quote's sentence carries. The review puts a sentence's citations in a
 * bracket, usually at the end of the clause they back ("... renal impairment (rare and
 * transient)[13,106,107]."), so a quote that stops before the bracket would lose them. The group a
 * fact needs is read from the source sentence, not from the quote: every citation inside the quote,
 * plus, when the quote holds none, the first group after it in its sentence (the one closing its
 * clause), else the sentence's only group where it has one ("The two available trials[120,121], in
 * fact, showed ... hypertension"). A sentence citing two works before the quote ("study[116] ...
 * the trial by Raymond et al[113] (10 mo), with 7.5% ...") does not say which backs the quote, so
 * the fact's own `ref` stands there.
 */
import { citationsIn } from '../../../../kernel/citations.js';
import { normalizeWhitespace } from './source-text.js';

const GROUP = /\[(\d+(?:\s*[-–,]\s*\d+)*)\]/g;

/** A sentence ends at . ? or ! followed by white space and a capital, digit, quote mark or bracket. */
const SENTENCE_END = /[.?!](?=\s+[A-Z0-9“"([])/g;

export interface QuoteSentence {
  /** The sentence(s) the quote sits in, white space collapsed. */
  sentence: string;
  /** Every citation of the paragraph the quote sits in: the most any fact's group may name. */
  paragraphCitations: number[];
  /** The citations the fact needs: those inside the quote plus the group its sentence gives it. */
  required: number[];
}

interface Paragraph {
  text: string;
  /** Start offsets of its sentences, ascending, starting with 0. */
  starts: number[];
}

function paragraphsOf(raw: string): Paragraph[] {
  return raw
    .split(/\r?\n/)
    .map((line) => normalizeWhitespace(line))
    .filter((text) => text.length > 0)
    .map((text) => {
      const starts = [0];
      for (const m of text.matchAll(SENTENCE_END)) starts.push(m.index + 1);
      return { text, starts };
    });
}

function groupsIn(text: string, from: number, to: number): { start: number; end: number; numbers: number[] }[] {
  const out: { start: number; end: number; numbers: number[] }[] = [];
  for (const m of text.slice(from, to).matchAll(GROUP)) {
    const numbers = citationsIn(m[0]);
    if (numbers.length > 0) out.push({ start: from + m.index, end: from + m.index + m[0].length, numbers });
  }
  return out;
}

/** Finds quotes in the source by paragraph, so the sentence and the citation group around each can be read. */
export interface CitationIndex {
  /** The sentence and citation group of a quote; null when the quote does not sit inside one paragraph. */
  locate(quote: string): QuoteSentence | null;
}

export function citationIndexOf(raw: string): CitationIndex {
  const paragraphs = paragraphsOf(raw);
  return {
    locate(quote) {
      const q = normalizeWhitespace(quote);
      for (const p of paragraphs) {
        const at = p.text.indexOf(q);
        if (at < 0) continue;
        const end = at + q.length;
        const first = p.starts.filter((s) => s <= at).at(-1) ?? 0;
        const next = p.starts.find((s) => s >= end && s > first);
        const last = next ?? p.text.length;
        const inQuote = citationsIn(q);
        let required = inQuote;
        if (inQuote.length === 0) {
          const after = groupsIn(p.text, end, last)[0];
          const all = groupsIn(p.text, first, last);
          required = (after ?? (all.length === 1 ? all[0] : undefined))?.numbers ?? [];
        }
        return {
          sentence: p.text.slice(first, last).trim(),
          paragraphCitations: citationsIn(p.text),
          required,
        };
      }
      return null;
    },
  };
}

/** The citations of `required` that `refs` lacks. */
export function missingCitations(required: readonly number[], refs: readonly number[]): number[] {
  const have = new Set(refs);
  return required.filter((n) => !have.has(n));
}
