import { describe, expect, it } from 'vitest';
import { comparabilityOf, compareProfiles, ki67Text, profileOf, type PopulationLike } from '../../client/src/compare/comparability.js';

const pop = (over: Partial<PopulationLike> = {}): PopulationLike => ({
  name: 'Progressive Pan-NETs',
  site: 'pancreas',
  differentiation: 'NET',
  grades: [],
  ki67Min: null,
  ki67Max: null,
  setting: 'progressive, advanced',
  line: null,
  ...over,
});

describe('population profile', () => {
  it('describes site, NET/NEC, grades, Ki67, setting and line', () => {
    expect(profileOf([pop({ grades: ['G1', 'G2'], ki67Max: 20, line: 'first line' })])).toEqual({
      site: 'pancreas',
      differentiation: 'NET',
      grades: 'G1, G2',
      ki67: 'up to 20%',
      setting: 'progressive, advanced',
      line: 'first line',
    });
  });

  it('joins the values of several populations and leaves unstated ones null', () => {
    const p = profileOf([pop({ site: 'pancreas' }), pop({ site: 'small_bowel', setting: null })]);
    expect(p.site).toBe('pancreas + small_bowel');
    expect(p.setting).toBe('progressive, advanced');
    expect(p.grades).toBeNull();
    expect(profileOf([]).site).toBeNull();
  });

  it('states Ki67 bounds without claiming they are inclusive', () => {
    expect(ki67Text(3, 20)).toBe('3–20%');
    expect(ki67Text(55, null)).toBe('from 55%');
    expect(ki67Text(null, 10)).toBe('up to 10%');
    expect(ki67Text(null, null)).toBeNull();
  });
});

describe('comparability flags', () => {
  it('flags nothing when every population agrees', () => {
    const flags = comparabilityOf([{ populations: [pop()] }, { populations: [pop({ name: 'Other name, same attributes' })] }]);
    expect(flags.every((f) => f.differences.length === 0 && f.unstated.length === 0)).toBe(true);
  });

  it('names the difference of the row that differs from the others', () => {
    const flags = comparabilityOf([{ populations: [pop()] }, { populations: [pop()] }, { populations: [pop({ site: 'small_bowel' })] }]);
    expect(flags).toHaveLength(3);
    expect(flags[0]!.differences).toEqual([]);
    expect(flags[1]!.differences).toEqual([]);
    expect(flags[2]!.differences.map((d) => d.text)).toEqual(['Different site: small bowel here, pancreas in most other rows']);
  });

  it('checks every attribute and labels them as a clinician reads them', () => {
    const flags = comparabilityOf([
      { populations: [pop({ grades: ['G1', 'G2'], ki67Max: 20, line: 'first line' })] },
      { populations: [pop({ differentiation: 'NEC', grades: ['G3'], ki67Min: 55, setting: 'metastatic', line: 'second line' })] },
    ]);
    expect(flags).toHaveLength(2);
    expect(flags[1]!.differences.map((d) => d.text)).toEqual([
      'Different tumour type (NET/NEC): NEC here, NET in most other rows',
      'Different grades: G3 here, G1, G2 in most other rows',
      'Different Ki67 range: from 55% here, up to 20% in most other rows',
      'Different setting: metastatic here, progressive, advanced in most other rows',
      'Different line of therapy: second line here, first line in most other rows',
    ]);
  });

  it('breaks a tie in favour of the earliest row (strongest evidence first)', () => {
    const flags = compareProfiles([profileOf([pop({ site: 'pancreas' })]), profileOf([pop({ site: 'gep' })])]);
    expect(flags).toHaveLength(2);
    expect(flags[0]!.differences).toEqual([]);
    expect(flags[1]!.differences[0]?.text).toBe('Different site: gep here, pancreas in most other rows');
  });

  it('lists an attribute the row does not state, without calling it a difference', () => {
    const flags = comparabilityOf([{ populations: [pop({ line: 'pretreated' })] }, { populations: [pop()] }]);
    expect(flags).toHaveLength(2);
    expect(flags[1]!.differences).toEqual([]);
    expect(flags[1]!.unstated).toEqual(['line']);
    expect(flags[0]!.unstated).toEqual([]);
  });
});
