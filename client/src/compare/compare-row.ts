/** A comparison row as the view shows it: the API's row, its stable key, number, evidence, comparability and controls. */
import type { ComparisonRowData } from '../api/compare-operations';
import type { StudyEvidence } from '../evidence/evidence-level';
import type { Comparability } from './comparability';
import type { ControlArm, Effect } from './control-arms';

export interface CompareRow extends ComparisonRowData {
  key: string;
  /** 1-based position in the table, shown in the table and the plot so the two can be read together. */
  number: number;
  comparability: Comparability;
  evidence: StudyEvidence;
  /** The study's other arms on the same endpoint and statistic. */
  controls: ControlArm[];
  /** The arm's ratio against its control, where one is reported. */
  effect: Effect | null;
}

/** "95% CI 8.6–14.1", or "CI 8.6–14.1" when the level is not stated. */
export const ciText = (r: Pick<ComparisonRowData, 'ciLow' | 'ciHigh' | 'result'>) =>
  r.ciLow !== null || r.ciHigh !== null
    ? `${r.result.ciLevel !== null ? `${r.result.ciLevel}% ` : ''}CI ${r.ciLow ?? '?'}–${r.ciHigh ?? '?'}`
    : '';

export const explorerHref = (id: string) => `?view=explore&nodes=${id}&selected=${id}`;

export const rowTitle = (r: Pick<ComparisonRowData, 'study' | 'arm'>) => `${r.study.name}${r.arm ? ` · ${r.arm.label}` : ''}`;
