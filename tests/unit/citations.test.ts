import { describe, expect, it } from 'vitest';
import { citationsIn, referencesOf } from '../../kernel/citations.js';

describe('citations in a quote', () => {
  it('reads single citations, groups and ranges as the review writes them', () => {
    expect(citationsIn('respectively (P < 0.01)[102]')).toEqual([102]);
    expect(citationsIn('transaminase elevation (0.13%)[9,131]')).toEqual([9, 131]);
    expect(citationsIn('Guidelines propose algorithms[9-13]')).toEqual([9, 10, 11, 12, 13]);
  });

  it('ignores brackets that are not citations', () => {
    expect(citationsIn('[HR: 0.41; 95% CI: 0.29-0.58, P < 0.01]')).toEqual([]);
    expect(citationsIn('[57.4 vs 38.2 mo for patients treated with surgery only]')).toEqual([]);
  });

  it('joins a fact ref with its quote citations', () => {
    expect(referencesOf(131, 'thrombocytopenia (3.36%)[9,131]')).toEqual([9, 131]);
    expect(referencesOf(null, 'no citation here')).toEqual([]);
  });
});
