/**
 * Evidence level from a study's design and phase, the order a clinician weighs them:
 * phase III RCT first, then other randomized trials, non-randomized trials, prospective cohorts,
 * retrospective studies, case series; meta-analyses and reviews are marked as such (they pool
 * other studies), and a design the review does not state is said so rather than guessed.
 */
import { must } from '../../../kernel/must';

export interface EvidenceLevel {
  /** 1 is strongest; pooled evidence and unknown designs sort after primary studies. */
  rank: number;
  label: string;
  short: string;
}

export const EVIDENCE_LEVELS: EvidenceLevel[] = [
  { rank: 1, label: 'Phase III randomized controlled trial', short: 'RCT III' },
  { rank: 2, label: 'Other randomized controlled trial', short: 'RCT' },
  { rank: 3, label: 'Non-randomized trial', short: 'Trial' },
  { rank: 4, label: 'Prospective cohort', short: 'Prospective' },
  { rank: 5, label: 'Retrospective study', short: 'Retrospective' },
  { rank: 6, label: 'Case series or report', short: 'Case series' },
  { rank: 7, label: 'Meta-analysis or systematic review', short: 'Meta-analysis' },
  { rank: 8, label: 'Secondary analysis', short: 'Secondary' },
  { rank: 9, label: 'Consensus or design not stated', short: 'Not stated' },
];

export function evidenceLevelOf(design: string | null | undefined, phase: string | null | undefined): EvidenceLevel {
  const level = (rank: number) => must(EVIDENCE_LEVELS[rank - 1], `an evidence level of rank ${rank}`);
  switch (design) {
    case 'randomized_controlled_trial':
      return phase === 'III' || phase === 'II/III' ? level(1) : level(2);
    case 'non_randomized_trial':
    case 'single_arm_trial':
      return level(3);
    case 'prospective_cohort':
      return level(4);
    case 'retrospective_cohort':
      return level(5);
    case 'case_series':
    case 'case_report':
      return level(6);
    case 'meta_analysis':
    case 'systematic_review':
      return level(7);
    case 'secondary_analysis':
      return level(8);
    default:
      return level(9);
  }
}

/** What evidence levels read of a study: its own design and phase, and the ones evidence rests on. */
export interface StudyDesignFields {
  design?: string | null;
  phase?: string | null;
  evidenceDesign?: string | null;
  evidencePhase?: string | null;
  evidenceBasis?: 'REVIEW' | 'REGISTRY' | null;
}

export interface StudyEvidence {
  level: EvidenceLevel;
  /** Whose design the level rests on: the review's, or the registry record's where the review is silent. */
  basis: 'REVIEW' | 'REGISTRY';
  /** "Phase III randomized controlled trial (registry)". */
  label: string;
  /** "RCT III (registry)". */
  short: string;
}

/**
 * A study's evidence level from the design evidence rests on (Study.evidenceDesign: the review's,
 * or the registry's where the review states none), labelled "(registry)" when it is the registry's.
 */
export function studyEvidence(s: StudyDesignFields): StudyEvidence {
  const level = evidenceLevelOf(s.evidenceDesign ?? s.design, s.evidenceDesign ? s.evidencePhase : s.phase);
  const basis = s.evidenceBasis === 'REGISTRY' ? 'REGISTRY' : 'REVIEW';
  const mark = basis === 'REGISTRY' ? ' (registry)' : '';
  return { level, basis, label: `${level.label}${mark}`, short: `${level.short}${mark}` };
}
