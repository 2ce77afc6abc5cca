/**
 * The explorer's shareable state in the URL: the nodes on the canvas and the selected one.
 * Pure parse/format functions, unit-tested; the app reads them once and writes on every change.
 */
export interface UrlState {
  nodes: string[];
  selected: string | null;
}

const ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9.+-]*$/;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const nodes = (params.get('nodes') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => ID.test(s));
  const selected = params.get('selected');
  return { nodes: [...new Set(nodes)], selected: selected && ID.test(selected) ? selected : null };
}

export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.nodes.length > 0) params.set('nodes', state.nodes.join(','));
  if (state.selected) params.set('selected', state.selected);
  const s = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}
