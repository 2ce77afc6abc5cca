import { describe, expect, it } from 'vitest';
import { compareParams, parseCompareState } from '../../client/src/compare/compare-url.js';
import { endpointOptions, COMMON_ENDPOINTS } from '../../client/src/compare/endpoints.js';

describe('Compare URL state', () => {
  it('reads therapies, endpoint, population and sort', () => {
    const state = parseCompareState(
      new URLSearchParams('?view=compare&interventions=intervention:everolimus,intervention:sunitinib&endpoint=PFS&population=population:pan-net&sort=value:desc'),
    );
    expect(state).toEqual({
      interventions: ['intervention:everolimus', 'intervention:sunitinib'],
      endpoint: 'PFS',
      population: 'population:pan-net',
      sort: { key: 'value', dir: 'desc' },
    });
  });

  it('round-trips through the parameters it writes', () => {
    const state = { interventions: ['intervention:lu177-dotatate', 'intervention:captem'], endpoint: 'endpoint:r0', population: null, sort: null };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(compareParams(state))) if (v !== null) params.set(k, v);
    expect(parseCompareState(params)).toEqual(state);
    expect(compareParams(state)).toEqual({ interventions: 'intervention:lu177-dotatate,intervention:captem', endpoint: 'endpoint:r0', population: null, sort: null });
  });

  it('drops what is not an id of the right kind, duplicates and bad sorts; defaults to PFS', () => {
    const state = parseCompareState(new URLSearchParams('?interventions=intervention:a,<script>,study:x,intervention:a&endpoint=<b>&population=study:x&sort=value:sideways'));
    expect(state).toEqual({ interventions: ['intervention:a'], endpoint: 'PFS', population: null, sort: null });
  });

  it('keeps at most ten therapies, as the API allows', () => {
    const many = Array.from({ length: 12 }, (_, i) => `intervention:x${i}`).join(',');
    expect(parseCompareState(new URLSearchParams(`?interventions=${many}`)).interventions).toHaveLength(10);
  });
});

describe('endpoint options', () => {
  it('offers the common codes and adds an endpoint from a link or a search', () => {
    expect(endpointOptions('PFS', undefined)).toBe(COMMON_ENDPOINTS);
    expect(endpointOptions('endpoint:r0', 'Complete resection').at(-1)).toEqual({ value: 'endpoint:r0', label: 'Complete resection' });
  });
});
