/**
 * Beside a comparison row, what a clinician reads next: the study's other arms on the same endpoint
 * and statistic (the control arms: placebo's median beside everolimus's), and the effect of the
 * row's arm against its control, a hazard ratio (or other ratio) with its CI and p, naming the arm
 * it was compared with. From the study's results as the API gives them. Pure, unit-tested.
 */

export interface ArmResultLike {
  id: string;
  statistic: string;
  value: number | null;
  unit: string | null;
  ciLow: number | null;
  ciHigh: number | null;
  ciLevel: number | null;
  pValue: string | null;
  timepoint: string | null;
  notReached: boolean;
  valueText: string;
  endpoint: { id: string };
  arm: { id: string; label: string } | null;
  comparedArms: { role: string; arm: { id: string; label: string } }[];
}

export interface RowLike {
  arm: { id: string; label: string } | null;
  statistic: string;
  timepoint: string | null;
  result: { id: string };
  study: { results: readonly ArmResultLike[] };
}

export interface ControlArm {
  armId: string;
  label: string;
  valueText: string;
  resultId: string;
}

export interface Effect {
  resultId: string;
  /** "HR 0.35 (95% CI 0.27–0.45), P < 0.001 vs Placebo" */
  text: string;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  versus: string[];
}

const isRatio = (statistic: string) => /ratio/i.test(statistic);

/** The study's other arms with a result of the same statistic (and timepoint) on the same endpoint. */
export function controlArmsOf(row: RowLike, endpointId: string): ControlArm[] {
  if (!row.arm || isRatio(row.statistic)) return [];
  return row.study.results
    .filter(
      (r) =>
        r.endpoint.id === endpointId &&
        r.arm &&
        r.arm.id !== row.arm!.id &&
        r.statistic === row.statistic &&
        (r.timepoint ?? null) === (row.timepoint ?? null),
    )
    .map((r) => ({ armId: r.arm!.id, label: r.arm!.label, valueText: r.valueText, resultId: r.id }));
}

const ciText = (r: Pick<ArmResultLike, 'ciLow' | 'ciHigh' | 'ciLevel'>) =>
  typeof r.ciLow === 'number' || typeof r.ciHigh === 'number' ? ` (${r.ciLevel ?? 95}% CI ${r.ciLow ?? '?'}–${r.ciHigh ?? '?'})` : '';
const pText = (p: string | null) => (p ? `, P ${/^[<>=≤≥]/.test(p) ? p : `= ${p}`}` : '');

/** The ratio on the same endpoint with the row's arm as the treatment arm (null for a ratio row itself or when none is reported). */
export function effectOf(row: RowLike, endpointId: string): Effect | null {
  if (!row.arm || isRatio(row.statistic)) return null;
  const found = row.study.results.find(
    (r) =>
      r.endpoint.id === endpointId &&
      isRatio(r.statistic) &&
      r.id !== row.result.id &&
      r.comparedArms.some((c) => c.role === 'treatment' && c.arm.id === row.arm!.id),
  );
  if (!found) return null;
  const versus = found.comparedArms.filter((c) => c.role === 'control').map((c) => c.arm.label);
  return {
    resultId: found.id,
    text: `${found.valueText}${ciText(found)}${pText(found.pValue)}${versus.length > 0 ? ` vs ${versus.join(', ')}` : ''}`,
    value: found.value,
    ciLow: found.ciLow,
    ciHigh: found.ciHigh,
    versus,
  };
}

/** For a ratio row: the arms it compares, "vs Placebo". */
export function comparedWith(row: {
  statistic: string;
  result: { comparedArms: { role: string; arm: { label: string } }[] };
}): string | null {
  if (!isRatio(row.statistic)) return null;
  const control = row.result.comparedArms.filter((c) => c.role === 'control').map((c) => c.arm.label);
  return control.length > 0 ? `vs ${control.join(', ')}` : null;
}
