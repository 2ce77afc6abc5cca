/** How numbers of the evidence read in the client: a value with CI and p, a rate, a design's words. */

/** What a value's text reads of a result (Result, ComparisonRow, …). */
export interface ResultValueLike {
  notReached: boolean;
  valueText?: string | null;
  value?: number | null;
  ciLow?: number | null;
  ciHigh?: number | null;
  ciLevel?: number | null;
  pValue?: string | null;
}

/** "11 months (95% CI 8.4–13.3) P < 0.01". */
export function formatResultValue(r: ResultValueLike): string {
  if (r.notReached) return 'not reached';
  const parts = [String(r.valueText ?? r.value)];
  if (typeof r.ciLow === 'number') parts.push(`(${r.ciLevel ?? 95}% CI ${r.ciLow}–${r.ciHigh})`);
  if (r.pValue) parts.push(`P ${/^[<>=≤≥]/.test(r.pValue) ? r.pValue : `= ${r.pValue}`}`);
  return parts.join(' ');
}

/** What a rate's text reads of an adverse-event rate. */
export interface RateLike {
  value?: number | null;
  valueHigh?: number | null;
  bound?: string | null;
  unit?: string | null;
  grade?: string | null;
  frequency?: string | null;
  timepoint?: string | null;
}

/** "up to 12% (grade 3-4)", "rare", "5–10% after 4 mo of therapy". */
export function formatRate(r: RateLike): string {
  const when = r.timepoint ? ` ${r.timepoint}` : '';
  if (typeof r.value !== 'number') return `${r.frequency ?? 'reported'}${when}`;
  const bound = r.bound === '<=' ? 'up to ' : r.bound === '<' ? '< ' : r.bound === '>' ? '> ' : r.bound === '>=' ? '≥ ' : '';
  const number = typeof r.valueHigh === 'number' ? `${r.value}–${r.valueHigh}` : `${r.value}`;
  return `${bound}${number}${r.unit === '%' || !r.unit ? '%' : ` ${r.unit}`}${r.grade ? ` (grade ${r.grade})` : ''}${when}`;
}

export const HUMAN: Record<string, string> = {
  randomized_controlled_trial: 'Randomized controlled trial',
  non_randomized_trial: 'Non-randomized trial',
  single_arm_trial: 'Single-arm trial',
  prospective_cohort: 'Prospective cohort',
  retrospective_cohort: 'Retrospective cohort',
  case_series: 'Case series',
  case_report: 'Case report',
  meta_analysis: 'Meta-analysis',
  systematic_review: 'Systematic review',
  secondary_analysis: 'Secondary analysis',
  expert_consensus: 'Expert consensus',
  not_stated: 'Design not stated in the review',
};

export const human = (v: unknown) => (typeof v === 'string' ? (HUMAN[v] ?? v.replaceAll('_', ' ')) : '');
