/**
 * The Compare view's shareable state in URL parameters: the therapies (`interventions`, comma
 * separated ids), the endpoint code (`endpoint`), the population id (`population`), the source
 * shown (`source=REVIEW` or `REGISTRY`; both when absent) and the table's sort (`sort=value:desc`).
 * Pure parse/format, unit-tested; anything malformed is dropped.
 */
export type SortKey = 'level' | 'study' | 'design' | 'phase' | 'intervention' | 'arm' | 'n' | 'value' | 'ci' | 'p';
export type SortDir = 'asc' | 'desc';

export interface CompareState {
  interventions: string[];
  endpoint: string;
  population: string | null;
  /** Only rows of this source (null: the review's and the registry's). */
  source: 'REVIEW' | 'REGISTRY' | null;
  sort: { key: SortKey; dir: SortDir } | null;
}

export const DEFAULT_ENDPOINT = 'PFS';
const ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9.+-]*$/;
const ENDPOINT = /^[A-Za-z0-9_][A-Za-z0-9_:.-]{0,80}$/;
export const SORT_KEYS: SortKey[] = ['level', 'study', 'design', 'phase', 'intervention', 'arm', 'n', 'value', 'ci', 'p'];
/** The API compares at most this many interventions at once. */
export const MAX_INTERVENTIONS = 10;

export function parseCompareState(params: URLSearchParams): CompareState {
  const interventions = [
    ...new Set(
      (params.get('interventions') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => ID.test(s) && s.startsWith('intervention:')),
    ),
  ].slice(0, MAX_INTERVENTIONS);
  const endpoint = params.get('endpoint') ?? '';
  const population = params.get('population');
  const [key, dir] = (params.get('sort') ?? '').split(':');
  const source = params.get('source');
  return {
    interventions,
    endpoint: ENDPOINT.test(endpoint) ? endpoint : DEFAULT_ENDPOINT,
    population: population && ID.test(population) && population.startsWith('population:') ? population : null,
    source: source === 'REVIEW' || source === 'REGISTRY' ? source : null,
    sort: SORT_KEYS.includes(key as SortKey) && (dir === 'asc' || dir === 'desc') ? { key: key as SortKey, dir } : null,
  };
}

/** The parameters to set (null removes one), for useUrlParams. */
export function compareParams(state: CompareState): Record<string, string | null> {
  return {
    interventions: state.interventions.length > 0 ? state.interventions.join(',') : null,
    endpoint: state.endpoint,
    population: state.population,
    source: state.source,
    sort: state.sort ? `${state.sort.key}:${state.sort.dir}` : null,
  };
}
