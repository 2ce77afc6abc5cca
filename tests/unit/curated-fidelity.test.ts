/**
 * The curated review against the review itself (the curators' input beside the project, in
 * ../shared, as CI's provenance check reads it): every fact of the whole data holds its sentence's
 * citation group, quotes are verbatim under their headings, and what issue 9 corrected stays
 * corrected in the planned graph. Without the source locally the source half is skipped; under CI
 * a missing source fails, since skipping would hide it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/neo4j/paths.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';
import { prepareSeed } from '../../seed/src/review/pipeline.js';
import { parseSourceText } from '../../seed/src/review/provenance/source-text.js';
import { checkQuotesAgainstSource, provenancesOf } from '../../seed/src/review/provenance/check-quotes.js';
import { formatProblem } from '../../seed/src/validate/problem.js';

const SOURCE = path.resolve(PROJECT_ROOT, '../shared/sources/gep-nen-therapy-review.txt');
const haveSource = existsSync(SOURCE);
if (!haveSource && process.env.CI) throw new Error(`The provenance tests need the review at ${SOURCE}; CI must not skip them.`);

describe('the curated review', async () => {
  const { files, plan } = await prepareSeed(DEFAULT_DATA_DIR);

  it.skipIf(!haveSource)(
    'holds every quote verbatim under its heading and every sentence’s whole citation group, over all of the data',
    () => {
      const source = parseSourceText(readFileSync(SOURCE, 'utf8'));
      const { problems, checked } = checkQuotesAgainstSource(files, source);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(checked).toBe(files.reduce((n, f) => n + provenancesOf(f).length, 0));
      expect(checked).toBeGreaterThan(800);
    },
  );

  it('curates at least a hundred review-level numbers, each about something and with a quote', () => {
    expect(plan.nodes.Observation.length).toBeGreaterThanOrEqual(100);
    const about = new Set(plan.relationships.filter((g) => g.type === 'ABOUT').flatMap((g) => g.rows.map((r) => r.from)));
    for (const o of plan.nodes.Observation) {
      expect(about.has(o.id), o.id).toBe(true);
      expect(typeof o.props.quote, o.id).toBe('string');
    }
  });

  it('stores no pooled surufatinib number as either trial’s own, and no time window as a frequency', () => {
    const trialSae = plan.nodes.Result.filter(
      (r) => ['study:sanet-ep', 'study:sanet-p'].includes(String(r.props.studyId)) && /-sae-/.test(r.id),
    );
    expect(trialSae).toEqual([]);
    const frequencies = plan.relationships
      .filter((g) => g.type === 'HAS_ADVERSE_EVENT')
      .flatMap((g) => g.rows.map((r) => r.props.frequency))
      .filter((f): f is string => typeof f === 'string');
    expect(frequencies.filter((f) => /\b\d+\s*(?:mo|months?|wk|weeks?)\b/.test(f))).toEqual([]);
  });

  it('marks every ongoing trial without results as planned, and only those', () => {
    const planned = plan.nodes.Study.filter((s) => s.props.planned === true).map((s) => s.id);
    expect(planned).toEqual(expect.arrayContaining(['study:netter-2', 'study:neolupanet', 'study:neonec', 'study:seneca']));
    for (const s of plan.nodes.Study)
      expect(s.props.planned === true, s.id).toBe(s.props.status === 'ongoing' && !plan.nodes.Result.some((r) => r.props.studyId === s.id));
  });
});
