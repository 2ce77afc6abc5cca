import { describe, expect, it } from 'vitest';
import { numbersIn, numbersMissingFrom } from '../../seed/src/review/provenance/numbers.js';

describe('numbers in a quote', () => {
  it('reads decimals, ranges and thousands as the source writes them', () => {
    expect(numbersIn('median PFS of 11.0 mo vs 4.6 mo (P < 0.01)[102]')).toEqual(expect.arrayContaining([11, 4.6, 0.01, 102]));
    expect(numbersIn('skin rash (29%–49%)')).toEqual(expect.arrayContaining([29, 49]));
    expect(numbersIn('a maximum single dose of 1,500 mg/m2')).toContain(1500);
  });

  it('counts a number as quoted only when written, never rounded', () => {
    expect(numbersMissingFrom('11.0 mo vs 4.6 mo', [11, 4.6])).toEqual([]);
    expect(numbersMissingFrom('11.04 mo', [11])).toEqual([11]);
    expect(numbersMissingFrom('39.1% of cases', [39])).toEqual([39]);
  });
});
