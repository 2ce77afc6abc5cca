/** The registry importer's mapping: a synthetic ClinicalTrials.gov record becomes a Study, arms, results and adverse-event counts with the record's own words as provenance. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareSeed } from '../../seed/src/review/pipeline.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';
import { vocabularyFromPlans, type RegistryVocabulary } from '../../seed/src/ctgov/resolve.js';
import { prepareRegistry, type PreparedRegistry } from '../../seed/src/ctgov/pipeline.js';
import { readRecords, recordsOfText } from '../../seed/src/ctgov/read-records.js';
import {
  ciLevelOf,
  endpointCodeOf,
  interventionKindOf,
  numberOf,
  parseInterventionName,
  ratioOf,
  statisticOf,
} from '../../seed/src/ctgov/plan-records.js';
import type { GraphPlan, NodeRow, RelationshipRow } from '../../seed/src/plan/plan-builder.js';
import type { NodeLabel, RelationshipType } from '../../kernel/vocabulary.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ctgov/records');

let vocabulary: RegistryVocabulary;
let prepared: PreparedRegistry;
let plan: GraphPlan;

beforeAll(async () => {
  vocabulary = vocabularyFromPlans([(await prepareSeed(DEFAULT_DATA_DIR)).plan]);
  prepared = await prepareRegistry(readRecords(FIXTURES), { vocabulary, links: [], loadId: 'ctgov:test' });
  plan = prepared.plan;
});

const node = (label: NodeLabel, id: string): NodeRow => {
  const row = plan.nodes[label].find((n) => n.id === id);
  if (!row) throw new Error(`no ${label} ${id} in the plan; it has ${plan.nodes[label].map((n) => n.id).join(', ')}`);
  return row;
};
const rels = (type: RelationshipType): RelationshipRow[] => plan.relationships.filter((g) => g.type === type).flatMap((g) => g.rows);
const relsFrom = (type: RelationshipType, from: string) => rels(type).filter((r) => r.from === from);

async function planOne(record: unknown, vocab = vocabulary): Promise<PreparedRegistry> {
  async function* one() {
    yield* recordsOfText('inline.json', JSON.stringify(record));
  }
  return prepareRegistry(one(), { vocabulary: vocab, links: [], loadId: 'ctgov:test' });
}

describe('registry records as studies', () => {
  it('maps identification, status and design to a Study with the record as provenance', () => {
    const s = node('Study', 'study:nct99999901').props;
    expect(s).toMatchObject({
      name: 'NCT99999901: SYNTH-1',
      nct: 'NCT99999901',
      acronym: 'SYNTH-1',
      design: 'randomized_controlled_trial',
      phase: 'III',
      phases: ['PHASE3'],
      status: 'active, not recruiting',
      overallStatus: 'ACTIVE_NOT_RECRUITING',
      enrolled: 120,
      enrollmentType: 'ACTUAL',
      masking: 'QUADRUPLE',
      startDate: '2020-01',
      primaryCompletionDate: '2022-06-30',
      completionDate: '2025-12',
      registryUrl: 'https://clinicaltrials.gov/study/NCT99999901',
      summary: 'Registry record NCT99999901: Synthetic test record: Synthdrug A versus matching placebo',
      quote: 'Synthetic test record: a randomized, double-blind phase III trial of Synthdrug A versus matching placebo',
      locator: 'protocolSection.identificationModule.officialTitle',
      section: 'ClinicalTrials.gov NCT99999901',
    });
    expect(s).not.toHaveProperty('ref');
    expect(s).not.toHaveProperty('aliases');
  });

  it('plans nothing Neo4j cannot store for a thin record: no nulls, and a status it does not give is "not stated"', () => {
    const s = node('Study', 'study:nct99999902').props;
    expect(s).toMatchObject({
      name: 'NCT99999902: Synthetic test record: RAD001 in two cohorts',
      design: 'non_randomized_trial',
      phase: 'II',
      enrolled: 40,
      status: 'not stated',
    });
    expect(s).not.toHaveProperty('overallStatus');
    expect(s).not.toHaveProperty('acronym');
    expect(s.locator).toBe('protocolSection.identificationModule.briefTitle');
    for (const rows of Object.values(plan.nodes)) {
      for (const r of rows)
        for (const v of Object.values(r.props)) expect(v === null || (typeof v === 'object' && !Array.isArray(v))).toBe(false);
    }
  });

  it('gives arms ids from their labels, their type and their place in the record', () => {
    expect(node('Arm', 'arm:nct99999901-synthdrug-a-10-mg').props).toMatchObject({
      name: 'NCT99999901: Synthdrug A 10 mg',
      label: 'Synthdrug A 10 mg',
      armType: 'EXPERIMENTAL',
      studyId: 'study:nct99999901',
      quote: 'Synthdrug A 10 mg',
      locator: 'protocolSection.armsInterventionsModule.armGroups[0]',
      section: 'ClinicalTrials.gov NCT99999901',
    });
    expect(
      relsFrom('HAS_ARM', 'study:nct99999901')
        .map((r) => r.to)
        .sort(),
    ).toEqual(['arm:nct99999901-matching-placebo', 'arm:nct99999901-synthdrug-a-10-mg']);
  });

  it('links each arm to what it received, by "Type: Name" and by the intervention\'s arm labels', () => {
    expect(relsFrom('RECEIVED', 'arm:nct99999901-synthdrug-a-10-mg').map((r) => r.to)).toEqual(['intervention:ctgov-synthdrug-a']);
    expect(relsFrom('RECEIVED', 'arm:nct99999901-matching-placebo').map((r) => r.to)).toEqual(['intervention:ctgov-synthdrug-a-placebo']);
    expect(
      relsFrom('EVALUATES', 'study:nct99999901')
        .map((r) => r.to)
        .sort(),
    ).toEqual(['intervention:ctgov-synthdrug-a', 'intervention:ctgov-synthdrug-a-placebo']);
  });

  it("resolves RAD001 to intervention:everolimus through its other name and never re-declares the review's node", () => {
    expect(relsFrom('RECEIVED', 'arm:nct99999902-cohort-1').map((r) => r.to)).toEqual(['intervention:everolimus']);
    expect(relsFrom('EVALUATES', 'study:nct99999902').map((r) => r.to)).toEqual(['intervention:everolimus']);
    expect(plan.nodes.Intervention.map((n) => n.id)).not.toContain('intervention:everolimus');
    expect(plan.references.map((r) => r.id)).toContain('intervention:everolimus');
  });

  it('declares an intervention the graph does not know under ctgov-, with its other names and a kind', () => {
    expect(node('Intervention', 'intervention:ctgov-synthdrug-a').props).toEqual({
      id: 'intervention:ctgov-synthdrug-a',
      name: 'Synthdrug A',
      aliases: ['SYN-001'],
      kind: 'drug',
      registryType: 'DRUG',
    });
    expect(node('Intervention', 'intervention:ctgov-synthdrug-a-placebo').props.kind).toBe('placebo');
  });

  it('links a condition equal to a population alias, and leaves a near miss in conditions only', () => {
    expect(relsFrom('ENROLLS', 'study:nct99999901').map((r) => r.to)).toEqual(['population:pan-net']);
    expect(node('Study', 'study:nct99999901').props.conditions).toEqual([
      'Pancreatic Neuroendocrine Tumors',
      'Pancreatic neuroendocrine tumour, synthetic',
    ]);
    expect(relsFrom('ENROLLS', 'study:nct99999902')).toEqual([]);
  });
});

describe('registry results', () => {
  it("plans a median with its 95% CI, unit, time frame, arm and the record's words", () => {
    expect(node('Result', 'result:nct99999901-om0-og000').props).toMatchObject({
      name: 'NCT99999901 · Synthdrug A 10 mg · PFS median: 11.4 months',
      statistic: 'median',
      value: 11.4,
      unit: 'months',
      ciLow: 10.8,
      ciHigh: 14.8,
      ciLevel: 95,
      notReached: false,
      timepoint: 'Up to 36 months',
      studyId: 'study:nct99999901',
      armId: 'arm:nct99999901-synthdrug-a-10-mg',
      nct: 'NCT99999901',
      quote: 'Progression-Free Survival (PFS) — Synthdrug A 10 mg: 11.4 months (95% CI 10.8 to 14.8)',
      locator: 'resultsSection.outcomeMeasuresModule.outcomeMeasures[0].classes[0].categories[0].measurements[0]',
      section: 'ClinicalTrials.gov NCT99999901',
    });
    expect(relsFrom('REPORTED', 'arm:nct99999901-synthdrug-a-10-mg').map((r) => r.to)).toContain('result:nct99999901-om0-og000');
    expect(relsFrom('OF_ENDPOINT', 'result:nct99999901-om0-og000').map((r) => r.to)).toEqual(['endpoint:pfs']);
    expect(
      relsFrom('MEASURES', 'study:nct99999901')
        .map((r) => r.to)
        .sort(),
    ).toEqual(['endpoint:ctgov-change-in-synthetic-symptom-score', 'endpoint:orr', 'endpoint:os', 'endpoint:pfs']);
  });

  it('plans a hazard ratio with CI and p, comparing the experimental arm (treatment) with the placebo arm (control)', () => {
    expect(node('Result', 'result:nct99999901-om0-a0').props).toMatchObject({
      statistic: 'hazard_ratio',
      value: 0.35,
      ciLow: 0.27,
      ciHigh: 0.46,
      ciLevel: 95,
      pValue: '<0.001',
      pValueBound: '<',
      quote: 'Progression-Free Survival (PFS) — Hazard Ratio (HR) 0.35 (95% CI 0.27 to 0.46), p<0.001',
      locator: 'resultsSection.outcomeMeasuresModule.outcomeMeasures[0].analyses[0]',
      name: 'NCT99999901 · Synthdrug A 10 mg vs Matching placebo · PFS hazard ratio: HR 0.35',
    });
    const compares = relsFrom('COMPARES', 'result:nct99999901-om0-a0').map((r) => [r.to, r.props]);
    expect(compares).toEqual(
      expect.arrayContaining([
        ['arm:nct99999901-synthdrug-a-10-mg', { role: 'treatment' }],
        ['arm:nct99999901-matching-placebo', { role: 'control' }],
      ]),
    );
    expect(relsFrom('REPORTED', 'study:nct99999901').map((r) => r.to)).toEqual(['result:nct99999901-om0-a0']);
  });

  it('falls back to the order of the groups for COMPARES when arm types do not tell, and says so', () => {
    const compares = Object.fromEntries(relsFrom('COMPARES', 'result:nct99999902-om0-a0').map((r) => [r.to, r.props]));
    expect(compares).toEqual({
      'arm:nct99999902-cohort-1': { role: 'treatment', roleBasis: 'order' },
      'arm:nct99999902-cohort-2': { role: 'control', roleBasis: 'order' },
    });
    expect(node('Result', 'result:nct99999902-om0-a0').props).toMatchObject({
      value: 0.8,
      pValue: '0.21',
      pValueBound: '=',
      quote: 'Time to Tumor Progression — Hazard Ratio (HR) 0.80, p=0.21',
    });
    expect(node('Result', 'result:nct99999902-om0-a0').props).not.toHaveProperty('ciLow');
  });

  it('marks a median the record calls not reached, with no value', () => {
    const r = node('Result', 'result:nct99999901-om1-og000').props;
    expect(r).toMatchObject({
      notReached: true,
      name: 'NCT99999901 · Synthdrug A 10 mg · OS median: not reached',
      lowerLimit: '30.1',
      upperLimit: 'NA',
      dispersionType: '95% Confidence Interval',
    });
    expect(r).not.toHaveProperty('value');
    expect(r).not.toHaveProperty('ciLow');
  });

  it('keeps a dispersion that is not a confidence interval as written', () => {
    expect(node('Result', 'result:nct99999902-om0-og000').props).toMatchObject({
      value: 8.2,
      dispersionType: 'Full Range',
      lowerLimit: '1.2',
      upperLimit: '20.5',
      quote: 'Time to Tumor Progression — Cohort 1: 8.2 months (Full Range 1.2 to 20.5)',
    });
    expect(node('Result', 'result:nct99999901-om3-og000').props).toMatchObject({
      statistic: 'mean',
      value: -2.5,
      dispersionType: 'Standard Deviation',
      spread: '1.1',
      unit: 'units on a scale',
    });
  });

  it('leaves out a reported value that is not a number, and counts it', () => {
    expect(plan.nodes.Result.map((r) => r.id)).not.toContain('result:nct99999901-om3-og001');
    expect(prepared.stats.valuesLeftOut).toBe(1);
    expect(prepared.stats.results).toBe(13);
  });

  it('suffixes result ids with class and category when a measure has several, and reads NUMBER in percent as a proportion', () => {
    expect(node('Result', 'result:nct99999901-om2-og001-c0k1').props).toMatchObject({
      statistic: 'proportion',
      value: 0,
      unit: 'percentage of participants',
      categoryTitle: 'Complete response',
      quote: 'Objective Response Rate (Best Overall Response) (Complete response) — Matching placebo: 0.0 percentage of participants',
    });
    expect(relsFrom('OF_ENDPOINT', 'result:nct99999901-om2-og001-c0k1').map((r) => r.to)).toEqual(['endpoint:orr']);
  });

  it('declares an endpoint for a title no code matches, coded OTHER', () => {
    expect(node('Endpoint', 'endpoint:ctgov-change-in-synthetic-symptom-score').props).toMatchObject({
      name: 'Change in Synthetic Symptom Score',
      code: 'OTHER',
    });
    expect(plan.nodes.Endpoint.map((e) => e.id)).not.toContain('endpoint:pfs');
  });

  it('declares endpoint:<code> with its usual name when the vocabulary has no endpoint of the code', async () => {
    const { plan: p } = await planOne(
      {
        protocolSection: { identificationModule: { nctId: 'NCT99999905', briefTitle: 'Synthetic test record: OS only' } },
        resultsSection: {
          outcomeMeasuresModule: {
            outcomeMeasures: [
              {
                title: 'Overall Survival',
                paramType: 'MEDIAN',
                unitOfMeasure: 'months',
                groups: [{ id: 'OG000', title: 'All' }],
                classes: [{ categories: [{ measurements: [{ groupId: 'OG000', value: '20.1' }] }] }],
              },
            ],
          },
        },
      },
      { ...vocabulary, endpoints: [] },
    );
    expect(p.nodes.Endpoint.map((e) => [e.id, e.props.name, e.props.code])).toEqual([['endpoint:os', 'Overall survival', 'OS']]);
    expect(p.relationships.find((g) => g.type === 'REPORTED')!.rows.map((r) => r.from)).toEqual(['study:nct99999905']);
  });

  it('keeps two long outcome titles that differ only past 60 characters apart (each its own endpoint, named by its own title)', async () => {
    const measure = (title: string) => ({
      title,
      paramType: 'MEAN',
      unitOfMeasure: 'mm',
      groups: [{ id: 'OG000', title: 'All' }],
      classes: [{ categories: [{ measurements: [{ groupId: 'OG000', value: '12.5' }] }] }],
    });
    const week8 = 'Change From Baseline in Visual Analogue Scale for Anxiety at Week 8';
    const week12 = 'Change From Baseline in Visual Analogue Scale for Anxiety at Week 12';
    const { plan: p } = await planOne({
      protocolSection: { identificationModule: { nctId: 'NCT99999906', briefTitle: 'Synthetic test record: two time points' } },
      resultsSection: { outcomeMeasuresModule: { outcomeMeasures: [measure(week8), measure(week12)] } },
    });
    const endpoints = p.nodes.Endpoint.map((e) => [e.id, e.props.name]);
    expect(endpoints).toHaveLength(2);
    expect(endpoints.map(([, name]) => name).sort()).toEqual([week12, week8]);
    for (const [id] of endpoints)
      expect(id).toMatch(/^endpoint:ctgov-change-from-baseline-in-visual-analogue-scale-for-anxiety-at-[0-9a-f]{10}$/);
    const endpointOf = (om: number) =>
      p.relationships.find((g) => g.type === 'OF_ENDPOINT')!.rows.find((r) => r.from.includes(`-om${om}-`))!.to;
    expect(p.nodes.Endpoint.find((e) => e.id === endpointOf(1))!.props.name).toBe(week12);
  });
});

describe('registry adverse events', () => {
  it("plans each count from the intervention the group's arm received, as its own fact", () => {
    const facts = rels('HAS_ADVERSE_EVENT').filter((r) => r.to === 'adverse-event:stomatitis');
    expect(facts.map((f) => [f.from, f.props.value, f.props.atRisk, f.props.seriousness]).sort()).toEqual([
      ['intervention:ctgov-synthdrug-a', 7, 60, 'serious'],
      ['intervention:ctgov-synthdrug-a-placebo', 0, 59, 'serious'],
    ]);
    expect(facts.find((f) => f.props.value === 7)!.props).toMatchObject({
      unit: 'patients',
      studyId: 'study:nct99999901',
      armId: 'arm:nct99999901-synthdrug-a-10-mg',
      quote: 'Stomatitis: 7 of 60 (Synthdrug A 10 mg)',
      locator: 'resultsSection.adverseEventsModule.seriousEvents[0].stats[0]',
      section: 'ClinicalTrials.gov NCT99999901',
    });
    expect(new Set(rels('HAS_ADVERSE_EVENT').map((r) => r.key)).size).toBe(4);
  });

  it('resolves a term the review knows and declares one it does not, with its organ system', () => {
    expect(plan.references.map((r) => r.id)).toContain('adverse-event:stomatitis');
    expect(node('AdverseEvent', 'adverse-event:ctgov-synthetic-elbow-rash').props).toMatchObject({
      name: 'Synthetic elbow rash',
      category: 'Skin and subcutaneous tissue disorders',
    });
  });
});

describe('registry ownership', () => {
  it('owns every row of a record by the record, scopes the plan to the accepted records and anchors it at their studies', () => {
    expect(plan.scopes).toEqual(['ctgov:NCT99999901', 'ctgov:NCT99999902']);
    expect(node('Study', 'study:nct99999901').owners).toEqual(['ctgov:NCT99999901']);
    expect(relsFrom('RECEIVED', 'arm:nct99999902-cohort-1')[0]?.owners).toEqual(['ctgov:NCT99999902']);
    expect(plan.anchors).toEqual(['study:ctgov-nct99999901', 'study:ctgov-nct99999902', 'study:nct99999901', 'study:nct99999902']);
  });

  it('records the use of a review node as the registry as a whole, so a hub lists one user, not one per record', () => {
    expect(plan.references.find((r) => r.id === 'intervention:everolimus')!.owners).toEqual(['ctgov']);
  });

  it('declares shared registry-only vocabulary as the registry as a whole, however many records declare it', async () => {
    const record = (nct: string) => ({
      protocolSection: {
        identificationModule: { nctId: nct, briefTitle: 'Synthetic test record: shared placebo' },
        armsInterventionsModule: { interventions: [{ type: 'DRUG', name: 'Synthetic sugar pill' }] },
      },
    });
    async function* two() {
      yield* recordsOfText('a.json', JSON.stringify(record('NCT99999906')));
      yield* recordsOfText('b.json', JSON.stringify(record('NCT99999907')));
    }
    const { plan: p } = await prepareRegistry(two(), { vocabulary, links: [], loadId: 'ctgov:test' });
    expect(p.nodes.Intervention.find((n) => n.id === 'intervention:ctgov-synthetic-sugar-pill')!.owners).toEqual(['ctgov']);
    expect(p.relationships.find((g) => g.type === 'EVALUATES')!.rows.map((r) => r.owners)).toEqual([
      ['ctgov:NCT99999906'],
      ['ctgov:NCT99999907'],
    ]);
  });

  it("gives a record whose study id the review already uses a ctgov- id, so the review's study stays the review's", async () => {
    const { plan: p } = await planOne({
      protocolSection: { identificationModule: { nctId: 'NCT02248012', briefTitle: 'Synthetic test record: id clash' } },
    });
    expect(p.nodes.Study.map((s) => s.id)).toEqual(['study:ctgov-nct02248012']);
  });
});

describe('registry vocabulary words', () => {
  it.each([
    ['Progression-Free Survival (PFS)', 'PFS'],
    ['Time to Progression Free Survival (PFS) Based as Per Investigator', 'PFS'],
    ['Overall Survival', 'OS'],
    ['Objective Response Rate', 'ORR'],
    ['Percentage of Participants With Overall Response Rate', 'ORR'],
    ['Disease Control Rate', 'DCR'],
    ['Time to Tumour Progression', 'TTP'],
    ['Number of Participants With Adverse Events', 'OTHER'],
  ])('reads the endpoint of "%s" as %s', (title, code) => {
    expect(endpointCodeOf(title)).toBe(code);
  });

  it('reads statistics, ratios, numbers and CI levels as the registry writes them', () => {
    expect(statisticOf('NUMBER', 'percentage of participants')).toBe('proportion');
    expect(statisticOf('NUMBER', '%')).toBe('proportion');
    expect(statisticOf('NUMBER', 'participants')).toBe('number');
    expect(statisticOf('COUNT_OF_PARTICIPANTS', 'Participants')).toBe('count');
    expect(statisticOf('GEOMETRIC_MEAN', 'ng/mL')).toBe('geometric_mean');
    expect(statisticOf('LEAST_SQUARES_MEAN', 'units')).toBe('least_squares_mean');
    expect(ratioOf('Hazard Ratio (HR)')).toBe('hazard_ratio');
    expect(ratioOf('Odds Ratio (OR)')).toBe('odds_ratio');
    expect(ratioOf('Risk Ratio (RR)')).toBe('risk_ratio');
    expect(ratioOf('Mean Difference (Final Values)')).toBeUndefined();
    expect([numberOf('18.9'), numberOf('-1.2'), numberOf('NA'), numberOf('>12'), numberOf('1.2-3.4')]).toEqual([
      18.9,
      -1.2,
      undefined,
      undefined,
      undefined,
    ]);
    expect(ciLevelOf('95% Confidence Interval')).toEqual({ written: '95', level: 95 });
    expect(ciLevelOf('97.5% Confidence Interval')).toEqual({ written: '97.5', level: 97.5 });
    expect(ciLevelOf('Standard Deviation')).toBeUndefined();
  });

  it('reads "Type: Name" intervention labels and the kind of a registry-only intervention', () => {
    expect(parseInterventionName('Drug: Everolimus')).toEqual({ type: 'DRUG', name: 'Everolimus' });
    expect(parseInterventionName('Dietary Supplement: Vitamin D')).toEqual({ type: 'DIETARY_SUPPLEMENT', name: 'Vitamin D' });
    expect(parseInterventionName('177Lu: a label that is no type')).toEqual({ name: '177Lu: a label that is no type' });
    expect(interventionKindOf('Everolimus Placebo', 'DRUG')).toBe('placebo');
    expect(interventionKindOf('Pembrolizumab', 'BIOLOGICAL')).toBe('drug');
    expect(interventionKindOf('EUS guided radiofrequency ablation', 'DEVICE')).toBe('procedure');
    expect(interventionKindOf('Quality of Life Assessment', 'OTHER')).toBe('strategy');
    expect(interventionKindOf('Surufatinib', undefined)).toBe('strategy');
  });
});
