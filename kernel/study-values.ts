/**
 * The words a Study's design, phase and status are written in: the review's own lists (which the
 * curated data is validated against) and the registry's statuses as the graph stores them
 * (kernel/registry.ts statusOfRegistry). The seed validates with them; the API checks filters
 * against them, so a misspelt filter is refused instead of matching nothing.
 */
import { statusOfRegistry } from './registry.js';

export const STUDY_DESIGNS = [
  'randomized_controlled_trial',
  'non_randomized_trial',
  'single_arm_trial',
  'prospective_cohort',
  'retrospective_cohort',
  'case_series',
  'case_report',
  'meta_analysis',
  'systematic_review',
  'secondary_analysis',
  'expert_consensus',
  'not_stated',
] as const;

/** The review's phases; a registry record's phases read the same way (PHASE2 + PHASE3 → "II/III"). */
export const PHASES = ['I', 'I/II', 'II', 'II/III', 'III', 'IV'] as const;

/** The review's statuses of a study. */
export const STUDY_STATUSES = ['published', 'presented', 'ongoing', 'terminated_early'] as const;

/** ClinicalTrials.gov's overall statuses (API v2), as the registry writes them. */
export const REGISTRY_OVERALL_STATUSES = [
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
  'UNKNOWN',
] as const;

/** Every status a Study of either source may have in the graph: the review's, then the registry's words. */
export const ALL_STUDY_STATUSES: readonly string[] = [...STUDY_STATUSES, ...REGISTRY_OVERALL_STATUSES.map(statusOfRegistry)];
