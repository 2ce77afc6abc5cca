/**
 * The Evidence network view's shareable state: the population filter (`population`), the selected
 * comparison (`edge`, two intervention ids joined by |) and the layout (`layout`: force-directed unless `circle`). Pure, unit-tested.
 */
export type NetworkLayout = 'circle' | 'fcose';

export interface NetworkState {
  population: string | null;
  edge: string | null;
  layout: NetworkLayout;
}

const ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9.+-]*$/;

export function parseNetworkState(params: URLSearchParams): NetworkState {
  const population = params.get('population');
  const edge = params.get('edge');
  const parts = edge?.split('|') ?? [];
  return {
    population: population && ID.test(population) && population.startsWith('population:') ? population : null,
    edge: parts.length === 2 && parts.every((p) => ID.test(p) && p.startsWith('intervention:')) ? edge! : null,
    layout: params.get('layout') === 'circle' ? 'circle' : 'fcose',
  };
}

export function networkParams(state: NetworkState): Record<string, string | null> {
  return { population: state.population, edge: state.edge, layout: state.layout === 'fcose' ? null : state.layout };
}
