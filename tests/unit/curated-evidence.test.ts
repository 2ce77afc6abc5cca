/**
 * The curated review itself: every file valid, every number of every fact inside its own quote,
 * no name or alias shared by two nodes. (Quotes verbatim in the source: `npm run check:provenance`.)
 */
import { describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../seed/src/review/read-seed-files.js';
import { validateSeed } from '../../seed/src/review/validate-seed.js';
import { formatProblem } from '../../seed/src/validate/problem.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';
import { planGraph } from '../../seed/src/review/plan-review.js';
import { provenancesOf } from '../../seed/src/review/provenance/check-quotes.js';

describe('curated evidence', async () => {
  const outcome = validateSeed(await readSeedFiles(DEFAULT_DATA_DIR));

  it('has no validation problem (numbers in quotes, links, unique names and aliases)', () => {
    expect(outcome.problems.map(formatProblem)).toEqual([]);
  });

  it('gives every fact a quote and a section', () => {
    const provenances = outcome.files.flatMap((f) => provenancesOf(f).map((p) => ({ ...p, fileSection: f.data.section })));
    expect(provenances.length).toBeGreaterThan(600);
    for (const p of provenances) {
      expect(p.provenance.quote.length, p.entry).toBeGreaterThan(0);
      expect(p.provenance.section ?? p.fileSection, p.entry).toBeTruthy();
    }
  });

  it('covers every targeted-therapy trial of the first slice', () => {
    const plan = planGraph(outcome.files);
    const studies = plan.nodes.Study.map((s) => s.id);
    expect(studies).toEqual(
      expect.arrayContaining([
        'study:radiant-1',
        'study:radiant-3',
        'study:radiant-4',
        'study:raymond-ref113',
        'study:sanet-p',
        'study:sanet-ep',
        'study:nector',
      ]),
    );
  });

  it('has a Reference node for every number the review cites, 1 to 181', () => {
    const numbers = planGraph(outcome.files)
      .nodes.Reference.map((r) => r.props.number as number)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 181 }, (_, i) => i + 1));
  });

  it('plans the same graph, with the same hash, every time', () => {
    expect(planGraph(outcome.files).hash).toBe(planGraph(outcome.files).hash);
  });
});
