/**
 * "Review says / Registry says": a review study beside its ClinicalTrials.gov record, field by field
 * (design, phase, status, enrolment, allocation, masking, dates, conditions), each row flagged where
 * the API's `discrepancies` lists the field, plus a row for every other listed discrepancy (results
 * on the same endpoint and arm). The words for codes come from the kernel, the one place the API
 * reads them too. Pure, unit-tested.
 */
import { phaseOfRegistry, registryDesignOf, statusOfRegistry } from '../../../kernel/registry';
import { human } from '../components/format';

/** What the comparison reads of the review's study. */
export interface ReviewSide {
  design: string;
  phase: string | null;
  status: string;
  enrolled: number | null;
  blinded: boolean | null;
  populations: { name: string }[];
}

/** What it reads of the registry record (as RegistryRecord gives it). */
export interface RegistrySide {
  studyType: string | null;
  allocation: string | null;
  interventionModel: string | null;
  phases: string[];
  overallStatus: string | null;
  whyStopped: string | null;
  enrollment: number | null;
  enrollmentType: string | null;
  masking: string | null;
  startDate: string | null;
  primaryCompletionDate: string | null;
  completionDate: string | null;
  conditions: string[];
  briefTitle?: string | null;
  officialTitle?: string | null;
}

export interface DiscrepancyLike {
  field: string;
  values: { value: string; source: { kind: string } }[];
}

export interface SideBySideRow {
  /** The discrepancy field this row stands for (enrolled, design, phase, status, or a result's). */
  field: string;
  label: string;
  review: string;
  registry: string;
  /** The API lists a discrepancy for this field: the two sources disagree. */
  differs: boolean;
}

const NOT_STATED = 'not stated';

/** A registry code as words: RANDOMIZED → randomized, NON_RANDOMIZED → non-randomized, NA → not applicable. */
export function registryWord(code: string | null | undefined): string {
  if (!code) return NOT_STATED;
  if (code === 'NA') return 'not applicable';
  return code.toLowerCase().replace(/^non_/, 'non-').replaceAll('_', ' ');
}

/** The allocation the review's design implies, in the registry's words. */
function reviewAllocation(design: string): string {
  switch (design) {
    case 'randomized_controlled_trial':
      return 'randomized';
    case 'non_randomized_trial':
      return 'non-randomized';
    case 'single_arm_trial':
      return 'single group (not randomized)';
    default:
      return NOT_STATED;
  }
}

function maskingOfReview(blinded: boolean | null): string {
  if (blinded === true) return 'blinded';
  if (blinded === false) return 'open label';
  return NOT_STATED;
}

function maskingOfRegistry(masking: string | null): string {
  if (!masking) return NOT_STATED;
  return masking === 'NONE' ? 'none (open label)' : registryWord(masking);
}

function datesOfRegistry(r: RegistrySide): string {
  const parts = [
    r.startDate ? `start ${r.startDate}` : null,
    r.primaryCompletionDate ? `primary completion ${r.primaryCompletionDate}` : null,
    r.completionDate ? `completion ${r.completionDate}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : NOT_STATED;
}

function designOfRegistryWords(r: RegistrySide): string {
  const { design, basis } = registryDesignOf(r);
  const words = design === 'not_stated' ? NOT_STATED : human(design).toLowerCase();
  const type = r.studyType ? registryWord(r.studyType) : null;
  const model = r.interventionModel ? `${registryWord(r.interventionModel)} assignment` : null;
  const how = basis === 'title' ? 'by its title' : null;
  const detail = [type, model, how].filter(Boolean).join(', ');
  return detail ? `${words} (${detail})` : words;
}

const ROW_LABELS: Record<string, string> = {
  design: 'Design',
  phase: 'Phase',
  status: 'Status',
  enrolled: 'Enrolment',
  allocation: 'Allocation',
  masking: 'Masking',
  dates: 'Dates',
  conditions: 'Conditions',
};

/**
 * The rows of the side-by-side table, in a fixed order, then one row per further discrepancy the
 * API lists (a result on the same endpoint and arm that differs), with both values as it gives them.
 */
export function sideBySide(review: ReviewSide, registry: RegistrySide, discrepancies: DiscrepancyLike[]): SideBySideRow[] {
  const listed = new Set(discrepancies.map((d) => d.field));
  const row = (field: string, reviewText: string, registryText: string, differsOn = field): SideBySideRow => ({
    field,
    label: ROW_LABELS[field] ?? field,
    review: reviewText,
    registry: registryText,
    differs: listed.has(differsOn),
  });
  const registryPhase = phaseOfRegistry(registry.phases);
  const rows: SideBySideRow[] = [
    row('design', human(review.design), designOfRegistryWords(registry)),
    row('phase', review.phase ?? NOT_STATED, registryPhase ? `${registryPhase} (${registry.phases.join(', ')})` : NOT_STATED),
    row(
      'status',
      human(review.status).replaceAll('_', ' ') || NOT_STATED,
      registry.overallStatus
        ? `${statusOfRegistry(registry.overallStatus)}${registry.whyStopped ? ` (why stopped: ${registry.whyStopped})` : ''}`
        : NOT_STATED,
    ),
    row(
      'enrolled',
      review.enrolled === null ? NOT_STATED : String(review.enrolled),
      registry.enrollment === null
        ? NOT_STATED
        : `${registry.enrollment}${registry.enrollmentType ? ` (${registry.enrollmentType.toLowerCase()})` : ''}`,
    ),
    // The review's design is its only word on allocation, so a design discrepancy is one on allocation too.
    row('allocation', reviewAllocation(review.design), registryWord(registry.allocation), 'design'),
    row('masking', maskingOfReview(review.blinded), maskingOfRegistry(registry.masking)),
    row('dates', NOT_STATED, datesOfRegistry(registry)),
    row('conditions', review.populations.map((p) => p.name).join('; ') || NOT_STATED, registry.conditions.join('; ') || NOT_STATED),
  ];
  const covered = new Set(rows.map((r) => r.field));
  for (const d of discrepancies) {
    if (covered.has(d.field)) continue;
    const of = (kind: string) =>
      d.values
        .filter((v) => v.source.kind === kind)
        .map((v) => v.value)
        .join('; ') || NOT_STATED;
    rows.push({ field: d.field, label: d.field, review: of('REVIEW'), registry: of('REGISTRY'), differs: true });
  }
  return rows;
}

/** Why a review study and a record are taken as one trial, in words. */
export function linkReasonText(link: { reason: string; detail: string }): string {
  const detail = link.detail.trim();
  switch (link.reason) {
    case 'NCT':
      return `The review gives the NCT number${detail ? `: ${detail}` : '.'}`;
    case 'ACRONYM':
      return `Same acronym${detail ? `: ${detail}` : '.'}`;
    case 'CURATED':
      return `Linked by a curator${detail ? `: ${detail}` : '.'}`;
    default:
      return detail || link.reason;
  }
}
