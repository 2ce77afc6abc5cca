/**
 * Checks every provenance of the curated data against the source text: the quote is verbatim in
 * the source (white space aside), sits under the heading its section names, and the fact's
 * citations hold the whole citation group of the quote's sentence (citation-groups.ts) while
 * naming nothing its paragraph does not cite.
 */
import { referencesOf } from '../../../../kernel/citations.js';
import { missingCitations } from './citation-groups.js';
import type { ProvenanceInput } from '../schema.js';
import type { ValidFile } from '../validate-seed.js';
import type { SeedProblem } from '../../validate/problem.js';
import { lineAt } from '../read-seed-files.js';
import type { SourceText } from './source-text.js';

type Path = (string | number)[];

/** Every provenance object of a file, with its path in the file. */
export function provenancesOf(file: ValidFile): { at: Path; provenance: ProvenanceInput; entry: string }[] {
  const out: { at: Path; provenance: ProvenanceInput; entry: string }[] = [];
  const d = file.data;
  d.populations.forEach(
    (p, i) => p.provenance && out.push({ at: ['populations', i, 'provenance'], provenance: p.provenance, entry: p.id }),
  );
  d.biomarkers.forEach((b, i) =>
    b.predicts.forEach((p, k) => out.push({ at: ['biomarkers', i, 'predicts', k, 'provenance'], provenance: p.provenance, entry: b.id })),
  );
  d.adverseEventReports.forEach((a, i) =>
    out.push({ at: ['adverseEventReports', i, 'provenance'], provenance: a.provenance, entry: `${a.intervention} → ${a.event}` }),
  );
  d.guidelines.forEach((g, i) => out.push({ at: ['guidelines', i, 'provenance'], provenance: g.provenance, entry: g.id }));
  d.observations.forEach((o, i) => out.push({ at: ['observations', i, 'provenance'], provenance: o.provenance, entry: o.id }));
  d.studies.forEach((s, i) => {
    out.push({ at: ['studies', i, 'provenance'], provenance: s.provenance, entry: s.id });
    s.plannedEndpoints.forEach((pe, k) =>
      out.push({ at: ['studies', i, 'plannedEndpoints', k, 'provenance'], provenance: pe.provenance, entry: s.id }),
    );
    s.arms.forEach(
      (a, k) => a.provenance && out.push({ at: ['studies', i, 'arms', k, 'provenance'], provenance: a.provenance, entry: s.id }),
    );
    s.results.forEach((r, k) => out.push({ at: ['studies', i, 'results', k, 'provenance'], provenance: r.provenance, entry: s.id }));
    s.adverseEvents.forEach((a, k) =>
      out.push({ at: ['studies', i, 'adverseEvents', k, 'provenance'], provenance: a.provenance, entry: s.id }),
    );
  });
  return out;
}

export function checkQuotesAgainstSource(files: ValidFile[], source: SourceText): { problems: SeedProblem[]; checked: number } {
  const problems: SeedProblem[] = [];
  let checked = 0;
  for (const file of files) {
    for (const { at, provenance, entry } of provenancesOf(file)) {
      checked++;
      const section = provenance.section ?? file.data.section;
      const field = at.slice(2).join('.');
      const where = { file: file.raw.file, line: lineAt(file.raw, [...at, 'quote']), entry, field: `${field}.quote` };
      if (!source.contains(provenance.quote)) {
        problems.push({ ...where, message: `quote is not verbatim in the source: "${provenance.quote}"` });
      } else if (!section || !source.headings.includes(section)) {
        problems.push({ ...where, field: `${field}.section`, message: `section "${section}" is not a heading of the source` });
      } else if (!source.containsUnder(section, provenance.quote)) {
        problems.push({ ...where, message: `quote is in the source but not under the heading "${section}"` });
      } else {
        problems.push(
          ...citationProblems(provenance, source, {
            ...where,
            field: `${field}.refs`,
            line: lineAt(file.raw, [...at, 'refs']) ?? where.line,
          }),
        );
      }
    }
  }
  return { problems, checked };
}

/**
 * The fact's citations (ref, the quote's groups, curated `refs`) must hold the group its sentence
 * carries, and `refs` may name only citations of the quote's paragraph: nothing is cited that the
 * source does not cite there.
 */
export function citationProblems(provenance: ProvenanceInput, source: SourceText, where: Omit<SeedProblem, 'message'>): SeedProblem[] {
  const sentence = source.sentenceOf(provenance.quote);
  if (!sentence) return [];
  const problems: SeedProblem[] = [];
  const missing = missingCitations(sentence.required, referencesOf(provenance.ref, provenance.quote, provenance.refs ?? []));
  if (missing.length > 0) {
    problems.push({
      ...where,
      message: `citation group incomplete: the sentence cites [${sentence.required.join(',')}], the fact lacks ${missing.join(', ')} (add refs: [${sentence.required.join(', ')}])`,
    });
  }
  const foreign = (provenance.refs ?? []).filter((n) => !sentence.paragraphCitations.includes(n));
  if (foreign.length > 0)
    problems.push({ ...where, message: `refs name ${foreign.join(', ')}, which the quote's paragraph does not cite` });
  return problems;
}
