/**
 * Synthetic interventions and conditions are skewed like the registry's: a few hubs (placebo,
 * common drugs, the review's drugs) in a large share of studies, a long tail in very few; and the
 * Zipf sampler behind them draws ranks with the probabilities it claims.
 */
import { describe, expect, it } from 'vitest';
import { Random, ZipfSampler } from '../../seed/src/synthetic/random.js';
import { syntheticStudy } from '../../seed/src/synthetic/study.js';
import { NEN_CONDITIONS, OTHER_CONDITIONS } from '../../seed/src/synthetic/vocabulary.js';
import { must } from '../../kernel/must.js';

const N = 3000;
const studies = Array.from({ length: N }, (_, i) => syntheticStudy(i, 42).protocolSection as any);

/** How many studies name each value. */
function studiesPer(values: (s: any) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of studies) for (const v of new Set(values(s))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe('skew of the synthetic registry', () => {
  it('puts the top intervention (placebo) in a large share of studies and most interventions in very few', () => {
    const perIntervention = studiesPer((s) => (s.armsInterventionsModule.interventions ?? []).map((i: { name: string }) => i.name));
    const ranked = [...perIntervention.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked.length).toBeGreaterThan(0);
    const [topName, topCount] = ranked[0]!;
    expect(topName).toBe('Placebo');
    expect(topCount / N).toBeGreaterThan(0.1);
    const counts = ranked.map(([, n]) => n).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(2);
    expect(perIntervention.size).toBeGreaterThan(500);
    // The review's drugs are hubs too, so the hubs join its vocabulary.
    expect(perIntervention.get('Everolimus')! / N).toBeGreaterThan(0.01);
    expect(perIntervention.get('Sunitinib')! / N).toBeGreaterThan(0.005);
  });

  it('draws conditions from a few thousand names, NEN conditions in about one study in twenty', () => {
    expect(OTHER_CONDITIONS.length + NEN_CONDITIONS.length).toBeGreaterThan(2000);
    const perCondition = studiesPer((s) => s.conditionsModule.conditions);
    expect(perCondition.size).toBeGreaterThan(500);
    const nen = studies.filter((s) => s.conditionsModule.conditions.some((c: string) => NEN_CONDITIONS.includes(c))).length / N;
    expect(nen).toBeGreaterThan(0.03);
    expect(nen).toBeLessThan(0.07);
  });

  it('samples Zipf ranks with probability proportional to 1/(rank+1)^s', () => {
    const zipf = new ZipfSampler(100, 1);
    const random = new Random(1);
    const draws = 100_000;
    const hits = new Array<number>(100).fill(0);
    const hitsOf = (rank: number) => must(hits[rank], `a rank below 100, not ${rank}`);
    for (let i = 0; i < draws; i++) {
      const rank = zipf.sample(random);
      hits[rank] = hitsOf(rank) + 1;
    }
    for (const rank of [0, 1, 9]) {
      expect(hitsOf(rank) / draws).toBeCloseTo(zipf.probability(rank), 2);
    }
    expect(zipf.probability(0) / zipf.probability(9)).toBeCloseTo(10, 5);
  });
});
