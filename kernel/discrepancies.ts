/**
 * Where the review and a study's registry record disagree: enrolment, design (allocation), phase,
 * status, and results on the same endpoint, statistic and arm that differ beyond rounding. A
 * field one source leaves unsaid is not a disagreement. Pure: both sides come in as plain values.
 */
import { designOfRegistry, phaseOfRegistry, statusesAgree, statusOfRegistry } from './registry.js';

export type Side = 'review' | 'registry';

export interface DiscrepancyValue {
  side: Side;
  value: string;
  /** The fact the value comes from (a study or a result), for its provenance. */
  factId: string;
}

export interface Discrepancy {
  field: string;
  values: DiscrepancyValue[];
}

export interface StudyFacts {
  id: string;
  design?: string | null;
  phase?: string | null;
  status?: string | null;
  enrolled?: number | null;
}

export interface RecordFacts {
  id: string;
  studyType?: string | null;
  allocation?: string | null;
  interventionModel?: string | null;
  phases?: readonly string[] | null;
  overallStatus?: string | null;
  enrolled?: number | null;
  enrollmentType?: string | null;
}

export interface ResultFacts {
  id: string;
  endpoint: string;
  statistic: string;
  value?: number | null;
  unit?: string | null;
  /** Interventions the result's arm received (empty for a whole-study result). */
  interventions: string[];
  armLabel?: string | null;
}

/** Two numbers agree when they are equal at the precision of the less precise one (11 and 11.04 agree). */
export function agreeBeyondRounding(a: number, b: number): boolean {
  const decimals = (x: number) => (Number.isInteger(x) ? 0 : (String(x).split('.')[1]?.length ?? 0));
  const d = Math.min(decimals(a), decimals(b));
  const round = (x: number) => Math.round(x * 10 ** d) / 10 ** d;
  return round(a) === round(b);
}

const DESIGN_WORDS: Record<string, string> = {
  randomized_controlled_trial: 'randomized controlled trial',
  non_randomized_trial: 'non-randomized trial',
  single_arm_trial: 'single-arm trial',
};

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function discrepanciesOf(
  study: StudyFacts,
  record: RecordFacts,
  reviewResults: ResultFacts[] = [],
  registryResults: ResultFacts[] = [],
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const pair = (field: string, review: string, registry: string, reviewFact = study.id, registryFact = record.id) =>
    out.push({
      field,
      values: [
        { side: 'review', value: review, factId: reviewFact },
        { side: 'registry', value: registry, factId: registryFact },
      ],
    });

  if (typeof study.enrolled === 'number' && typeof record.enrolled === 'number' && study.enrolled !== record.enrolled) {
    pair(
      'enrolled',
      String(study.enrolled),
      `${record.enrolled}${record.enrollmentType ? ` (${record.enrollmentType.toLowerCase()})` : ''}`,
    );
  }
  const registryDesign = designOfRegistry(record);
  if (
    study.design &&
    study.design !== 'not_stated' &&
    registryDesign !== 'not_stated' &&
    study.design in DESIGN_WORDS &&
    study.design !== registryDesign
  ) {
    pair(
      'design',
      DESIGN_WORDS[study.design] ?? study.design,
      `${DESIGN_WORDS[registryDesign] ?? registryDesign} (allocation ${record.allocation ?? 'not given'})`,
    );
  }
  const registryPhase = phaseOfRegistry(record.phases);
  if (study.phase && registryPhase && study.phase !== registryPhase) pair('phase', study.phase, registryPhase);
  if (study.status && record.overallStatus && !statusesAgree(study.status, record.overallStatus)) {
    pair('status', study.status.replaceAll('_', ' '), statusOfRegistry(record.overallStatus));
  }
  for (const r of reviewResults) {
    if (typeof r.value !== 'number') continue;
    for (const g of registryResults) {
      if (
        typeof g.value !== 'number' ||
        g.endpoint !== r.endpoint ||
        g.statistic !== r.statistic ||
        !sameSet(r.interventions, g.interventions)
      )
        continue;
      if (agreeBeyondRounding(r.value, g.value)) continue;
      const arm = r.armLabel ? ` (${r.armLabel})` : '';
      pair(
        `${r.endpoint} ${r.statistic.replaceAll('_', ' ')}${arm}`,
        `${r.value}${r.unit ? ` ${r.unit}` : ''}`,
        `${g.value}${g.unit ? ` ${g.unit}` : ''}`,
        r.id,
        g.id,
      );
    }
  }
  return out;
}
