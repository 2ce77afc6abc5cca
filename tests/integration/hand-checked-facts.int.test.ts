/**
 * Hand-checked facts across every section of the review, asked of the GraphQL API (not the YAML):
 * each is a study, an endpoint, an arm ("ALL" for the whole study), a statistic and the value the
 * review states ("NR" for not reached), with a quote that holds the number. Then review-level
 * numbers (Observations), counts the review writes in words, effects it states as reductions and
 * what it says of ongoing trials, each checked against the review by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { numbersIn } from '../../seed/src/review/provenance/numbers.js';

type Fact = [study: string, endpoint: string, arm: string, statistic: string, value: number | 'NR'];

const FACTS: Fact[] = [
  ['study:ref19-rectal-net-polypectomy-emr', 'R0', 'Polypectomy', 'rate', 30],
  ['study:ref19-rectal-net-polypectomy-emr', 'R0', 'Conventional EMR', 'range', 17],
  ['study:ref20-rectal-net-modified-emr', 'R0', 'EMR-L', 'range', 93],
  ['study:ref20-rectal-net-modified-emr', 'R0', 'EMR-C', 'range', 71],
  ['study:ref32-gastric-net-esd', 'R0', 'ESD', 'range', 75],
  ['study:ref18', 'R0', 'Endoscopic resection (EMR or ESD)', 'range', 72],
  ['study:ref35-duodenal-net-emr', 'R0', 'EMR-L', 'range', 70],
  ['study:ref36-duodenal-net-esd', 'R0', 'ESD', 'range', 67],
  ['study:ref36-duodenal-net-esd', 'PERFORATION', 'ESD', 'range', 13],
  ['study:ref166', 'CR', 'EUS-RFA', 'range', 71.4],
  ['study:choi-ref168', 'CR', 'Ethanol and lipidiol injection', 'proportion', 60],
  ['study:ref50', 'OS', 'Radical resection', 'median', 97],
  ['study:ref50', 'OS', 'Debulking', 'median', 89],
  ['study:ref50', 'OS', 'Medical treatments', 'median', 36],
  ['study:ref54', 'OS', 'Radical surgery plus adjuvant chemotherapy', 'median', 57.4],
  ['study:ref54', 'OS', 'Radical surgery only', 'median', 38.2],
  ['study:ref54', 'OS', 'ALL', 'hazard_ratio', 0.73],
  ['study:ref56', 'OS', 'ALL', 'rate', 64.5],
  ['study:ref56', 'RFS', 'ALL', 'median', 14],
  ['study:ref59', 'OS', 'ALL', 'hazard_ratio', 0.65],
  ['study:ref63', 'COMPLICATIONS', 'Thermal ablation', 'rate', 3.9],
  ['study:ref72', 'PFS', 'ALL', 'hazard_ratio', 0.41],
  ['study:ref74', 'PFS', 'First-line SSAs', 'median', 11.9],
  ['study:ref75', 'DCR', 'SSA dose escalation', 'range', 30],
  ['study:ref75', 'PFS', 'SSA dose escalation', 'range', 6.8],
  ['study:clarinet-forte', 'SD', 'Lanreotide 120 mg every 2 wk', 'median', 13.8],
  ['study:clarinet-forte', 'DCR', 'Lanreotide 120 mg every 2 wk', 'rate', 33.3],
  ['study:bajetta-ref79', 'ORR', 'IFN-α-2a', 'rate', 64],
  ['study:netter-1', 'PFS', '177Lu-DOTATATE + best supportive care (octreotide 30 mg)', 'rate', 65.2],
  ['study:netter-1', 'PFS', 'High-dose octreotide 60 mg every 4 wk', 'rate', 10.8],
  ['study:ref88', 'DCR', 'Lu-DOTATATE/DOTATOC', 'rate', 80],
  ['study:ref91', 'PFS', 'PRRT', 'median', 19],
  ['study:rudisile-ref95', 'SD', '177Lu-DOTATATE re-treatment', 'proportion', 81.3],
  ['study:ref96', 'OS', 'PRRT re-treatment', 'median', 54],
  ['study:ref97', 'PFS', 'PRRT re-treatment', 'median', 12.52],
  ['study:ref98', 'OS', 'Pre-operative 177Lu-DOTATATE', 'rate', 92.1],
  ['study:ref84', 'DCR', 'PRRT', 'range', 50],
  ['study:radiant-1', 'PFS', 'Everolimus alone', 'median', 9.7],
  ['study:radiant-1', 'PFS', 'Everolimus + Octreotide LAR', 'median', 16.7],
  ['study:radiant-3', 'PFS', 'Everolimus', 'median', 11],
  ['study:radiant-3', 'PFS', 'Placebo', 'median', 4.6],
  ['study:radiant-4', 'PFS', 'Placebo', 'median', 3.9],
  ['study:radiant-4', 'OS', 'ALL', 'hazard_ratio', 0.64],
  ['study:radiant-4', 'SD', 'Everolimus', 'rate', 81],
  ['study:nector', 'DCR', 'Everolimus', 'rate', 39.1],
  ['study:raymond-ref113', 'OS', 'Sunitinib', 'rate', 92.6],
  ['study:raymond-ref113', 'PFS', 'Placebo', 'median', 5.5],
  ['study:ref117', 'PFS', 'Everolimus (comparison cases)', 'median', 14.7],
  ['study:pellat-ref119', 'OS', 'Sunitinib', 'median', 181],
  ['study:sanet-ep', 'PFS', 'Surufatinib', 'median', 9.2],
  ['study:sanet-p', 'PFS', 'Placebo', 'median', 3.7],
  ['study:ref130', 'PFS', 'CAPTEM', 'median', 22.7],
  ['study:ref130', 'PFS', 'Temozolomide alone', 'median', 14.4],
  ['study:ref130', 'OS', 'CAPTEM', 'median', 'NR'],
  ['study:ref131', 'DCR', 'CAPTEM', 'rate', 72.89],
  ['study:ref134', 'OS', 'CAPTEM', 'median', 102.9],
  ['study:ref122', 'ORR', 'STZ/5-FU', 'rate', 42.7],
  ['study:ref122', 'TTP', 'STZ/5-FU', 'median', 19.4],
  ['study:schrader-ref126', 'PFS', 'STZ/5-FU extended 3-mo cycle maintenance', 'median', 23],
  ['study:ref125', 'ORR', 'ALL', 'rate', 21.8],
  ['study:sorbye-ref140', 'OS', 'Palliative chemotherapy', 'median', 11],
  ['study:ref137', 'PFS', 'Temozolomide-based chemotherapy', 'median', 1.8],
  ['study:keynote-158', 'PFS', 'Pembrolizumab, progressive NET cohort', 'median', 4.1],
  ['study:keynote-158', 'OS', 'Pembrolizumab, progressive NET cohort', 'median', 24.2],
  ['study:keynote-028', 'ORR', 'Pembrolizumab, non-pancreatic NET cohort', 'rate', 12],
  ['study:vijayvergia-ref160', 'PFS', 'Pembrolizumab', 'median', 8.9],
  ['study:ref162-spartalizumab', 'DCR', 'Spartalizumab', 'rate', 64.2],
  ['study:dart-swog-1609', 'PR', 'Ipilimumab plus nivolumab, extra-pancreatic NEN cohort', 'rate', 22],
  ['study:ref170', 'PFS', '177Lu-DOTATATE plus metronomic capecitabine', 'median', 31.4],
  ['study:ref169', 'PFS', '177Lu-DOTATATE plus capecitabine and temozolomide', 'median', 31],
  ['study:everlar', 'PFS', 'Everolimus plus SSAs', 'rate', 43.6],
  ['study:ref171', 'PFS', 'PRRT with sandwiched CAPTEM', 'median', 'NR'],
  ['study:ref178', 'OS', 'FAS', 'median', 63],
  ['study:ref180', 'PFS', 'Everolimus after PRRT', 'median', 13.1],
];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const STUDY_RESULTS = `query($id: ID!) { node(id: $id) { ... on Study { id results {
  statistic value notReached endpoint { code } arm { label } provenance { quote section ref } } } } }`;

describe('hand-checked facts through the API', () => {
  it('has at least 60 of them, from every part of the review', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FACTS)('%s reports %s for arm "%s": %s %s', async (study, endpoint, arm, statistic, value) => {
    const res = await app.query(STUDY_RESULTS, { id: study });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node, `${study} is in the graph`).not.toBeNull();
    const matching = res.data!.node.results.filter(
      (r: any) =>
        r.endpoint.code === endpoint &&
        r.statistic === statistic &&
        (arm === 'ALL' ? r.arm === null : r.arm?.label === arm) &&
        (value === 'NR' ? r.notReached : r.value === value),
    );
    expect(
      matching,
      JSON.stringify(res.data!.node.results.map((r: any) => [r.endpoint.code, r.arm?.label, r.statistic, r.value])),
    ).toHaveLength(1);
    const quote = matching[0].provenance.quote as string;
    if (value === 'NR') expect(quote).toMatch(/not reached/i);
    else expect(quote.match(/\d+(?:\.\d+)?/g)!.map(Number)).toContain(value);
  });
});

type ObservationFact = [id: string, statistic: string, value: number, valueHigh: number | null, bound: string | null, unit: string | null];

/** Review-level numbers, each read off the review by hand: "up to 80%" is ≤ 80, a range stays a range. */
const OBSERVATION_FACTS: ObservationFact[] = [
  ['observation:gep-nen-incidence', 'incidence', 3, 5, null, 'cases per 100000 persons per year'],
  ['observation:gep-nen-metastatic-at-diagnosis', 'proportion', 80, null, '<=', '%'],
  ['observation:nen-sstr-expression', 'proportion', 90, null, '~', '%'],
  ['observation:gep-net-liver-metastases-at-diagnosis', 'proportion', 80, null, '<=', '%'],
  ['observation:prrt-progression', 'proportion', 15, 30, null, '%'],
  ['observation:prrt-heterogeneous-sstr', 'proportion', 45, null, '<=', '%'],
  ['observation:etoposide-platinum-expected-rr', 'rate', 30, 70, null, '%'],
  ['observation:oxaliplatin-regimens-expected-dcr', 'rate', 62, 84, null, '%'],
  ['observation:surufatinib-sae-rate', 'proportion', 22, 25, null, '%'],
  ['observation:table1-prevalence-rectal-net', 'prevalence', 8, 30, null, '%'],
  ['observation:table1-prevalence-esophageal-net', 'prevalence', 0.2, null, null, '%'],
  ['observation:gastric-net-eus-size', 'threshold', 10, null, '>=', 'mm'],
  ['observation:gastric-net-eus-ki67', 'threshold', 3, null, '>', '%'],
  ['observation:catheter-therapy-liver-burden', 'threshold', 50, null, '<=', '%'],
  ['observation:tace-albumin', 'threshold', 3.5, null, '<=', 'mg/dL'],
  ['observation:prrt-g3-life-expectancy', 'threshold', 3, 6, '>=', 'months'],
  ['observation:prrt-usual-cycles', 'count', 4, null, null, 'cycles'],
  ['observation:ppq-genes', 'count', 8, null, null, 'genes'],
  ['observation:captem-capecitabine-dose', 'dose', 750, null, null, 'mg/m2'],
  ['observation:duodenal-net-lymphatic-spread', 'proportion', 40, 60, null, '%'],
];

const OBSERVATION = `query($id: ID!) { node(id: $id) { ... on Observation { id statistic value valueHigh bound unit about { id } provenance { quote section } } } }`;

describe('hand-checked review-level numbers through the API', () => {
  it.each(OBSERVATION_FACTS)('%s is %s %s–%s (%s) %s', async (id, statistic, value, valueHigh, bound, unit) => {
    const res = await app.query(OBSERVATION, { id });
    expect(res.errors).toBeUndefined();
    const o = res.data!.node;
    expect(o, `${id} is in the graph`).not.toBeNull();
    expect({ statistic: o.statistic, value: o.value, valueHigh: o.valueHigh, bound: o.bound, unit: o.unit }).toEqual({
      statistic,
      value,
      valueHigh,
      bound,
      unit,
    });
    expect(o.about.length).toBeGreaterThan(0);
    const quoted = numbersIn(o.provenance.quote as string);
    expect(quoted).toContain(value);
    if (valueHigh !== null) expect(quoted).toContain(valueHigh);
  });
});

/** Counts the review writes in words and effects it states as reductions, stored as values. */
const WORD_AND_REDUCTION_FACTS: Fact[] = [
  ['study:dart-swog-1609', 'CR', 'Ipilimumab plus nivolumab, extra-pancreatic NEN cohort', 'count', 1],
  ['study:nector', 'ORR', 'Everolimus', 'count', 0],
  ['study:keynote-028', 'CR', 'ALL', 'count', 0],
  ['study:ref139', 'R0', 'CAPTEM +/- radiotherapy before surgery', 'count', 4],
  ['study:ref139', 'ORR', 'CAPTEM +/- radiotherapy before surgery', 'rate', 100],
  ['study:radiant-4', 'OS', 'ALL', 'relative_risk_reduction', 36],
  ['study:ref72', 'PFS', 'ALL', 'relative_risk_reduction', 41],
];

describe('hand-checked counts in words and relative reductions through the API', () => {
  it.each(WORD_AND_REDUCTION_FACTS)('%s reports %s for arm "%s": %s %s', async (study, endpoint, arm, statistic, value) => {
    const res = await app.query(STUDY_RESULTS, { id: study });
    expect(res.errors).toBeUndefined();
    const matching = res.data!.node.results.filter(
      (r: any) =>
        r.endpoint.code === endpoint &&
        r.statistic === statistic &&
        (arm === 'ALL' ? r.arm === null : r.arm?.label === arm) &&
        r.value === value,
    );
    expect(
      matching,
      JSON.stringify(res.data!.node.results.map((r: any) => [r.endpoint.code, r.arm?.label, r.statistic, r.value])),
    ).toHaveLength(1);
    expect(numbersIn(matching[0].provenance.quote as string)).toContain(value);
  });
});

type PlanFact = [study: string, planned: boolean, nonComparative: boolean, plannedEndpoints: string[]];

/** What the review says of ongoing trials: planned (no results), the endpoints it names, whether it compares. */
const PLAN_FACTS: PlanFact[] = [
  ['study:netter-2', true, false, []],
  ['study:neolupanet', true, false, ['MORBIDITY', 'MORTALITY', 'ORR']],
  ['study:neonec', true, false, ['RFS']],
  ['study:seneca', true, true, []],
  ['study:netter-1', false, false, []],
];

const PLAN = `query($id: ID!) { node(id: $id) { ... on Study { planned nonComparative plannedEndpoints { endpoint { code } } } } }`;

describe('hand-checked ongoing-trial plans through the API', () => {
  it.each(PLAN_FACTS)('%s: planned %s, non-comparative %s, planned endpoints %j', async (study, planned, nonComparative, endpoints) => {
    const res = await app.query(PLAN, { id: study });
    expect(res.errors).toBeUndefined();
    const s = res.data!.node;
    expect({ planned: s.planned, nonComparative: s.nonComparative }).toEqual({ planned, nonComparative });
    expect(s.plannedEndpoints.map((p: { endpoint: { code: string } }) => p.endpoint.code).sort()).toEqual(endpoints);
  });

  it('adds at least 20 hand-checked facts of these kinds', () => {
    expect(OBSERVATION_FACTS.length + WORD_AND_REDUCTION_FACTS.length + PLAN_FACTS.length).toBeGreaterThanOrEqual(20);
  });
});
