/** The details panel's pure parts: both sources side by side, provenance lines, a population's roll-up. */
import { describe, expect, it } from 'vitest';
import { linkReasonText, registryWord, sideBySide, type RegistrySide, type ReviewSide } from '../../client/src/details/registry-compare.js';
import { citationText, isRegistryFact, provenanceLine } from '../../client/src/details/provenance-text.js';
import { commonestEndpoint, rollup, therapiesToCompare, type RollupStudyLike } from '../../client/src/details/population-rollup.js';

// RADIANT-3 as the review and its record NCT00510068 give it.
const review: ReviewSide = {
  design: 'not_stated',
  phase: 'III',
  status: 'published',
  enrolled: 140,
  blinded: null,
  populations: [{ name: 'Progressive Pan-NETs' }],
};
const record: RegistrySide = {
  studyType: 'INTERVENTIONAL',
  allocation: 'RANDOMIZED',
  interventionModel: 'PARALLEL',
  phases: ['PHASE3'],
  overallStatus: 'COMPLETED',
  whyStopped: null,
  enrollment: 410,
  enrollmentType: 'ACTUAL',
  masking: 'DOUBLE',
  startDate: '2007-07',
  primaryCompletionDate: '2010-02',
  completionDate: '2014-03-01',
  conditions: ['Advanced Neuroendocrine Tumors of Pancreatic Origin'],
};
const enrolment = {
  field: 'enrolled',
  values: [
    { value: '140', source: { kind: 'REVIEW' } },
    { value: '410 (actual)', source: { kind: 'REGISTRY' } },
  ],
};

describe('Review says / Registry says', () => {
  const rows = sideBySide(review, record, [enrolment]);
  const row = (field: string) => rows.find((r) => r.field === field)!;

  it('puts the two sources side by side on every field, in a fixed order', () => {
    expect(rows.map((r) => r.label)).toEqual(['Design', 'Phase', 'Status', 'Enrolment', 'Allocation', 'Masking', 'Dates', 'Conditions']);
    expect(row('design')).toMatchObject({
      review: 'Design not stated in the review',
      registry: 'randomized controlled trial (interventional, parallel assignment)',
    });
    expect(row('phase')).toMatchObject({ review: 'III', registry: 'III (PHASE3)' });
    expect(row('status')).toMatchObject({ review: 'published', registry: 'completed' });
    expect(row('allocation')).toMatchObject({ review: 'not stated', registry: 'randomized' });
    expect(row('masking')).toMatchObject({ review: 'not stated', registry: 'double' });
    expect(row('dates')).toMatchObject({
      review: 'not stated',
      registry: 'start 2007-07, primary completion 2010-02, completion 2014-03-01',
    });
    expect(row('conditions')).toMatchObject({
      review: 'Progressive Pan-NETs',
      registry: 'Advanced Neuroendocrine Tumors of Pancreatic Origin',
    });
  });

  it('flags exactly the fields the API lists as discrepancies: enrolment 140 vs 410', () => {
    expect(rows.filter((r) => r.differs).map((r) => [r.field, r.review, r.registry])).toEqual([['enrolled', '140', '410 (actual)']]);
  });

  it('flags allocation with design, and adds a row for each other discrepancy (a result)', () => {
    const more = sideBySide({ ...review, design: 'non_randomized_trial' }, record, [
      {
        field: 'design',
        values: [
          { value: 'non-randomized trial', source: { kind: 'REVIEW' } },
          { value: 'randomized controlled trial', source: { kind: 'REGISTRY' } },
        ],
      },
      {
        field: 'PFS median (Everolimus)',
        values: [
          { value: '11 months', source: { kind: 'REVIEW' } },
          { value: '11.4 months', source: { kind: 'REGISTRY' } },
        ],
      },
    ]);
    expect(more.filter((r) => r.differs).map((r) => r.field)).toEqual(['design', 'allocation', 'PFS median (Everolimus)']);
    expect(more.at(-1)).toMatchObject({ label: 'PFS median (Everolimus)', review: '11 months', registry: '11.4 months' });
  });

  it('reads registry codes as words', () => {
    expect(registryWord('NON_RANDOMIZED')).toBe('non-randomized');
    expect(registryWord('ACTIVE_NOT_RECRUITING')).toBe('active not recruiting');
    expect(registryWord('NA')).toBe('not applicable');
    expect(registryWord(null)).toBe('not stated');
  });

  it('says why a record is linked, in words', () => {
    expect(
      linkReasonText({ reason: 'ACRONYM', detail: 'The record\'s acronym "RADIANT-3" is the review study\'s acronym "RADIANT-3".' }),
    ).toBe('Same acronym: The record\'s acronym "RADIANT-3" is the review study\'s acronym "RADIANT-3".');
    expect(linkReasonText({ reason: 'NCT', detail: '' })).toBe('The review gives the NCT number.');
    expect(linkReasonText({ reason: 'CURATED', detail: 'matches ref 113' })).toBe('Linked by a curator: matches ref 113');
  });
});

describe('provenance lines name their source', () => {
  it('a review fact: its references and section', () => {
    expect(
      provenanceLine({
        ref: 102,
        refs: [13, 102],
        section: 'Targeted therapies: Everolimus',
        source: { kind: 'REVIEW', title: 'The review' },
      }),
    ).toBe('Review [13, 102] · Targeted therapies: Everolimus');
    expect(provenanceLine({ ref: null, refs: [], section: 'Introduction' })).toBe('Review (no citation) · Introduction');
    expect(citationText({ ref: 7, section: 'x' })).toBe('[7]');
  });

  it('a registry fact: ClinicalTrials.gov, the record and the field path', () => {
    const p = {
      ref: null,
      refs: [],
      section: 'ClinicalTrials.gov NCT00510068',
      nct: 'NCT00510068',
      locator: 'protocolSection.designModule.enrollmentInfo',
      source: { kind: 'REGISTRY', title: 'ClinicalTrials.gov' },
    };
    expect(isRegistryFact(p)).toBe(true);
    expect(provenanceLine(p)).toBe('ClinicalTrials.gov NCT00510068 · protocolSection.designModule.enrollmentInfo');
  });
});

describe('a population’s roll-up', () => {
  const s = (id: string, populations: string[], over: Partial<RollupStudyLike> = {}): RollupStudyLike => ({
    id,
    name: id,
    design: 'not_stated',
    phase: null,
    populations: populations.map((p) => ({ id: p, name: p })),
    interventions: [],
    results: [],
    ...over,
  });
  const studies = [
    s('study:ref115', ['population:pan-net'], { design: 'case_series' }),
    s('study:radiant-3', ['population:pan-net-progressive'], {
      design: 'not_stated',
      phase: 'III',
      evidenceDesign: 'randomized_controlled_trial',
      evidencePhase: 'III',
      evidenceBasis: 'REGISTRY',
      interventions: [
        { id: 'intervention:everolimus', name: 'Everolimus', interventionKind: 'drug' },
        { id: 'intervention:placebo', name: 'Placebo', interventionKind: 'placebo' },
      ],
      results: [{ id: 'r1', endpoint: { code: 'PFS' } }],
    }),
    s('study:sanet-p', ['population:pan-net-progressive', 'population:pan-net'], {
      interventions: [{ id: 'intervention:surufatinib', name: 'Surufatinib', interventionKind: 'drug' }],
      results: [
        { id: 'r2', endpoint: { code: 'PFS' } },
        { id: 'r3', endpoint: { code: 'ORR' } },
      ],
    }),
  ];

  it('lists studies of its subgroups too, saying which, strongest evidence first', () => {
    const entries = rollup('population:pan-net', studies);
    expect(entries.map((e) => [e.study.id, e.direct, e.via.map((p) => p.id)])).toEqual([
      ['study:radiant-3', false, ['population:pan-net-progressive']],
      ['study:ref115', true, []],
      ['study:sanet-p', true, ['population:pan-net-progressive']],
    ]);
  });

  it('compares the therapies studied with results there, placebo left out, and their commonest endpoint', () => {
    expect(therapiesToCompare(studies)).toEqual(['intervention:everolimus', 'intervention:surufatinib']);
    expect(commonestEndpoint(studies)).toBe('PFS');
    expect(commonestEndpoint([])).toBe('PFS');
  });
});
