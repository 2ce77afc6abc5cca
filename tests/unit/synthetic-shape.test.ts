/**
 * Synthetic records have the registry's shape: every one passes the importer's validation and is
 * planned whole, ids can never be real, titles say "Synthetic:", 1-4 typed arms, results for about
 * a fifth (medians with 95% CIs, proportions, hazard ratios, adverse events per group), a few KB
 * each, and names that join the review's vocabulary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRegistry } from '../../seed/src/ctgov/pipeline.js';
import type { RawRecord } from '../../seed/src/ctgov/read-records.js';
import { VocabularyResolver, vocabularyFromPlans, type RegistryVocabulary } from '../../seed/src/ctgov/resolve.js';
import { validateRecord } from '../../seed/src/ctgov/validate-record.js';
import { prepareSeed } from '../../seed/src/review/pipeline.js';
import { syntheticStudy, type SyntheticStudy } from '../../seed/src/synthetic/study.js';
import { NEN_CONDITIONS } from '../../seed/src/synthetic/vocabulary.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';

const SEED = 42;
const studies: SyntheticStudy[] = Array.from({ length: 1500 }, (_, i) => syntheticStudy(i, SEED));
let vocabulary: RegistryVocabulary;

beforeAll(async () => {
  vocabulary = vocabularyFromPlans([(await prepareSeed(DEFAULT_DATA_DIR)).plan]);
});

async function* asRecords(list: SyntheticStudy[]): AsyncGenerator<RawRecord> {
  for (let i = 0; i < list.length; i++) yield { file: 'synthetic.zip', position: i + 1, value: JSON.parse(JSON.stringify(list[i])) };
}

const p = (s: SyntheticStudy) => s.protocolSection as any;
const results = (s: SyntheticStudy) => s.resultsSection as any;

describe('synthetic records in the registry shape', () => {
  it("passes the importer's validation and is planned whole: nothing rejected, no value or adverse event left out", async () => {
    const problems = studies.slice(0, 400).flatMap((s, i) => {
      const check = validateRecord({ file: 'synthetic.zip', position: i + 1, value: JSON.parse(JSON.stringify(s)) });
      return check.ok ? [] : check.problems;
    });
    expect(problems).toEqual([]);
    const prepared = await prepareRegistry(asRecords(studies.slice(0, 400)), { vocabulary, links: [], loadId: 'ctgov:test' });
    expect(prepared.counts).toEqual({ read: 400, accepted: 400, rejected: 0 });
    expect(prepared.stats.studies).toBe(400);
    expect(prepared.stats.valuesLeftOut).toBe(0);
    expect(prepared.stats.adverseEventsLeftOut).toBe(0);
    expect(prepared.stats.results).toBeGreaterThan(100);
  });

  it('uses NCT ids the registry has not issued and starts every brief title with "Synthetic:"', () => {
    for (const s of studies) {
      expect(p(s).identificationModule.nctId).toMatch(/^NCT9\d{7}$/);
      expect(p(s).identificationModule.briefTitle.startsWith('Synthetic:')).toBe(true);
    }
    expect(studies.length).toBeGreaterThan(0);
    expect(p(studies[0]!).identificationModule.nctId).toBe('NCT90000001');
  });

  it('gives 1 to 4 arm groups, interventional ones typed EXPERIMENTAL, PLACEBO_COMPARATOR or ACTIVE_COMPARATOR', () => {
    const counts = new Set<number>();
    const types = new Set<string>();
    for (const s of studies) {
      const arms = p(s).armsInterventionsModule.armGroups as { label: string; type?: string }[];
      counts.add(arms.length);
      expect(new Set(arms.map((a) => a.label)).size).toBe(arms.length);
      if (p(s).designModule.studyType === 'INTERVENTIONAL') for (const a of arms) types.add(a.type!);
    }
    expect([...counts].sort()).toEqual([1, 2, 3, 4]);
    expect([...types].sort()).toEqual(['ACTIVE_COMPARATOR', 'EXPERIMENTAL', 'PLACEBO_COMPARATOR']);
  });

  it('posts results for about a fifth: medians in months with 95% CIs, proportions, hazard ratios with CI and p, adverse events per arm', () => {
    const posted = studies.filter((s) => s.hasResults);
    expect(posted.length / studies.length).toBeGreaterThan(0.15);
    expect(posted.length / studies.length).toBeLessThan(0.25);
    const measures = posted.flatMap((s) => results(s).outcomeMeasuresModule.outcomeMeasures as any[]);
    const medians = measures.filter((m) => m.paramType === 'MEDIAN');
    expect(medians.length).toBeGreaterThan(50);
    expect(medians.every((m) => m.unitOfMeasure === 'months' && m.dispersionType === '95% Confidence Interval')).toBe(true);
    expect(measures.some((m) => m.paramType === 'NUMBER' && m.unitOfMeasure === 'percentage of participants')).toBe(true);
    const hazardRatios = measures.flatMap((m) => (m.analyses ?? []) as any[]).filter((a) => a.paramType === 'Hazard Ratio (HR)');
    expect(hazardRatios.length).toBeGreaterThan(20);
    for (const hr of hazardRatios) {
      expect(Number(hr.ciLowerLimit)).toBeLessThanOrEqual(Number(hr.paramValue));
      expect(Number(hr.ciUpperLimit)).toBeGreaterThanOrEqual(Number(hr.paramValue));
      expect(hr.pValue).toMatch(/^(<0\.001|0\.\d{3}|1\.000)$/);
    }
    for (const s of posted) {
      const labels = (p(s).armsInterventionsModule.armGroups as { label: string }[]).map((a) => a.label);
      const events = results(s).adverseEventsModule;
      expect(events.eventGroups.map((g: { title: string }) => g.title)).toEqual(labels);
      expect(events.seriousEvents.length).toBeGreaterThan(0);
      expect(events.otherEvents.length).toBeGreaterThan(0);
    }
  });

  it('is a few KB of JSON a study, like the registry', () => {
    const sizes = studies.map((s) => JSON.stringify(s).length).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)];
    expect(median).toBeGreaterThan(2_000);
    expect(median).toBeLessThan(20_000);
  });

  it("joins the review's vocabulary: NEN conditions name its populations, hub drugs are its interventions", async () => {
    const resolver = new VocabularyResolver(vocabulary);
    const linked = NEN_CONDITIONS.filter((c) => resolver.population(c) !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(10);
    expect(resolver.intervention('Placebo')).toBe('intervention:placebo');
    expect(resolver.intervention('Everolimus')).toBe('intervention:everolimus');
    expect(resolver.intervention('Sunitinib')).toBe('intervention:sunitinib');
    const prepared = await prepareRegistry(asRecords(studies), { vocabulary, links: [], loadId: 'ctgov:test' });
    expect(prepared.stats.populationLinks).toBeGreaterThan(10);
    expect(prepared.stats.interventionsMatched).toBeGreaterThan(prepared.stats.studies / 2);
    expect(prepared.stats.links).toEqual({ NCT: 0, ACRONYM: 0, CURATED: 0 });
  });
});
