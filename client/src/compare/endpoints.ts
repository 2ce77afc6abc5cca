/**
 * The Compare view's endpoint select, built from the API's `endpoints` list: every endpoint, the
 * common ones (PFS, OS, DCR, ORR) first and the rest by name. An option's value is what goes in
 * the URL: the endpoint's code where the API's compare reads that code as this endpoint (PFS is
 * Progression-free survival, not Hepatic PFS), else its id; so links with either keep working.
 * Pure, unit-tested.
 */
import type { EndpointData } from '../api/compare-operations';

export interface EndpointOption {
  value: string;
  label: string;
}

/** Codes listed first, in this order. */
export const LEADING_CODES = ['PFS', 'OS', 'DCR', 'ORR'];

/**
 * The endpoint a URL value names, as the API's compare resolves it: by id, else by code (of
 * several endpoints with one code, the one that has the code as an alias, then the first id).
 */
export function resolveEndpoint(endpoints: readonly EndpointData[], value: string): EndpointData | null {
  const byId = endpoints.find((e) => e.id === value);
  if (byId) return byId;
  const withCode = endpoints
    .filter((e) => e.code === value)
    .sort((a, b) => Number(b.aliases.includes(value)) - Number(a.aliases.includes(value)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return withCode[0] ?? null;
}

/**
 * The URL value of an endpoint: its code when the code names it and nothing else could be meant
 * by it (the only endpoint with that code, or the one whose alias it is), else its id.
 */
export function endpointValue(endpoint: EndpointData, endpoints: readonly EndpointData[]): string {
  const shared = endpoints.filter((e) => e.code === endpoint.code).length;
  const named = shared === 1 || endpoint.aliases.includes(endpoint.code);
  return named && resolveEndpoint(endpoints, endpoint.code)?.id === endpoint.id ? endpoint.code : endpoint.id;
}

export interface EndpointChoice {
  options: EndpointOption[];
  /** The option the current URL value stands for. */
  selected: string;
}

/**
 * The select's options and its value for the endpoint in the URL (a code or an id). Before the
 * list has loaded, or for an endpoint the graph does not hold, the URL value is offered as it is,
 * so the select always shows what is being compared.
 */
export function endpointChoice(endpoints: readonly EndpointData[], current: string): EndpointChoice {
  const lead = (v: string) => (LEADING_CODES.includes(v) ? LEADING_CODES.indexOf(v) : LEADING_CODES.length);
  const options = endpoints
    .map((e) => {
      const value = endpointValue(e, endpoints);
      return { value, label: value === e.code ? `${e.code} — ${e.name}` : e.name, name: e.name };
    })
    .sort((a, b) => lead(a.value) - lead(b.value) || a.name.localeCompare(b.name, 'en') || a.value.localeCompare(b.value, 'en'))
    .map(({ value, label }): EndpointOption => ({ value, label }));
  const found = resolveEndpoint(endpoints, current);
  if (found) return { options, selected: endpointValue(found, endpoints) };
  const label = endpoints.length > 0 ? `${current} (not in the graph)` : current;
  return { options: [...options, { value: current, label }], selected: current };
}
