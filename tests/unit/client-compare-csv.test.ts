import { describe, expect, it } from 'vitest';
import { comparisonCsv, csvField, CSV_HEADER, toCsv } from '../../client/src/compare/compare-csv.js';
import { comparabilityOf } from '../../client/src/compare/comparability.js';
import type { ComparisonRowData } from '../../client/src/api/compare-operations.js';

describe('CSV fields', () => {
  it('quotes commas, quotes, line breaks and surrounding spaces, and nothing else', () => {
    expect(csvField('RADIANT-3')).toBe('RADIANT-3');
    expect(csvField('progressive, advanced')).toBe('"progressive, advanced"');
    expect(csvField('the "P" value')).toBe('"the ""P"" value"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(11.4)).toBe('11.4');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
  });

  it('joins lines with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        [1, null],
      ]),
    ).toBe('a,"b,c"\r\n1,\r\n');
  });
});

describe('comparison CSV', () => {
  const row: ComparisonRowData = {
    intervention: { id: 'intervention:everolimus', name: 'Everolimus' },
    study: {
      id: 'study:radiant-3',
      name: 'RADIANT-3',
      evidenceNote: "The review states no design; the registry record's allocation is randomized.",
      arms: [],
      results: [],
    },
    arm: { id: 'arm:radiant-3-everolimus', label: 'Everolimus' },
    result: { id: 'result:radiant-3-pfs-everolimus-median', valueText: '11 months', ciLevel: null, comparedArms: [] },
    populations: [
      {
        id: 'population:pan-net-progressive',
        name: 'Progressive Pan-NETs',
        site: 'pancreas',
        differentiation: 'NET',
        grades: [],
        ki67Min: null,
        ki67Max: null,
        setting: 'progressive, advanced',
        line: null,
      },
    ],
    design: 'randomized_controlled_trial',
    phase: 'III',
    n: 140,
    statistic: 'median',
    value: 11,
    valueHigh: null,
    bound: null,
    unit: 'months',
    ciLow: null,
    ciHigh: null,
    pValue: '< 0.01',
    timepoint: null,
    notReached: false,
    provenance: {
      ref: 102,
      refs: [102],
      section: 'Targeted therapies: Everolimus',
      quote: 'median PFS of 11.0 mo vs 4.6 mo, "significant"',
      nct: null,
      locator: null,
      source: { id: 'review', kind: 'REVIEW', title: 'Review', url: null },
    },
    source: { id: 'review', kind: 'REVIEW', title: 'Review' },
    evidenceDesign: 'randomized_controlled_trial',
    evidenceBasis: 'REGISTRY',
    nonComparative: false,
  };

  it('writes a header and one line per row with the numbers as the API gave them', () => {
    const csv = comparisonCsv([row], comparabilityOf([row]));
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe(CSV_HEADER.join(','));
    expect(end).toBe('');
    expect(line).toContain(
      'Phase III randomized controlled trial,RADIANT-3,study:radiant-3,Randomized controlled trial,III,Everolimus,Everolimus,140,median,,11,,months,11 months,',
    );
    expect(line).toContain(',< 0.01,,no,Progressive Pan-NETs,pancreas,NET,,,"progressive, advanced",,');
    expect(line).toContain(
      ',102,Targeted therapies: Everolimus,"median PFS of 11.0 mo vs 4.6 mo, ""significant""",Review,registry,,,Review [102] · Targeted therapies: Everolimus',
    );
  });

  it('names the source, the control arms and the effect against them', () => {
    const withControls = {
      ...row,
      controls: [{ armId: 'arm:radiant-3-placebo', label: 'Placebo', valueText: '4.6 months', resultId: 'result:p' }],
      effect: {
        resultId: 'result:hr',
        text: 'HR 0.35 (95% CI 0.27–0.45) vs Placebo',
        value: 0.35,
        ciLow: 0.27,
        ciHigh: 0.45,
        versus: ['Placebo'],
      },
    };
    expect(comparisonCsv([withControls], comparabilityOf([withControls]))).toContain(
      ',Review,registry,Placebo: 4.6 months,HR 0.35 (95% CI 0.27–0.45) vs Placebo,',
    );
  });

  it('writes the bound the value is stated with in its own column', () => {
    const bounded = { ...row, statistic: 'rate', bound: '<=', value: 67, unit: '%', result: { ...row.result, valueText: 'up to 67%' } };
    expect(comparisonCsv([bounded], comparabilityOf([bounded]))).toContain(',Everolimus,140,rate,<=,67,,%,up to 67%,');
  });

  it('writes the CI level only where a CI is given', () => {
    const withCi = { ...row, ciLow: 8.6, ciHigh: 14.1, result: { ...row.result, ciLevel: 95 } };
    expect(comparisonCsv([withCi], comparabilityOf([withCi]))).toContain(',11 months,95,8.6,14.1,');
    expect(comparisonCsv([row], comparabilityOf([row]))).toContain(',11 months,,,,');
  });
});
