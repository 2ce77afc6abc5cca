import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../seed/src/review/provenance/source-text.js';

const TEXT = [
  'Targeted therapies: Everolimus',
  'RADIANT-3 showed 11.0 mo vs 4.6 mo.',
  '',
  'Targeted therapies: Sunitinib',
  'Sunitinib  at \t37.5 mg, as registered.',
  '\tr-NETs',
].join('\n');

describe('source text', () => {
  const source = parseSourceText(TEXT);

  it('finds headings, not sentences or table cells', () => {
    expect(source.headings).toEqual(['Targeted therapies: Everolimus', 'Targeted therapies: Sunitinib']);
  });

  it('finds quotes whatever their white space, under the right heading only', () => {
    expect(source.contains('Sunitinib at 37.5 mg')).toBe(true);
    expect(source.containsUnder('Targeted therapies: Everolimus', '11.0 mo vs 4.6 mo')).toBe(true);
    expect(source.containsUnder('Targeted therapies: Sunitinib', '11.0 mo vs 4.6 mo')).toBe(false);
    expect(source.contains('11 mo vs 4.6 mo')).toBe(false);
  });
});
