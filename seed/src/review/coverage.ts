/**
 * Coverage of the curated review: per review section, how many studies, results, adverse-event
 * rates, guideline statements and observations (review-level numbers) are loaded. Counted from
 * the validated files, by each fact's own provenance section.
 */
import type { ValidFile } from './validate-seed.js';

export interface SectionCoverage {
  section: string;
  studies: number;
  results: number;
  adverseEvents: number;
  guidelines: number;
  observations: number;
}

export function coverageBySection(files: ValidFile[]): SectionCoverage[] {
  const rows = new Map<string, SectionCoverage>();
  const row = (section: string | undefined) => {
    const key = section ?? '(no section)';
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { section: key, studies: 0, results: 0, adverseEvents: 0, guidelines: 0, observations: 0 }));
    return r;
  };
  for (const { data } of files) {
    const sectionOf = (p: { section?: string }) => p.section ?? data.section;
    for (const s of data.studies) {
      row(sectionOf(s.provenance)).studies++;
      for (const r of s.results) row(sectionOf(r.provenance)).results++;
      for (const ae of s.adverseEvents) row(sectionOf(ae.provenance)).adverseEvents++;
    }
    for (const ae of data.adverseEventReports) row(sectionOf(ae.provenance)).adverseEvents++;
    for (const g of data.guidelines) row(sectionOf(g.provenance)).guidelines++;
    for (const o of data.observations) row(sectionOf(o.provenance)).observations++;
  }
  return [...rows.values()];
}

/** The coverage as a Markdown table, in the order `sectionOrder` gives (the source's headings) where known. */
export function coverageTable(rows: SectionCoverage[], sectionOrder: string[] = []): string {
  const rank = (s: string) => {
    const i = sectionOrder.indexOf(s);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const sorted = [...rows].sort((a, b) => rank(a.section) - rank(b.section) || a.section.localeCompare(b.section));
  const total = sorted.reduce(
    (t, r) => ({
      ...t,
      studies: t.studies + r.studies,
      results: t.results + r.results,
      adverseEvents: t.adverseEvents + r.adverseEvents,
      guidelines: t.guidelines + r.guidelines,
      observations: t.observations + r.observations,
    }),
    { section: '**Total**', studies: 0, results: 0, adverseEvents: 0, guidelines: 0, observations: 0 },
  );
  const line = (r: SectionCoverage) =>
    `| ${r.section} | ${r.studies} | ${r.results} | ${r.adverseEvents} | ${r.guidelines} | ${r.observations} |`;
  return [
    '| Review section | Studies | Results | Adverse-event rates | Guideline statements | Observations |',
    '|---|---:|---:|---:|---:|---:|',
    ...sorted.map(line),
    line(total),
  ].join('\n');
}
