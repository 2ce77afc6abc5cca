/**
 * How a ClinicalTrials.gov record reads in the graph's own vocabulary. A registry record becomes a
 * Study (`study:nct00510068`) owned by `ctgov:NCT00510068`; these tables say how its coded fields
 * map onto the review's words for design, phase and status, the one place both the importer and
 * the API (evidence levels, discrepancies) take them from. A field with no mapping stays as the
 * registry writes it.
 */

/** The id of the Study a registry record becomes. */
export const registryStudyIdOf = (nct: string): string => `study:${nct.toLowerCase()}`;

/** Registry phase codes as the review writes phases: PHASE2 + PHASE3 → "II/III". */
const PHASE_WORDS: Record<string, string> = { EARLY_PHASE1: 'I', PHASE1: 'I', PHASE2: 'II', PHASE3: 'III', PHASE4: 'IV' };

export function phaseOfRegistry(phases: readonly string[] | null | undefined): string | undefined {
  const words = [...new Set((phases ?? []).map((p) => PHASE_WORDS[p]).filter((w): w is string => w !== undefined))];
  return words.length === 0 ? undefined : words.join('/');
}

/**
 * The review's design word for a registry record: randomized allocation → randomized controlled
 * trial; non-randomized → non-randomized trial; one group → single-arm trial; an observational
 * study's time perspective → prospective or retrospective cohort. Where the record gives no
 * allocation, its own title saying "randomized" (and not "non-randomized") counts, and `basis`
 * says so; anything else → not stated.
 */
export function registryDesignOf(r: {
  studyType?: string | null;
  allocation?: string | null;
  interventionModel?: string | null;
  timePerspective?: string | null;
  briefTitle?: string | null;
  officialTitle?: string | null;
}): { design: string; basis: 'allocation' | 'title' | 'model' | 'none' } {
  if (r.studyType !== 'OBSERVATIONAL') {
    if (r.allocation === 'RANDOMIZED') return { design: 'randomized_controlled_trial', basis: 'allocation' };
    if (r.allocation === 'NON_RANDOMIZED') return { design: 'non_randomized_trial', basis: 'allocation' };
    if (r.interventionModel === 'SINGLE_GROUP') return { design: 'single_arm_trial', basis: 'model' };
    const title = r.officialTitle ?? r.briefTitle ?? '';
    if (!r.allocation && /\brandomi[sz]ed\b/i.test(title) && !/\bnon[- ]?randomi[sz]ed\b/i.test(title)) {
      return { design: 'randomized_controlled_trial', basis: 'title' };
    }
  }
  if (r.studyType === 'OBSERVATIONAL') {
    if (r.timePerspective === 'PROSPECTIVE') return { design: 'prospective_cohort', basis: 'model' };
    if (r.timePerspective === 'RETROSPECTIVE') return { design: 'retrospective_cohort', basis: 'model' };
  }
  return { design: 'not_stated', basis: 'none' };
}

export const designOfRegistry = (r: Parameters<typeof registryDesignOf>[0]): string => registryDesignOf(r).design;

/** The registry's status word as a reader says it: ACTIVE_NOT_RECRUITING → "active, not recruiting". */
export function statusOfRegistry(overallStatus: string): string {
  return overallStatus === 'ACTIVE_NOT_RECRUITING' ? 'active, not recruiting' : overallStatus.toLowerCase().replaceAll('_', ' ');
}

const RUNNING = ['RECRUITING', 'ACTIVE_NOT_RECRUITING', 'NOT_YET_RECRUITING', 'ENROLLING_BY_INVITATION', 'SUSPENDED'];

/**
 * Whether the review's status and the registry's overall status can both be true: a trial the
 * review calls ongoing is still running in the registry; one it calls terminated early is
 * terminated or withdrawn; one it reports as published or presented has finished or is active
 * (follow-up goes on after a report). UNKNOWN agrees with anything.
 */
export function statusesAgree(reviewStatus: string, overallStatus: string): boolean {
  if (overallStatus === 'UNKNOWN') return true;
  switch (reviewStatus) {
    case 'ongoing':
      return RUNNING.includes(overallStatus);
    case 'terminated_early':
      return overallStatus === 'TERMINATED' || overallStatus === 'WITHDRAWN';
    case 'published':
    case 'presented':
      return ['COMPLETED', 'ACTIVE_NOT_RECRUITING', 'TERMINATED'].includes(overallStatus);
    default:
      return true;
  }
}

/** A trial the record itself calls non-comparative: randomized, but its arms are not compared head to head. */
export function isNonComparative(titles: (string | null | undefined)[]): boolean {
  return titles.some((t) => typeof t === 'string' && /\bnon[- ]?comparative\b/i.test(t));
}

/** Why a review study and a registry record are taken as the same trial. */
export const REGISTRY_LINK_REASONS = ['NCT', 'ACRONYM', 'CURATED'] as const;
export type RegistryLinkReason = (typeof REGISTRY_LINK_REASONS)[number];
