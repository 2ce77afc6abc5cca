/** Beside a comparison row: the control arms of its study and the effect against them; a colour per therapy. */
import { describe, expect, it } from 'vitest';
import { comparedWith, controlArmsOf, effectOf, type ArmResultLike, type RowLike } from '../../client/src/compare/control-arms.js';
import { THERAPY_PALETTE, therapyColours } from '../../client/src/compare/therapy-colours.js';

const everolimus = { id: 'arm:radiant-3-everolimus', label: 'Everolimus' };
const placebo = { id: 'arm:radiant-3-placebo', label: 'Placebo' };
const result = (id: string, over: Partial<ArmResultLike>): ArmResultLike => ({
  id,
  statistic: 'median',
  value: null,
  unit: 'months',
  ciLow: null,
  ciHigh: null,
  ciLevel: null,
  pValue: null,
  timepoint: null,
  notReached: false,
  valueText: '',
  endpoint: { id: 'endpoint:pfs' },
  arm: null,
  comparedArms: [],
  ...over,
});
const results = [
  result('r-eve', { value: 11, valueText: '11 months', arm: everolimus }),
  result('r-pbo', { value: 4.6, valueText: '4.6 months', arm: placebo }),
  result('r-pbo-os', { value: 30, valueText: '30 months', arm: placebo, endpoint: { id: 'endpoint:os' } }),
  result('r-hr', {
    statistic: 'hazard_ratio',
    unit: null,
    value: 0.35,
    valueText: 'HR 0.35',
    ciLow: 0.27,
    ciHigh: 0.45,
    ciLevel: 95,
    pValue: '< 0.001',
    comparedArms: [
      { role: 'treatment', arm: everolimus },
      { role: 'control', arm: placebo },
    ],
  }),
];
const row: RowLike = { arm: everolimus, statistic: 'median', timepoint: null, result: { id: 'r-eve' }, study: { results } };

describe('control arms and effects', () => {
  it('shows the other arms on the same endpoint and statistic: placebo’s 4.6 months beside everolimus’s', () => {
    expect(controlArmsOf(row, 'endpoint:pfs')).toEqual([
      { armId: placebo.id, label: 'Placebo', valueText: '4.6 months', resultId: 'r-pbo' },
    ]);
    expect(controlArmsOf({ ...row, arm: null }, 'endpoint:pfs')).toEqual([]);
  });

  it('gives the hazard ratio of the arm against its control, with CI and p', () => {
    expect(effectOf(row, 'endpoint:pfs')).toMatchObject({
      resultId: 'r-hr',
      text: 'HR 0.35 (95% CI 0.27–0.45), P < 0.001 vs Placebo',
      value: 0.35,
      versus: ['Placebo'],
    });
    expect(effectOf({ ...row, arm: placebo }, 'endpoint:pfs')).toBeNull();
    expect(effectOf(row, 'endpoint:os')).toBeNull();
  });

  it('names the control arm of a ratio row', () => {
    expect(
      comparedWith({
        statistic: 'hazard_ratio',
        result: {
          comparedArms: [
            { role: 'treatment', arm: everolimus },
            { role: 'control', arm: placebo },
          ],
        },
      }),
    ).toBe('vs Placebo');
    expect(comparedWith({ statistic: 'median', result: { comparedArms: [] } })).toBeNull();
  });
});

describe('therapy colours', () => {
  it('gives each therapy its own colour in the order picked', () => {
    const colours = therapyColours(['intervention:everolimus', 'intervention:sunitinib', 'intervention:surufatinib']);
    expect([...colours.values()]).toEqual(THERAPY_PALETTE.slice(0, 3));
    expect(new Set(THERAPY_PALETTE).size).toBe(THERAPY_PALETTE.length);
  });
});
