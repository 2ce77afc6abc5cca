/**
 * Every number of the review queryable and every label exactly as true as the source, asked of
 * the GraphQL API over the seeded graph: Observations (review-level numbers) with what they are
 * about, searchable, counted, on the canvas and in Compare; relative effects stored as reductions;
 * counts written in words stored as values; ongoing trials as plans; whole citation groups on every
 * fact; pooled numbers on the intervention; sites and grades only where stated; a frequency that
 * is a frequency; a non-comparative trial never a comparison; the review's numbers never replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';
import { prepareSeed } from '../../seed/src/review/pipeline.js';
import { referencesOf } from '../../kernel/citations.js';
import { FIND_COMPARISON_OBSERVATIONS } from '../../server/src/compare/repository.js';
import { relatedStatement } from '../../server/src/nodes/repository.js';
import {
  createFulltextStatement,
  dropIndexStatement,
  dropStaleFulltextIndex,
  FIND_FULLTEXT_INDEX,
} from '../../seed/src/write/write-graph.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function ask<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await app.query(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const OBSERVATION = `query($id: ID!) { node(id: $id) { id kind name ... on Observation {
  statistic value valueHigh bound unit timepoint valueText
  about { id kind } basis { id }
  provenance { ref refs section quote source { kind } } } } }`;

describe('observations: review-level numbers', () => {
  it('holds DP during PRRT as a range about PRRT and disease progression, with its verbatim quote', async () => {
    const { node } = await ask(OBSERVATION, { id: 'observation:prrt-progression' });
    expect(node).toMatchObject({
      kind: 'OBSERVATION',
      statistic: 'proportion',
      value: 15,
      valueHigh: 30,
      bound: null,
      unit: '%',
      valueText: '15–30%',
      provenance: {
        ref: null,
        refs: [],
        section: 'PRRT',
        quote: 'DP during PRRT is reported in 15%–30% of patients',
        source: { kind: 'REVIEW' },
      },
    });
    expect(node.about.map((a: { id: string }) => a.id).sort()).toEqual(['endpoint:disease-progression', 'intervention:prrt']);
  });

  it('keeps "up to" as a bound, incidence as a range, and Table 1 prevalence per site', async () => {
    const metastatic = (await ask(OBSERVATION, { id: 'observation:gep-nen-metastatic-at-diagnosis' })).node;
    expect(metastatic).toMatchObject({ value: 80, valueHigh: null, bound: '<=', valueText: '≤ 80%', timepoint: 'upon diagnosis' });
    const incidence = (await ask(OBSERVATION, { id: 'observation:gep-nen-incidence' })).node;
    expect(incidence).toMatchObject({
      statistic: 'incidence',
      value: 3,
      valueHigh: 5,
      unit: 'cases per 100000 persons per year',
      provenance: { refs: [1, 2] },
    });
    const prevalence = (await ask(OBSERVATION, { id: 'observation:table1-prevalence-gastric-net' })).node;
    expect(prevalence).toMatchObject({ statistic: 'prevalence', value: 4.6, valueHigh: 7, unit: '%' });
    expect(prevalence.provenance.section).toBe('Table 1 Proposed endoscopic management for gastrointestinal neuroendocrine tumors');
    const eus = (await ask(OBSERVATION, { id: 'observation:gastric-net-eus-ki67' })).node;
    expect(eus).toMatchObject({ statistic: 'threshold', value: 3, bound: '>', valueText: '> 3%' });
    expect(eus.about.map((a: { id: string }) => a.id)).toContain('biomarker:ki67');
  });

  it('lists observations on what they are about, on the references they cite and on the studies they rest on', async () => {
    const data = await ask(`{
      sstr: node(id: "biomarker:sstr-expression") { ... on Biomarker { observations { id } } }
      prrt: node(id: "intervention:prrt") { ... on Intervention { observations { id } } }
      gepnen: node(id: "population:gep-nen") { ... on Population { observations { id } } }
      dp: node(id: "endpoint:disease-progression") { ... on Endpoint { observations { id } } }
      ref94: reference(number: 94) { observations { id } }
      ref64: node(id: "study:ref64") { ... on Study { observations { id } } }
    }`);
    const ids = (x: { observations: { id: string }[] }) => x.observations.map((o) => o.id);
    expect(ids(data.sstr)).toEqual(expect.arrayContaining(['observation:nen-sstr-expression', 'observation:prrt-heterogeneous-sstr']));
    expect(ids(data.prrt)).toEqual(
      expect.arrayContaining(['observation:prrt-progression', 'observation:prrt-usual-cycles', 'observation:prrt-heterogeneous-sstr']),
    );
    expect(ids(data.gepnen)).toEqual(
      expect.arrayContaining(['observation:gep-nen-incidence', 'observation:gep-nen-metastatic-at-diagnosis']),
    );
    expect(ids(data.dp)).toEqual(['observation:prrt-progression']);
    expect(ids(data.ref94)).toEqual(['observation:prrt-heterogeneous-sstr']);
    expect(ids(data.ref64)).toEqual(['observation:catheter-therapy-liver-burden']);
  });

  it('finds observations by search, counts them in the graph summary, and reaches them in neighbourhoods and paths', async () => {
    const { search } = await ask(`{ search(query: "DP during PRRT", kinds: [OBSERVATION], first: 5) { node { id kind } } }`);
    expect(search[0].node).toEqual({ id: 'observation:prrt-progression', kind: 'OBSERVATION' });
    // Observations name the drug they are about, yet rank below the drug itself.
    const prrt = (await ask(`{ search(query: "PRRT", first: 50) { node { id kind } } }`)).search;
    expect(prrt[0].node.id).toBe('intervention:prrt');
    expect(prrt.some((h: { node: { kind: string } }) => h.node.kind === 'OBSERVATION')).toBe(true);
    const { plan } = await prepareSeed(DEFAULT_DATA_DIR);
    const { graphSummary } = await ask(
      `{ graphSummary { kinds { kind count example { id kind } } relationshipPatterns { type fromKind toKind count } } }`,
    );
    const observations = graphSummary.kinds.find((k: { kind: string }) => k.kind === 'OBSERVATION');
    expect(observations.count).toBe(plan.nodes.Observation.length);
    expect(observations.count).toBeGreaterThanOrEqual(100);
    expect(observations.example.kind).toBe('OBSERVATION');
    const about = graphSummary.relationshipPatterns.filter((p: { type: string }) => p.type === 'ABOUT');
    expect(about.map((p: { toKind: string }) => p.toKind).sort()).toEqual(['BIOMARKER', 'ENDPOINT', 'INTERVENTION', 'POPULATION']);
    const { neighborhood } = await ask(
      `{ neighborhood(id: "intervention:surufatinib", depth: 1, kinds: [OBSERVATION]) { nodes { id kind } edges { type source target } } }`,
    );
    expect(neighborhood.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['observation:surufatinib-sae-rate', 'observation:surufatinib-deaths']),
    );
    expect(neighborhood.edges).toContainEqual(
      expect.objectContaining({ type: 'ABOUT', source: 'observation:surufatinib-sae-rate', target: 'intervention:surufatinib' }),
    );
    const { paths } = await ask(
      `{ paths(from: "observation:surufatinib-sae-rate", to: "study:sanet-p", maxLength: 2) { length nodes { id } } }`,
    );
    expect(paths[0]).toMatchObject({ length: 1 });
  });

  it('sets expected response and disease control rates beside the trials in Compare, within the population asked for', async () => {
    const compare = `query($iv: [ID!]!, $e: String!, $p: ID) { compare(interventions: $iv, endpoint: $e, population: $p) {
      rows { study { id } nonComparative } observations { id value valueHigh unit } } }`;
    const dcr = (await ask(compare, { iv: ['intervention:folfox'], e: 'DCR' })).compare;
    expect(dcr.observations).toEqual([{ id: 'observation:oxaliplatin-regimens-expected-dcr', value: 62, valueHigh: 84, unit: '%' }]);
    const inNecs = (await ask(compare, { iv: ['intervention:folfox'], e: 'DCR', p: 'population:nec-site-not-stated' })).compare;
    expect(inNecs.observations.map((o: { id: string }) => o.id)).toEqual(['observation:oxaliplatin-regimens-expected-dcr']);
    const inPanNets = (await ask(compare, { iv: ['intervention:folfox'], e: 'DCR', p: 'population:pan-net' })).compare;
    expect(inPanNets.observations).toEqual([]);
    const rr = (await ask(compare, { iv: ['intervention:cisplatin-etoposide'], e: 'ORR' })).compare;
    expect(rr.observations).toEqual([{ id: 'observation:etoposide-platinum-expected-rr', value: 30, valueHigh: 70, unit: '%' }]);
  });
});

const RESULTS = `query($id: ID!) { node(id: $id) { ... on Study { id results {
  id statistic value valueHigh unit notReached pValue valueText endpoint { code } arm { label }
  comparedArms { role arm { label } } provenance { quote refs } } } } }`;

type ResultRow = {
  statistic: string;
  value: number;
  endpoint: { code: string };
  arm: { label: string } | null;
  comparedArms: { role: string; arm: { label: string } }[];
  valueText: string;
  unit: string;
  provenance: { quote: string; refs: number[] };
};
const resultsOf = async (id: string): Promise<ResultRow[]> => (await ask(RESULTS, { id })).node.results;

describe('relative effects and counts written in words', () => {
  it('stores RADIANT-4’s 36% reduction in the risk of death as a relative risk reduction between the arms, beside its HR', async () => {
    const os = (await resultsOf('study:radiant-4')).filter((r) => r.endpoint.code === 'OS');
    const rrr = os.find((r) => r.statistic === 'relative_risk_reduction')!;
    expect(rrr).toMatchObject({ value: 36, unit: '%', valueText: '36% relative risk reduction', arm: null });
    expect(rrr.comparedArms.map((c) => [c.role, c.arm.label]).sort()).toEqual([
      ['control', 'Placebo'],
      ['treatment', 'Everolimus'],
    ]);
    expect(os.find((r) => r.statistic === 'hazard_ratio')!.value).toBe(0.64);
    expect(os.some((r) => r.statistic === 'rate' && r.value === 36)).toBe(false);
  });

  it('stores the SSA meta-analysis’s 41% reduction of DP risk as SSAs against placebo', async () => {
    const rrr = (await resultsOf('study:ref72')).find((r) => r.statistic === 'relative_risk_reduction')!;
    expect(rrr).toMatchObject({ value: 41, endpoint: { code: 'PFS' } });
    expect(rrr.comparedArms.map((c) => c.role).sort()).toEqual(['control', 'treatment']);
  });

  it('stores "One patient", "no objective response", "No complete response", "in four" and "all the patients" as values', async () => {
    const dart = await resultsOf('study:dart-swog-1609');
    expect(
      dart
        .filter((r) => r.endpoint.code === 'CR')
        .map((r) => [r.statistic, r.value, r.unit])
        .sort(),
    ).toEqual([
      ['count', 1, 'patients'],
      ['rate', 3, '%'],
    ]);
    expect((await resultsOf('study:nector')).find((r) => r.endpoint.code === 'ORR')).toMatchObject({ statistic: 'count', value: 0 });
    expect((await resultsOf('study:keynote-028')).find((r) => r.endpoint.code === 'CR')).toMatchObject({ statistic: 'count', value: 0 });
    const ref139 = await resultsOf('study:ref139');
    expect(ref139.find((r) => r.endpoint.code === 'R0')).toMatchObject({ statistic: 'count', value: 4, unit: 'patients' });
    expect(ref139.find((r) => r.endpoint.code === 'ORR')).toMatchObject({ statistic: 'rate', value: 100, unit: '%' });
    const { node } = await ask(`{ node(id: "study:ref139") { ... on Study { enrolled } } }`);
    expect(node.enrolled).toBe(6);
    const renal = await ask(`{ node(id: "study:ref170") { ... on Study { adverseEvents { adverseEvent { id } value unit frequency } } } }`);
    expect(renal.node.adverseEvents).toContainEqual({
      adverseEvent: { id: 'adverse-event:nephrotoxicity' },
      value: 0,
      unit: 'patients',
      frequency: null,
    });
  });
});

describe('ongoing trials as plans, and what is not a comparison', () => {
  const STUDY = `query($id: ID!) { node(id: $id) { ... on Study { status planned nonComparative evidenceDesign plannedEnrolment
    plannedEndpoints { endpoint { code } primary timepoint provenance { quote } } arms { label } } } }`;

  it('marks NETTER-2 as planned, with its arms, and keeps it out of the evidence network', async () => {
    const { node } = await ask(STUDY, { id: 'study:netter-2' });
    expect(node).toMatchObject({
      status: 'ongoing',
      planned: true,
      nonComparative: false,
      evidenceDesign: 'randomized_controlled_trial',
      plannedEnrolment: null,
    });
    expect(node.arms).toHaveLength(2);
    const { evidenceNetwork } = await ask(`{ evidenceNetwork { edges { studies { id } } } }`);
    const studies = evidenceNetwork.edges.flatMap((e: { studies: { id: string }[] }) => e.studies.map((s) => s.id));
    expect(studies).toContain('study:netter-1');
    expect(studies).not.toContain('study:netter-2');
    expect(studies).not.toContain('study:tne-idc-cole');
    const { subgraph } = await ask(`{ subgraph(ids: ["study:netter-2", "study:netter-1"]) { nodes { id planned } } }`);
    expect(subgraph.nodes.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))).toEqual([
      { id: 'study:netter-1', planned: false },
      { id: 'study:netter-2', planned: true },
    ]);
  });

  it('gives the endpoints the review names for ongoing trials', async () => {
    const neolupanet = (await ask(STUDY, { id: 'study:neolupanet' })).node;
    expect(
      neolupanet.plannedEndpoints
        .map((p: { endpoint: { code: string }; timepoint: string | null }) => [p.endpoint.code, p.timepoint])
        .sort(),
    ).toEqual([
      ['MORBIDITY', 'post-operative 90-d'],
      ['MORTALITY', 'post-operative 90-d'],
      ['ORR', null],
    ]);
    expect(neolupanet.plannedEndpoints[0].provenance.quote).toContain('90-d morbidity and mortality rates');
    const neonec = (await ask(STUDY, { id: 'study:neonec' })).node;
    expect(neonec.plannedEndpoints).toEqual([
      {
        endpoint: { code: 'RFS' },
        primary: false,
        timepoint: null,
        provenance: { quote: 'The NEONEC trial will instead investigate the role of neoadjuvant treatment in terms of RFS' },
      },
    ]);
    expect((await ask(STUDY, { id: 'study:netter-1' })).node).toMatchObject({ planned: false, plannedEndpoints: [] });
  });

  it('takes SENECA, which the review calls "randomized, non-comparative", as non-comparative: never an edge of the network', async () => {
    const { node } = await ask(STUDY, { id: 'study:seneca' });
    expect(node).toMatchObject({ nonComparative: true, planned: true, evidenceDesign: 'randomized_controlled_trial' });
    const { evidenceNetwork } = await ask(`{ evidenceNetwork { edges { id studies { id } } } }`);
    expect(evidenceNetwork.edges.flatMap((e: { studies: { id: string }[] }) => e.studies.map((s) => s.id))).not.toContain('study:seneca');
    const { compare } = await ask(
      `{ compare(interventions: ["intervention:everolimus"], endpoint: "PFS") { rows { study { id } nonComparative } } }`,
    );
    expect(compare.rows.length).toBeGreaterThan(0);
    expect(compare.rows.every((r: { nonComparative: boolean }) => r.nonComparative === false)).toBe(true);
  });
});

describe('labels exactly as true as the source', () => {
  it('gives every review fact of the graph its whole citation group', async () => {
    const { plan } = await prepareSeed(DEFAULT_DATA_DIR);
    const facts = (['Study', 'Result', 'Guideline', 'Observation'] as const)
      .flatMap((l) => plan.nodes[l])
      .filter((n) => typeof n.props.quote === 'string');
    expect(facts.length).toBeGreaterThan(550);
    // The API allows 30 aliased fields per request.
    for (let i = 0; i < facts.length; i += 25) {
      const batch = facts.slice(i, i + 25);
      const query = `{ ${batch.map((f, k) => `n${k}: node(id: ${JSON.stringify(f.id)}) { id ... on Study { provenance { refs } } ... on Result { provenance { refs } } ... on Guideline { provenance { refs } } ... on Observation { provenance { refs } } }`).join(' ')} }`;
      const data = await ask<Record<string, { id: string; provenance: { refs: number[] } }>>(query);
      batch.forEach((f, k) => {
        const expected = referencesOf(
          f.props.ref as number | undefined,
          f.props.quote as string,
          (f.props.refs as number[] | undefined) ?? [],
        );
        expect(data[`n${k}`]?.provenance.refs, f.id).toEqual(expected);
      });
    }
    const sentenceGroups = await ask(`{
      r19: node(id: "study:ref19-rectal-net-polypectomy-emr") { ... on Study { results { provenance { refs } } } }
      everolimus: node(id: "intervention:everolimus") { ... on Intervention { adverseEvents { adverseEvent { id } study { id } provenance { refs } } } }
      netest: node(id: "biomarker:netest") { ... on Biomarker { predictions { provenance { quote refs } } } }
    }`);
    expect(sentenceGroups.r19.results.map((r: { provenance: { refs: number[] } }) => r.provenance.refs)).toEqual([
      [19, 21, 22],
      [19, 21, 22],
    ]);
    const rash = sentenceGroups.everolimus.adverseEvents.find(
      (a: { adverseEvent: { id: string }; study: unknown }) => a.adverseEvent.id === 'adverse-event:skin-rash' && a.study === null,
    );
    expect(rash.provenance.refs).toEqual([13, 106, 107]);
    expect(sentenceGroups.netest.predictions.map((p: { provenance: { refs: number[] } }) => p.provenance.refs)).toContainEqual([92, 93]);
  });

  it('attaches the surufatinib SAE range pooled over two trials to the drug with both trials as its basis, never to either trial', async () => {
    const data = await ask(`{
      ep: node(id: "study:sanet-ep") { ... on Study { results { endpoint { code } } observations { id } } }
      p: node(id: "study:sanet-p") { ... on Study { results { endpoint { code } } observations { id } } }
      drug: node(id: "intervention:surufatinib") { ... on Intervention { observations { id value valueHigh basis { id } about { id } } } }
    }`);
    for (const s of [data.ep, data.p]) {
      expect(s.results.map((r: { endpoint: { code: string } }) => r.endpoint.code)).not.toContain('SAE');
      expect(s.observations.map((o: { id: string }) => o.id)).toContain('observation:surufatinib-sae-rate');
    }
    const sae = data.drug.observations.find((o: { id: string }) => o.id === 'observation:surufatinib-sae-rate');
    expect(sae).toMatchObject({ value: 22, valueHigh: 25 });
    expect(sae.basis.map((b: { id: string }) => b.id).sort()).toEqual(['study:sanet-ep', 'study:sanet-p']);
    expect(sae.about.map((a: { id: string }) => a.id).sort()).toEqual(['endpoint:sae', 'intervention:surufatinib']);
  });

  it('gives a site only where the source states one, and NECs no grade the source does not give', async () => {
    const ids = ['study:bajetta-ref79', 'study:vijayvergia-ref160', 'study:ref97', 'study:ref146', 'study:ref131', 'study:ref134'];
    const data = await ask(`{ ${ids.map((id, k) => `s${k}: node(id: "${id}") { ... on Study { populations { id site } } }`).join(' ')}
      lin: node(id: "study:lin-ref55") { ... on Study { populations { id site differentiation grades } } } }`);
    ids.forEach((id, k) => {
      const sites = data[`s${k}`].populations.map((p: { site: string }) => p.site);
      expect(sites, id).toEqual(['not_stated']);
    });
    expect(data.lin.populations).toEqual([
      { id: 'population:gastric-nec-minen-resected', site: 'stomach', differentiation: 'NEN', grades: [] },
    ]);
  });

  it('holds temozolomide’s "for 12 mo following the stopping of treatment" as a time window, not a frequency', async () => {
    const { node } = await ask(
      `{ node(id: "intervention:temozolomide") { ... on Intervention { adverseEvents { value bound grade frequency timepoint } } } }`,
    );
    const windows = node.adverseEvents.filter((a: { timepoint: string | null }) => a.timepoint !== null);
    expect(windows).toEqual(
      expect.arrayContaining([
        { value: 30, bound: '>', grade: '3-4', frequency: null, timepoint: 'for 12 mo following the stopping of treatment' },
        { value: 40, bound: '>', grade: '3-4', frequency: null, timepoint: 'after 4 mo of therapy' },
      ]),
    );
    expect(node.adverseEvents.some((a: { frequency: string | null }) => a.frequency !== null && /\d+\s*mo\b/.test(a.frequency))).toBe(
      false,
    );
  });

  it('keeps a number the registry contradicts visible beside it: the review’s 140 for RADIANT-3 is never replaced', async () => {
    const { node } = await ask(
      `{ node(id: "study:radiant-3") { ... on Study { enrolled discrepancies { field values { value source { kind } } } } } }`,
    );
    expect(node.enrolled).toBe(140);
    const enrolled = node.discrepancies.find((d: { field: string }) => d.field === 'enrolled');
    expect(enrolled.values.map((v: { value: string; source: { kind: string } }) => [v.value, v.source.kind])).toEqual([
      ['140', 'REVIEW'],
      ['410 (actual)', 'REGISTRY'],
    ]);
  });
});

describe('statements behind the new fields', () => {
  it('are valid Cypher', async () => {
    for (const statement of [
      FIND_COMPARISON_OBSERVATIONS,
      relatedStatement({ types: ['ABOUT'], direction: 'in', label: 'Observation' }),
      relatedStatement({ types: ['BASED_ON'], direction: 'out', label: 'Study' }),
      relatedStatement({ types: ['PLANS_TO_MEASURE'], direction: 'out', label: 'Endpoint' }),
    ]) {
      await app.db.read('test.explain', `EXPLAIN ${statement}`, { ids: [], endpointId: 'x', interventions: [], population: null });
    }
  });

  it('replace a full-text index whose labels differ, so an existing database indexes a new label', async () => {
    const tag = `Fidelity${Date.now()}`;
    const spec = { name: `${tag}Index`, labels: [`${tag}A`, `${tag}B`], properties: ['name'] };
    const create = (labels: string[]) =>
      app.db.writeTransaction('test.createIndex', (run) => run(createFulltextStatement({ ...spec, labels })));
    try {
      expect(await dropStaleFulltextIndex(app.db, spec)).toBe('absent');
      await create([`${tag}A`]);
      expect(await dropStaleFulltextIndex(app.db, spec)).toBe('dropped');
      expect(await app.db.read('test.findIndex', FIND_FULLTEXT_INDEX, { name: spec.name })).toEqual([]);
      await create(spec.labels);
      expect(await dropStaleFulltextIndex(app.db, spec)).toBe('current');
      const rows = await app.db.read<{ coveredLabels: string[] }>('test.findIndex', FIND_FULLTEXT_INDEX, { name: spec.name });
      expect(rows).toHaveLength(1);
      expect([...rows[0]!.coveredLabels].sort()).toEqual(spec.labels);
    } finally {
      await app.db.writeTransaction('test.dropIndex', (run) => run(dropIndexStatement(spec.name)));
    }
  });

  it('leave the search index covering every label of the vocabulary, Observation included', async () => {
    const rows = await app.db.read<{ coveredLabels: string[] }>('test.findIndex', FIND_FULLTEXT_INDEX, { name: 'nodeNameFulltext' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.coveredLabels).toContain('Observation');
  });
});
