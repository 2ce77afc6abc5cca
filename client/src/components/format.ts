/** How numbers of the evidence read in the client: value with CI and p, provenance citation. */
type R = Record<string, unknown>;

export function formatResultValue(r: R): string {
  if (r.notReached) return 'not reached';
  const parts = [String(r.valueText ?? r.value)];
  if (typeof r.ciLow === 'number') parts.push(`(${r.ciLevel ?? 95}% CI ${r.ciLow}–${r.ciHigh})`);
  if (r.pValue) parts.push(`P ${/^[<>=≤≥]/.test(String(r.pValue)) ? r.pValue : `= ${r.pValue}`}`);
  return parts.join(' ');
}

export function formatRate(r: R): string {
  if (typeof r.value !== 'number') return String(r.frequency ?? 'reported');
  const bound = r.bound === '<=' ? 'up to ' : r.bound === '<' ? '< ' : r.bound === '>' ? '> ' : r.bound === '>=' ? '≥ ' : '';
  const number = typeof r.valueHigh === 'number' ? `${r.value}–${r.valueHigh}` : `${r.value}`;
  return `${bound}${number}${r.unit === '%' || !r.unit ? '%' : ` ${r.unit}`}${r.grade ? ` (grade ${r.grade})` : ''}`;
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
