/**
 * How a reported number reads, the same in the API, the client and every source: "11 months",
 * "30–100%", "HR 0.64", "not reached"; and the comparison a p-value is written with.
 */

/** The numeric part of a result, as any source stores it. */
export interface ResultNumber {
  statistic: string;
  value?: number | null;
  valueHigh?: number | null;
  unit?: string | null;
  notReached?: boolean | null;
  bound?: string | null;
}

const P_BOUND: [RegExp, string][] = [
  [/^\s*(<=|≤)/, '<='],
  [/^\s*(>=|≥)/, '>='],
  [/^\s*</, '<'],
  [/^\s*>/, '>'],
];

/** The comparison a p-value is written with ("< 0.01" → "<"; "0.023" → "="). */
export function pValueBoundOf(pValue: string): string {
  return P_BOUND.find(([re]) => re.test(pValue))?.[1] ?? '=';
}

const BOUND_WORDS: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '~': '~' };

/** How a result's number reads: "11 months", "30–100 %", "not reached", "HR 0.64". */
export function valueTextOf(r: ResultNumber): string {
  if (r.notReached) return 'not reached';
  const number = r.valueHigh !== undefined && r.valueHigh !== null ? `${r.value}–${r.valueHigh}` : `${r.value}`;
  const bounded = r.bound ? `${BOUND_WORDS[r.bound] ?? r.bound} ${number}` : number;
  if (r.statistic === 'hazard_ratio') return `HR ${bounded}`;
  if (r.statistic === 'odds_ratio') return `OR ${bounded}`;
  if (r.statistic === 'risk_ratio') return `RR ${bounded}`;
  // A relative effect, not a rate: "36% relative risk reduction" never reads as 36% of patients.
  if (r.statistic === 'relative_risk_reduction') return r.unit === '%' ? `${bounded}% relative risk reduction` : `RRR ${bounded}`;
  return r.unit === '%' ? `${bounded}%` : r.unit ? `${bounded} ${r.unit}` : bounded;
}
