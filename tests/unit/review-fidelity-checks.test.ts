/**
 * The checks that keep every label exactly as true as the source: counts written in words must be
 * stored, a fact's citations must hold its sentence's citation group, a population's site and a
 * NEC's grade must be stated, a frequency must be a frequency, a non-comparative trial must be
 * called so, and an Observation is validated and planned like any other fact.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../seed/src/review/read-seed-files.js';
import { validateSeed } from '../../seed/src/review/validate-seed.js';
import { planGraph } from '../../seed/src/review/plan-review.js';
import { coverageBySection, coverageTable } from '../../seed/src/review/coverage.js';
import { countingWordsIn, numbersIn, numbersMissingFrom } from '../../seed/src/review/provenance/numbers.js';
import { citationIndexOf } from '../../seed/src/review/provenance/citation-groups.js';
import { parseSourceText } from '../../seed/src/review/provenance/source-text.js';
import { checkQuotesAgainstSource } from '../../seed/src/review/provenance/check-quotes.js';
import { unsupportedClaims } from '../../seed/src/review/provenance/population-words.js';
import { valueTextOf } from '../../kernel/result-text.js';
import { referencesOf } from '../../kernel/citations.js';

async function validateFiles(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nen-fidelity-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return validateSeed(await readSeedFiles(dir));
}

const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('numbers written in words', () => {
  it('reads zero to twenty, "no" before an outcome and "all the patients" as numbers of the quote', () => {
    expect(numbersIn('One patient obtained complete response (3%)')).toEqual(expect.arrayContaining([1, 3]));
    expect(numbersIn('and a R0 resection in four[139]')).toContain(4);
    expect(numbersIn('No complete response was observed[158].')).toContain(0);
    expect(numbersIn('with no objective response')).toContain(0);
    expect(numbersIn('obtained in all the patients a radiologic response')).toContain(100);
    expect(numbersMissingFrom('a meta-analysis of seven studies', [7])).toEqual([]);
  });

  it('does not read figures of speech as numbers', () => {
    expect(numbersIn('NEN patients are still very different from one another')).toEqual([]);
    expect(numbersIn('Impaired liver functional test (one third of patients)')).toEqual([]);
    expect(numbersIn('One of the first ICIs tested in NENs')).toEqual([]);
    expect(numbersIn('showing no benefit in terms of PFS')).toEqual([]);
    expect(numbersIn('All patients were progressive at study entry')).toEqual([]);
  });

  it('finds the counts a quote states in words, and what may store them', () => {
    expect(countingWordsIn('One patient obtained complete response (3%)')).toEqual([{ words: 'One patient', value: 1, storedAs: 'value' }]);
    expect(countingWordsIn('adopted in six Pan-NETs with borderline criteria').map((w) => w.value)).toEqual([6]);
    expect(countingWordsIn('and a R0 resection in four[139].')).toEqual([{ words: 'in four', value: 4, storedAs: 'value' }]);
    expect(countingWordsIn('Disease control was obtained in 39.1% of cases, with no objective response')).toEqual([
      { words: 'no objective response', value: 0, storedAs: 'value' },
    ]);
    expect(countingWordsIn('a meta-analysis of seven studies regarding PRRT')).toEqual([
      { words: 'seven studies', value: 7, storedAs: 'text' },
    ]);
    expect(countingWordsIn('no significant difference between the two arms')).toEqual([]);
  });
});

const SOURCE = [
  'Targeted therapies: Everolimus',
  'Reported toxicity during treatment with everolimus includes: Stomatitis (up to 67% of cases), skin rash (29%–49%), and renal impairment (rare and transient)[13,106,107]. Regarding stomatitis, a systematic review observed a longer PFS[106].',
  'The two available trials[120,121], in fact, showed more frequent AEs, the occurrence of Grade 3 or worse hypertension. In an Italian study[116] of 80 Pan-NETs, the median PFS was close to the trial by Raymond et al[113] (10 mo), with 7.5% of patients stopping the treatment.',
].join('\n');

describe('citation groups of a sentence', () => {
  const index = citationIndexOf(SOURCE);

  it('gives a quote that stops before the bracket the group closing its sentence', () => {
    expect(index.locate('skin rash (29%–49%)')!.required).toEqual([13, 106, 107]);
    expect(index.locate('Stomatitis (up to 67% of cases)')!.sentence).toMatch(/^Reported toxicity .*\[13,106,107\]\.$/);
  });

  it('takes the citations inside a quote as its group', () => {
    expect(index.locate('Regarding stomatitis, a systematic review observed a longer PFS[106]')!.required).toEqual([106]);
  });

  it('gives the only group of a sentence to a quote after it, and none where the sentence cites two works before it', () => {
    expect(index.locate('the occurrence of Grade 3 or worse hypertension')!.required).toEqual([120, 121]);
    expect(index.locate('with 7.5% of patients stopping the treatment')!.required).toEqual([]);
    expect(index.locate('with 7.5% of patients stopping the treatment')!.paragraphCitations).toEqual([113, 116, 120, 121]);
  });

  it('joins a fact ref, its quote groups and its curated sentence group', () => {
    expect(referencesOf(13, 'skin rash (29%–49%)', [13, 106, 107])).toEqual([13, 106, 107]);
  });
});

const EVEROLIMUS = (refs: string) => `
section: "Targeted therapies: Everolimus"
interventions:
  - { id: "intervention:everolimus", name: Everolimus, kind: drug }
adverseEvents:
  - { id: "adverse-event:skin-rash", name: Skin rash }
adverseEventReports:
  - intervention: "intervention:everolimus"
    event: "adverse-event:skin-rash"
    value: 29
    valueHigh: 49
    provenance:
      ref: 13
      quote: "skin rash (29%–49%)"
${refs}
`;

describe('the provenance check and citation groups', () => {
  const source = parseSourceText(SOURCE);

  it('fails on an incomplete citation group, naming the group to add', async () => {
    const { files, problems } = await validateFiles({ 'e.yaml': EVEROLIMUS('') });
    expect(problems).toEqual([]);
    const check = checkQuotesAgainstSource(files, source);
    expect(messages(check.problems)).toEqual([
      'citation group incomplete: the sentence cites [13,106,107], the fact lacks 106, 107 (add refs: [13, 106, 107])',
    ]);
    expect(check.problems[0]).toMatchObject({
      file: expect.stringMatching(/e\.yaml$/),
      entry: 'intervention:everolimus → adverse-event:skin-rash',
    });
  });

  it('passes with the whole group, and fails on a citation the paragraph does not give', async () => {
    const whole = await validateFiles({ 'e.yaml': EVEROLIMUS('      refs: [13, 106, 107]') });
    expect(checkQuotesAgainstSource(whole.files, source).problems).toEqual([]);
    const foreign = await validateFiles({ 'e.yaml': EVEROLIMUS('      refs: [13, 106, 107, 121]') });
    expect(messages(checkQuotesAgainstSource(foreign.files, source).problems)).toEqual([
      "refs name 121, which the quote's paragraph does not cite",
    ]);
  });

  it('plans the whole group as the fact’s refs and cites each reference', async () => {
    const { files } = await validateFiles({ 'e.yaml': EVEROLIMUS('      refs: [13, 106, 107]') });
    const plan = planGraph(files);
    const rate = plan.relationships.find((g) => g.type === 'HAS_ADVERSE_EVENT')!.rows[0];
    expect(rate?.props.refs).toEqual([13, 106, 107]);
    expect(plan.nodes.Reference.map((r) => r.id)).toEqual(['reference:106', 'reference:107', 'reference:13']);
  });
});

const CORE = `
endpoints:
  - { id: "endpoint:cr", name: Complete response, code: CR }
  - { id: "endpoint:os", name: Overall survival, code: OS }
  - { id: "endpoint:sae", name: Serious adverse events, code: SAE }
  - { id: "endpoint:rfs", name: Recurrence-free survival, code: RFS }
interventions:
  - { id: "intervention:ipi-nivo", name: Ipilimumab plus nivolumab, kind: regimen }
  - { id: "intervention:surufatinib", name: Surufatinib, kind: drug }
  - { id: "intervention:temozolomide", name: Temozolomide, kind: drug }
  - { id: "intervention:placebo", name: Placebo, kind: placebo }
adverseEvents:
  - { id: "adverse-event:any", name: Any adverse event }
populations:
  - { id: "population:gep-nen", name: GEP-NENs, site: gep, differentiation: NEN }
  - { id: "population:net-site-not-stated", name: NETs (site not stated), site: not_stated, differentiation: NET }
  - { id: "population:gastric-nec", name: Gastric NECs, site: stomach, differentiation: NEC, grades: [G3] }
`;

const study = (fields: string, results = '') => `
section: Immunotherapy
studies:
  - id: "study:s"
    name: S
    design: single_arm_trial
    status: published
    summary: A study.
${fields}
    arms:
      - { key: a, label: A, receives: [{ intervention: "intervention:ipi-nivo" }] }
${results}`;

describe('validation of what the source states', () => {
  it('fails on a count in words that no value stores, and passes once it is a value', async () => {
    const results = (extra: string) => `    results:
      - { endpoint: "endpoint:cr", arm: a, statistic: rate, value: 3, unit: "%", provenance: { ref: 163, quote: "One patient obtained complete response (3%)" } }
${extra}`;
    const fields = `    populations: ["population:net-site-not-stated"]
    provenance: { ref: 163, quote: "The cohort also included 32 extra-pancreatic NETs" }`;
    const missing = await validateFiles({ 'core.yaml': CORE, 's.yaml': study(fields, results('')) });
    expect(messages(missing.problems)).toEqual(['quote states "One patient" (1), which no value of this fact stores']);
    expect(missing.problems[0]!.field).toBe('results[0].provenance.quote');
    const stored = await validateFiles({
      'core.yaml': CORE,
      's.yaml': study(
        fields,
        results(
          '      - { endpoint: "endpoint:cr", arm: a, statistic: count, value: 1, unit: patients, provenance: { ref: 163, quote: "One patient obtained complete response (3%)" } }',
        ),
      ),
    });
    expect(stored.problems).toEqual([]);
  });

  it('fails on a site the quotes do not name, and on a grade they do not give a NEC', async () => {
    const gep = await validateFiles({
      'core.yaml': CORE,
      's.yaml': study(`    populations: ["population:gep-nen"]
    provenance: { ref: 79, quote: "Bajetta et al[79] prospectively enrolled 53 patients affected by progressive, metastatic NETs." }
    enrolled: 53`),
    });
    expect(messages(gep.problems)).toEqual([
      'site "gep" of population:gep-nen: the quotes name the group without that site (use a population with site not_stated)',
    ]);
    const grade = await validateFiles({
      'core.yaml': CORE,
      's.yaml': study(`    populations: ["population:gastric-nec"]
    provenance: { ref: 55, quote: "who analyzed the data of 804 gastric NECs or MiNENs" }
    enrolled: 804`),
    });
    expect(messages(grade.problems)).toEqual(['grade G3 of population:gastric-nec: NECs are not graded, and no quote gives G3']);
    const notStated = await validateFiles({
      'core.yaml': CORE,
      's.yaml': study(`    populations: ["population:net-site-not-stated"]
    provenance: { ref: 79, quote: "Bajetta et al[79] prospectively enrolled 53 patients affected by progressive, metastatic NETs." }
    enrolled: 53`),
    });
    expect(notStated.problems).toEqual([]);
  });

  it('tells site words apart', () => {
    const claim = { id: 'population:p', site: 'pancreas', differentiation: 'NET', grades: [] };
    expect(unsupportedClaims(claim, 'in 140 progressive Pan-NETs')).toEqual([]);
    expect(unsupportedClaims(claim, 'in 107 progressive NETs')).toHaveLength(1);
    expect(unsupportedClaims({ ...claim, site: 'gep' }, 'In a series of 73 digestive NECs')).toEqual([]);
    expect(unsupportedClaims({ ...claim, site: 'gep' }, 'A re-analysis of this study[114] showed')).toEqual([]);
  });

  it('fails on a time window held as a frequency', async () => {
    const report = (field: string) => `
section: "Chemotherapy: Temozolomide and capecitabine"
adverseEventReports:
  - intervention: "intervention:temozolomide"
    event: "adverse-event:any"
    value: 30
    bound: ">"
    ${field}
    provenance: { ref: 131, quote: "may remain in more than 30% for 12 mo following the stopping of treatment" }
`;
    const frequency = await validateFiles({
      'core.yaml': CORE,
      'a.yaml': report('frequency: "for 12 mo following the stopping of treatment"'),
    });
    expect(messages(frequency.problems)).toEqual([
      'frequency "for 12 mo following the stopping of treatment" is a time window, not how often: put it in timepoint',
    ]);
    const timepoint = await validateFiles({
      'core.yaml': CORE,
      'a.yaml': report('timepoint: "for 12 mo following the stopping of treatment"'),
    });
    expect(timepoint.problems).toEqual([]);
  });

  it('takes a trial as non-comparative only where its quote says so', async () => {
    const trial = (quote: string) =>
      study(`    populations: ["population:gep-nen"]
    nonComparative: true
    provenance: { ref: null, quote: "${quote}" }`)
        .replace('single_arm_trial', 'randomized_controlled_trial')
        .replace('status: published', 'status: ongoing');
    const said = await validateFiles({
      'core.yaml': CORE,
      's.yaml': trial('A randomized, non-comparative, multicenter phase II trial in GEP-NECs'),
    });
    expect(said.problems).toEqual([]);
    const unsaid = await validateFiles({ 'core.yaml': CORE, 's.yaml': trial('A randomized phase II trial in GEP-NECs') });
    expect(messages(unsaid.problems)).toEqual(['nonComparative needs a quote that calls the trial non-comparative']);
  });

  it('keeps planned endpoints to ongoing trials, each with a quote', async () => {
    const planned = (status: string) =>
      study(`    populations: ["population:gep-nen"]
    provenance: { ref: null, quote: "The NEONEC trial will instead investigate the role of neoadjuvant treatment in terms of RFS in GEP-NENs" }
    plannedEndpoints:
      - { endpoint: "endpoint:rfs", provenance: { ref: null, quote: "in terms of RFS" } }`).replace(
        'status: published',
        `status: ${status}`,
      );
    expect((await validateFiles({ 'core.yaml': CORE, 's.yaml': planned('ongoing') })).problems).toEqual([]);
    expect(messages((await validateFiles({ 'core.yaml': CORE, 's.yaml': planned('published') })).problems)).toEqual([
      'planned enrolment and endpoints belong to ongoing trials',
    ]);
  });

  it('needs the arms compared for a relative risk reduction', async () => {
    const rrr = (compares: string) =>
      study(
        `    populations: ["population:gep-nen"]
    provenance: { ref: 103, quote: "everolimus compared to placebo in GEP-NENs" }`,
        `    results:
      - { endpoint: "endpoint:os", statistic: relative_risk_reduction, value: 36, unit: "%", ${compares} provenance: { ref: 103, quote: "with a 36% reduction in the risk of death (HR: 0.64; P = 0.037)" } }`,
      ).replace(
        '      - { key: a, label: A, receives: [{ intervention: "intervention:ipi-nivo" }] }',
        '      - { key: a, label: A, receives: [{ intervention: "intervention:ipi-nivo" }] }\n      - { key: p, label: Placebo, receives: [{ intervention: "intervention:placebo" }] }',
      );
    expect(messages((await validateFiles({ 'core.yaml': CORE, 's.yaml': rrr('') })).problems)).toEqual([
      'a relative risk reduction needs compares: {treatment, control}',
    ]);
    expect((await validateFiles({ 'core.yaml': CORE, 's.yaml': rrr('compares: { treatment: a, control: p },') })).problems).toEqual([]);
    expect(valueTextOf({ statistic: 'relative_risk_reduction', value: 36, unit: '%' })).toBe('36% relative risk reduction');
  });
});

const OBSERVATIONS = (about: string, value = 22) => `
section: "Targeted therapies: Surufatinib"
studies:
  - id: "study:sanet-ep"
    name: SANET-ep
    design: randomized_controlled_trial
    status: published
    summary: Surufatinib against placebo.
    provenance: { ref: 120, quote: "Results of the SANET-ep RCT[120]" }
    arms: [{ key: s, label: Surufatinib, receives: [{ intervention: "intervention:surufatinib" }] }]
observations:
  - id: "observation:surufatinib-sae-rate"
    name: SAEs in the surufatinib groups
    statistic: proportion
    value: ${value}
    valueHigh: 25
    unit: "%"
    about: [${about}]
    basis: ["study:sanet-ep"]
    provenance: { ref: null, quote: "SAEs were reported in 22%-25% of cases in the surufatinib group", refs: [120, 121] }
`;

describe('observations', () => {
  it('validates the number against the quote and what it is about against the links table', async () => {
    const ok = await validateFiles({ 'core.yaml': CORE, 'o.yaml': OBSERVATIONS('"intervention:surufatinib", "endpoint:sae"') });
    expect(ok.problems).toEqual([]);
    const wrongNumber = await validateFiles({ 'core.yaml': CORE, 'o.yaml': OBSERVATIONS('"intervention:surufatinib"', 23) });
    expect(messages(wrongNumber.problems)).toEqual(['quote does not contain 23']);
    const wrongKind = await validateFiles({ 'core.yaml': CORE, 'o.yaml': OBSERVATIONS('"study:sanet-ep"') });
    expect(wrongKind.problems.length).toBeGreaterThan(0);
  });

  it('plans an Observation node with what it is about, the studies it rests on and its citations', async () => {
    const { files } = await validateFiles({ 'core.yaml': CORE, 'o.yaml': OBSERVATIONS('"intervention:surufatinib", "endpoint:sae"') });
    const plan = planGraph(files);
    expect(plan.nodes.Observation).toEqual([
      expect.objectContaining({
        id: 'observation:surufatinib-sae-rate',
        props: expect.objectContaining({
          name: 'SAEs in the surufatinib groups: 22–25%',
          statistic: 'proportion',
          value: 22,
          valueHigh: 25,
          unit: '%',
          refs: [120, 121],
        }),
      }),
    ]);
    const rels = (type: string) =>
      plan.relationships.filter((g) => g.type === type).flatMap((g) => g.rows.map((r) => `${r.from}->${r.to}`));
    expect(rels('ABOUT').sort()).toEqual([
      'observation:surufatinib-sae-rate->endpoint:sae',
      'observation:surufatinib-sae-rate->intervention:surufatinib',
    ]);
    expect(rels('BASED_ON')).toEqual(['observation:surufatinib-sae-rate->study:sanet-ep']);
    expect(
      rels('CITES')
        .filter((r) => r.startsWith('observation:'))
        .sort(),
    ).toEqual(['observation:surufatinib-sae-rate->reference:120', 'observation:surufatinib-sae-rate->reference:121']);
  });

  it('are counted per section in the coverage report', async () => {
    const { files } = await validateFiles({ 'core.yaml': CORE, 'o.yaml': OBSERVATIONS('"intervention:surufatinib"') });
    const rows = coverageBySection(files);
    expect(rows.find((r) => r.section === 'Targeted therapies: Surufatinib')).toMatchObject({ studies: 1, observations: 1 });
    expect(coverageTable(rows)).toContain('| Targeted therapies: Surufatinib | 1 | 0 | 0 | 0 | 1 |');
    expect(coverageTable(rows).split('\n')[0]).toBe(
      '| Review section | Studies | Results | Adverse-event rates | Guideline statements | Observations |',
    );
  });
});
