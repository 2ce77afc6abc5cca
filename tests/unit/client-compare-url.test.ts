import { describe, expect, it } from 'vitest';
import { compareParams, parseCompareState } from '../../client/src/compare/compare-url.js';
import { endpointChoice, endpointValue, resolveEndpoint } from '../../client/src/compare/endpoints.js';
import type { EndpointData } from '../../client/src/api/compare-operations.js';

describe('Compare URL state', () => {
  it('reads therapies, endpoint, population and sort', () => {
    const state = parseCompareState(
      new URLSearchParams(
        '?view=compare&interventions=intervention:everolimus,intervention:sunitinib&endpoint=PFS&population=population:pan-net&sort=value:desc',
      ),
    );
    expect(state).toEqual({
      interventions: ['intervention:everolimus', 'intervention:sunitinib'],
      endpoint: 'PFS',
      population: 'population:pan-net',
      source: null,
      sort: { key: 'value', dir: 'desc' },
    });
  });

  it('reads the source shown, and nothing else for it', () => {
    expect(parseCompareState(new URLSearchParams('?source=REGISTRY')).source).toBe('REGISTRY');
    expect(parseCompareState(new URLSearchParams('?source=REVIEW')).source).toBe('REVIEW');
    expect(parseCompareState(new URLSearchParams('?source=anything')).source).toBeNull();
  });

  it('round-trips through the parameters it writes', () => {
    const state = {
      interventions: ['intervention:lu177-dotatate', 'intervention:captem'],
      endpoint: 'endpoint:r0',
      population: null,
      source: 'REGISTRY' as const,
      sort: null,
    };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(compareParams(state))) if (v !== null) params.set(k, v);
    expect(parseCompareState(params)).toEqual(state);
    expect(compareParams(state)).toEqual({
      interventions: 'intervention:lu177-dotatate,intervention:captem',
      endpoint: 'endpoint:r0',
      population: null,
      source: 'REGISTRY',
      sort: null,
    });
  });

  it('drops what is not an id of the right kind, duplicates and bad sorts; defaults to PFS', () => {
    const state = parseCompareState(
      new URLSearchParams(
        '?interventions=intervention:a,<script>,study:x,intervention:a&endpoint=<b>&population=study:x&sort=value:sideways',
      ),
    );
    expect(state).toEqual({ interventions: ['intervention:a'], endpoint: 'PFS', population: null, source: null, sort: null });
  });

  it('keeps at most ten therapies, as the API allows', () => {
    const many = Array.from({ length: 12 }, (_, i) => `intervention:x${i}`).join(',');
    expect(parseCompareState(new URLSearchParams(`?interventions=${many}`)).interventions).toHaveLength(10);
  });
});

// As seed/data declares them (00-core.yaml and the section files): codes are shared by some.
const ENDPOINTS: EndpointData[] = [
  {
    id: 'endpoint:r0',
    code: 'R0',
    name: 'Complete resection',
    aliases: ['R0 resection', 'radical resection', 'histologically complete resection'],
  },
  { id: 'endpoint:complete-ablation', code: 'CR', name: 'Complete ablation', aliases: [] },
  { id: 'endpoint:complete-necrosis', code: 'OTHER', name: 'Complete necrosis', aliases: [] },
  { id: 'endpoint:cr', code: 'CR', name: 'Complete response', aliases: ['CR'] },
  { id: 'endpoint:dcr', code: 'DCR', name: 'Disease control rate', aliases: ['DCR', 'disease control'] },
  { id: 'endpoint:follow-up', code: 'OTHER', name: 'Follow-up duration', aliases: ['median follow-up'] },
  { id: 'endpoint:hepatic-pfs', code: 'PFS', name: 'Hepatic progression-free survival', aliases: ['hepatic PFS'] },
  { id: 'endpoint:orr', code: 'ORR', name: 'Objective response rate', aliases: ['ORR', 'objective response', 'response rate'] },
  { id: 'endpoint:os', code: 'OS', name: 'Overall survival', aliases: ['OS'] },
  { id: 'endpoint:pfs', code: 'PFS', name: 'Progression-free survival', aliases: ['PFS'] },
];
const byId = (id: string) => ENDPOINTS.find((e) => e.id === id)!;

describe('endpoint select', () => {
  it('resolves a code or an id as the API does: the endpoint the code is an alias of, else the first id', () => {
    expect(resolveEndpoint(ENDPOINTS, 'PFS')?.id).toBe('endpoint:pfs');
    expect(resolveEndpoint(ENDPOINTS, 'endpoint:hepatic-pfs')?.id).toBe('endpoint:hepatic-pfs');
    expect(resolveEndpoint(ENDPOINTS, 'CR')?.id).toBe('endpoint:cr');
    expect(resolveEndpoint(ENDPOINTS, 'OTHER')?.id).toBe('endpoint:complete-necrosis');
    expect(resolveEndpoint(ENDPOINTS, 'XYZ')).toBeNull();
  });

  it('puts the code in the URL only where the code means that endpoint and nothing else, else the id', () => {
    expect(endpointValue(byId('endpoint:pfs'), ENDPOINTS)).toBe('PFS');
    expect(endpointValue(byId('endpoint:hepatic-pfs'), ENDPOINTS)).toBe('endpoint:hepatic-pfs');
    expect(endpointValue(byId('endpoint:r0'), ENDPOINTS)).toBe('R0');
    expect(endpointValue(byId('endpoint:cr'), ENDPOINTS)).toBe('CR');
    expect(endpointValue(byId('endpoint:complete-ablation'), ENDPOINTS)).toBe('endpoint:complete-ablation');
    // OTHER is shared and no endpoint's name: ids for all of them.
    expect(endpointValue(byId('endpoint:complete-necrosis'), ENDPOINTS)).toBe('endpoint:complete-necrosis');
    expect(endpointValue(byId('endpoint:follow-up'), ENDPOINTS)).toBe('endpoint:follow-up');
  });

  it('lists every endpoint once, PFS, OS, DCR and ORR first, then by name', () => {
    const { options, selected } = endpointChoice(ENDPOINTS, 'PFS');
    expect(selected).toBe('PFS');
    expect(options).toHaveLength(ENDPOINTS.length);
    expect(options.map((o) => o.label)).toEqual([
      'PFS — Progression-free survival',
      'OS — Overall survival',
      'DCR — Disease control rate',
      'ORR — Objective response rate',
      'Complete ablation',
      'Complete necrosis',
      'R0 — Complete resection',
      'CR — Complete response',
      'Follow-up duration',
      'Hepatic progression-free survival',
    ]);
    expect(new Set(options.map((o) => o.value)).size).toBe(ENDPOINTS.length);
  });

  it('selects the option of an endpoint a link names by code or by id', () => {
    expect(endpointChoice(ENDPOINTS, 'endpoint:pfs').selected).toBe('PFS');
    expect(endpointChoice(ENDPOINTS, 'endpoint:r0').selected).toBe('R0');
    expect(endpointChoice(ENDPOINTS, 'OTHER').selected).toBe('endpoint:complete-necrosis');
  });

  it('offers the URL value as it is before the list loads, and says when the graph lacks it', () => {
    expect(endpointChoice([], 'PFS')).toEqual({ options: [{ value: 'PFS', label: 'PFS' }], selected: 'PFS' });
    const unknown = endpointChoice(ENDPOINTS, 'XYZ');
    expect(unknown.selected).toBe('XYZ');
    expect(unknown.options.at(-1)).toEqual({ value: 'XYZ', label: 'XYZ (not in the graph)' });
  });
});
