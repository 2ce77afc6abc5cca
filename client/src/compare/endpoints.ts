/**
 * The endpoints offered in the Compare view's select list: the common codes of the curated
 * vocabulary (seed/data/00-core.yaml). Any other endpoint can be searched for and is added.
 */
export interface EndpointOption {
  value: string;
  label: string;
}

export const COMMON_ENDPOINTS: EndpointOption[] = [
  { value: 'PFS', label: 'PFS — Progression-free survival' },
  { value: 'OS', label: 'OS — Overall survival' },
  { value: 'ORR', label: 'ORR — Objective response rate' },
  { value: 'DCR', label: 'DCR — Disease control rate' },
  { value: 'TTP', label: 'TTP — Time to progression' },
  { value: 'DOR', label: 'DOR — Duration of response' },
  { value: 'TTF', label: 'TTF — Time to treatment failure' },
  { value: 'RFS', label: 'RFS — Recurrence-free survival' },
  { value: 'DFS', label: 'DFS — Disease-free survival' },
  { value: 'SD', label: 'SD — Stable disease' },
  { value: 'PR', label: 'PR — Partial response' },
  { value: 'CR', label: 'CR — Complete response' },
  { value: 'QOL', label: 'QOL — Quality of life' },
];

/** The list with the current endpoint in it, labelled as the API or a search named it. */
export function endpointOptions(current: string, label: string | undefined): EndpointOption[] {
  if (COMMON_ENDPOINTS.some((e) => e.value === current)) return COMMON_ENDPOINTS;
  return [...COMMON_ENDPOINTS, { value: current, label: label ?? current }];
}
