/**
 * The review as a searchable text: whitespace-insensitive lookup of quotes and the headings that
 * bound each section, so a quote can be checked to sit under the heading its provenance names,
 * and the sentence each quote sits in with the citation group it carries.
 */
import { citationIndexOf, type QuoteSentence } from './citation-groups.js';

/** Collapses every run of white space to one space, so line breaks and tabs never decide a match. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface SourceText {
  /** Whether the quote appears verbatim (white space aside) anywhere in the source. */
  contains(quote: string): boolean;
  /** The headings of the source, in order. */
  headings: string[];
  /** Whether the quote appears between this heading and the next one. */
  containsUnder(heading: string, quote: string): boolean;
  /** The sentence a quote sits in and the citations it needs; null when it spans paragraphs (table rows). */
  sentenceOf(quote: string): QuoteSentence | null;
}

/** A heading is a short line of its own that is not a sentence nor a table cell. */
function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 100 && !line.startsWith('\t') && !/^[([]/.test(t) && !/[.;,]$/.test(t);
}

export function parseSourceText(raw: string): SourceText {
  const lines = raw.split(/\r?\n/);
  const sections: { heading: string; body: string }[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  const flush = () => {
    if (current) sections.push({ heading: current.heading, body: normalizeWhitespace(current.lines.join('\n')) });
  };
  for (const line of lines) {
    if (isHeading(line)) {
      flush();
      current = { heading: line.trim(), lines: [] };
    } else {
      current?.lines.push(line);
    }
  }
  flush();
  const whole = normalizeWhitespace(raw);
  const citations = citationIndexOf(raw);
  return {
    sentenceOf: (quote) => citations.locate(quote),
    headings: sections.map((s) => s.heading),
    contains: (quote) => whole.includes(normalizeWhitespace(quote)),
    containsUnder: (heading, quote) => {
      const q = normalizeWhitespace(quote);
      return sections.some((s) => s.heading === heading && s.body.includes(q));
    },
  };
}
