/** How a registry record reads beside the review: design, phase, status, disagreements, evidence design. */
import { describe, expect, it } from 'vitest';
import { designOfRegistry, isNonComparative, phaseOfRegistry, statusesAgree, statusOfRegistry } from '../../kernel/registry.js';
import { agreeBeyondRounding, discrepanciesOf } from '../../kernel/discrepancies.js';
import { evidenceDesignOf, isHeadToHead } from '../../kernel/evidence-design.js';

describe('registry words in the review’s vocabulary', () => {
  it('reads phases, designs and statuses', () => {
    expect(phaseOfRegistry(['PHASE3'])).toBe('III');
    expect(phaseOfRegistry(['PHASE2', 'PHASE3'])).toBe('II/III');
    expect(phaseOfRegistry(['NA'])).toBeUndefined();
    expect(designOfRegistry({ studyType: 'INTERVENTIONAL', allocation: 'RANDOMIZED' })).toBe('randomized_controlled_trial');
    expect(designOfRegistry({ studyType: 'INTERVENTIONAL', allocation: 'NA', interventionModel: 'SINGLE_GROUP' })).toBe('single_arm_trial');
    expect(designOfRegistry({ studyType: 'OBSERVATIONAL' })).toBe('not_stated');
    expect(statusOfRegistry('ACTIVE_NOT_RECRUITING')).toBe('active, not recruiting');
    expect(statusesAgree('ongoing', 'COMPLETED')).toBe(false);
    expect(statusesAgree('published', 'COMPLETED')).toBe(true);
    expect(statusesAgree('terminated_early', 'TERMINATED')).toBe(true);
  });

  it('knows a non-comparative trial by the record’s own words', () => {
    expect(isNonComparative(['A Randomized, Non-comparative Phase II Study of FOLFIRI or CAPTEM'])).toBe(true);
    expect(isNonComparative(['A Randomized Double-blind Phase III Study of RAD001'])).toBe(false);
  });
});

describe('discrepancies between review and registry', () => {
  const radiant3 = { id: 'study:radiant-3', design: 'not_stated', phase: 'III', status: 'published', enrolled: 140 };
  const record = {
    id: 'study:nct00510068',
    studyType: 'INTERVENTIONAL',
    allocation: 'RANDOMIZED',
    phases: ['PHASE3'],
    overallStatus: 'COMPLETED',
    enrolled: 410,
    enrollmentType: 'ACTUAL',
  };

  it('reports enrolment that differs, and nothing the review leaves unsaid', () => {
    expect(discrepanciesOf(radiant3, record)).toEqual([
      {
        field: 'enrolled',
        values: [
          { side: 'review', value: '140', factId: 'study:radiant-3' },
          { side: 'registry', value: '410 (actual)', factId: 'study:nct00510068' },
        ],
      },
    ]);
  });

  it('reports a design, phase and status the two sources disagree on', () => {
    const found = discrepanciesOf(
      { id: 's', design: 'randomized_controlled_trial', phase: 'II', status: 'ongoing' },
      { id: 'r', studyType: 'INTERVENTIONAL', allocation: 'NON_RANDOMIZED', phases: ['PHASE3'], overallStatus: 'COMPLETED' },
    );
    expect(found.map((d) => [d.field, d.values.map((v) => v.value)])).toEqual([
      ['design', ['randomized controlled trial', 'non-randomized trial (allocation NON_RANDOMIZED)']],
      ['phase', ['II', 'III']],
      ['status', ['ongoing', 'completed']],
    ]);
  });

  it('compares results on the same endpoint, statistic and arm beyond rounding only', () => {
    const review = [
      {
        id: 'result:a',
        endpoint: 'PFS',
        statistic: 'median',
        value: 11,
        unit: 'months',
        interventions: ['intervention:everolimus'],
        armLabel: 'Everolimus',
      },
    ];
    const same = [
      { id: 'result:b', endpoint: 'PFS', statistic: 'median', value: 11.04, unit: 'months', interventions: ['intervention:everolimus'] },
    ];
    const otherValue = {
      id: 'result:c',
      endpoint: 'PFS',
      statistic: 'median',
      value: 11.6,
      unit: 'months',
      interventions: ['intervention:everolimus'],
    };
    const other = [otherValue];
    const otherArm = [
      { id: 'result:d', endpoint: 'PFS', statistic: 'median', value: 4.6, unit: 'months', interventions: ['intervention:placebo'] },
    ];
    expect(discrepanciesOf(radiant3, { ...record, enrolled: 140 }, review, same)).toEqual([]);
    // 11.4 rounds to the review's 11: the review may have rounded it.
    expect(discrepanciesOf(radiant3, { ...record, enrolled: 140 }, review, [{ ...otherValue, value: 11.4 }])).toEqual([]);
    expect(discrepanciesOf(radiant3, { ...record, enrolled: 140 }, review, otherArm)).toEqual([]);
    expect(discrepanciesOf(radiant3, { ...record, enrolled: 140 }, review, other)).toEqual([
      {
        field: 'PFS median (Everolimus)',
        values: [
          { side: 'review', value: '11 months', factId: 'result:a' },
          { side: 'registry', value: '11.6 months', factId: 'result:c' },
        ],
      },
    ]);
    expect(agreeBeyondRounding(4.6, 4.4)).toBe(false);
    expect(agreeBeyondRounding(4.6, 4.55)).toBe(true);
    expect(agreeBeyondRounding(4.6, 4.6)).toBe(true);
    expect(agreeBeyondRounding(5, 4.6)).toBe(true);
  });
});

describe('evidence design', () => {
  it('takes the registry’s allocation where the review states no design, labelled as the registry’s', () => {
    const e = evidenceDesignOf({ design: 'not_stated', phase: null }, 'REVIEW', {
      studyType: 'INTERVENTIONAL',
      allocation: 'RANDOMIZED',
      phases: ['PHASE3'],
    });
    expect(e).toEqual({
      design: 'randomized_controlled_trial',
      phase: 'III',
      basis: 'REGISTRY',
      nonComparative: false,
      planned: false,
      note: "The review states no design; the registry record's allocation is randomized.",
    });
    expect(isHeadToHead(e)).toBe(true);
  });

  it('keeps the review’s own design where it states one', () => {
    const e = evidenceDesignOf({ design: 'single_arm_trial', phase: 'II' }, 'REVIEW', {
      studyType: 'INTERVENTIONAL',
      allocation: 'RANDOMIZED',
    });
    expect(e.basis).toBe('REVIEW');
    expect(e.design).toBe('single_arm_trial');
  });

  it('never draws a trial the record calls non-comparative as head to head', () => {
    const e = evidenceDesignOf({ design: 'randomized_controlled_trial', phase: 'II' }, 'REVIEW', {
      studyType: 'INTERVENTIONAL',
      allocation: 'RANDOMIZED',
      officialTitle: 'Randomized Non-comparative Phase II Trial',
    });
    expect(e.nonComparative).toBe(true);
    expect(isHeadToHead(e)).toBe(false);
  });

  it('takes a review study the review calls non-comparative as non-comparative, with no record at all', () => {
    const e = evidenceDesignOf({ design: 'randomized_controlled_trial', phase: 'II', nonComparative: true }, 'REVIEW', null);
    expect(e).toMatchObject({ design: 'randomized_controlled_trial', basis: 'REVIEW', nonComparative: true });
    expect(isHeadToHead(e)).toBe(false);
    expect(isHeadToHead(evidenceDesignOf({ design: 'randomized_controlled_trial', phase: 'II' }, 'REVIEW', null))).toBe(true);
  });

  it('never draws a planned trial (ongoing, nothing reported) as a head-to-head comparison', () => {
    const e = evidenceDesignOf({ design: 'randomized_controlled_trial', phase: 'III', planned: true }, 'REVIEW', null);
    expect(e.planned).toBe(true);
    expect(isHeadToHead(e)).toBe(false);
  });
});
