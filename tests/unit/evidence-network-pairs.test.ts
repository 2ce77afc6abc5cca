import { describe, expect, it } from 'vitest';
import { comparedPairs } from '../../server/src/evidence-network/repository.js';

describe('what two arms compare', () => {
  it('pairs what each arm has that the other lacks', () => {
    expect(comparedPairs(['intervention:everolimus'], ['intervention:placebo'])).toEqual([
      ['intervention:everolimus', 'intervention:placebo'],
    ]);
  });
  it('compares an add-on with the backbone it was added to', () => {
    expect(comparedPairs(['intervention:b', 'intervention:a'], ['intervention:b'])).toEqual([['intervention:a', 'intervention:b']]);
  });
  it('gives nothing for two arms that received the same', () => {
    expect(comparedPairs(['intervention:a'], ['intervention:a'])).toEqual([]);
  });
});
