/**
 * Why each trial is or is not an edge of the evidence network, in words: drawn (and between which
 * therapies, randomized by the review's words or by its registry record's), or left out because it
 * is a registry record of a review study (counted once, as the review's), planned, randomized but
 * non-comparative, not stated to be randomized, of another design, or randomized between arms that
 * did not receive two different therapies. Pure, unit-tested.
 */
import { human } from '../components/format';

export interface TrialLike {
  id: string;
  name: string;
  design: string;
  evidenceDesign: string;
  evidenceBasis: 'REVIEW' | 'REGISTRY';
  evidenceNote: string | null;
  nonComparative: boolean;
  planned: boolean;
  source: { kind: 'REVIEW' | 'REGISTRY' };
  reviewStudies: { id: string; name: string }[];
  arms: { interventions: { id: string; name: string; interventionKind: string }[] }[];
}

export interface EdgeLike {
  id: string;
  source: { name: string };
  target: { name: string };
  studies: { id: string }[];
}

export type ReasonCode =
  'edge' | 'registry-twin' | 'planned' | 'non-comparative' | 'not-stated' | 'other-design' | 'same-therapy' | 'not-in-network';

export interface TrialReason {
  trial: TrialLike;
  isEdge: boolean;
  code: ReasonCode;
  text: string;
}

/** The wording of each reason a trial is not an edge, as headings. */
export const REASON_HEADINGS: Record<Exclude<ReasonCode, 'edge'>, string> = {
  'registry-twin': 'Registry records of review studies (counted once, as the review’s study)',
  planned: 'Planned trials (nothing reported yet)',
  'non-comparative': 'Randomized but non-comparative',
  'not-stated': 'No randomization stated',
  'other-design': 'Not randomized trials',
  'same-therapy': 'Randomized, but not between two different therapies',
  'not-in-network': 'Randomized, but not between therapies of this network',
};

/** Therapies that are given alongside, not compared (the API leaves supportive care out of comparisons). */
const ALONGSIDE = new Set(['supportive_care']);

export function trialReason(trial: TrialLike, edges: readonly EdgeLike[]): TrialReason {
  const out = (isEdge: boolean, code: ReasonCode, text: string): TrialReason => ({ trial, isEdge, code, text });
  const drawn = edges.filter((e) => e.studies.some((s) => s.id === trial.id));
  if (drawn.length > 0) {
    const between = drawn.map((e) => `${e.source.name} vs ${e.target.name}`).join('; ');
    const basis =
      trial.evidenceBasis === 'REGISTRY'
        ? ` Randomized by its registry record: ${trial.evidenceNote ?? 'the review states no design.'}`
        : ' Randomized by the review’s words.';
    return out(true, 'edge', `Edge ${between}.${basis}`);
  }
  if (trial.source.kind === 'REGISTRY' && trial.reviewStudies.length > 0) {
    return out(
      false,
      'registry-twin',
      `ClinicalTrials.gov record of ${trial.reviewStudies.map((s) => s.name).join(', ')}: one trial, counted once, as the review’s study.`,
    );
  }
  if (trial.planned) return out(false, 'planned', 'Ongoing, with nothing reported yet: a plan, not evidence.');
  if (trial.nonComparative)
    return out(false, 'non-comparative', 'Randomized, but non-comparative: its arms are not compared head to head.');
  if (trial.evidenceDesign === 'not_stated') {
    return out(false, 'not-stated', 'The review states no design and no linked registry record gives a randomized allocation.');
  }
  if (trial.evidenceDesign !== 'randomized_controlled_trial')
    return out(false, 'other-design', `${human(trial.evidenceDesign)}: not a randomized comparison.`);
  const therapies = new Set(trial.arms.flatMap((a) => a.interventions.filter((i) => !ALONGSIDE.has(i.interventionKind)).map((i) => i.id)));
  const armSets = trial.arms.map((a) =>
    a.interventions
      .filter((i) => !ALONGSIDE.has(i.interventionKind))
      .map((i) => i.id)
      .sort()
      .join('+'),
  );
  if (therapies.size < 2 || new Set(armSets).size < 2)
    return out(
      false,
      'same-therapy',
      'Randomized, but its arms did not receive two different therapies (doses or schedules of one, or arms not stated).',
    );
  return out(false, 'not-in-network', 'Randomized, but none of its arm comparisons is between two therapies of this network.');
}

/** Every trial's reason: edges first, then by reason, then by name. */
export function trialReasons(trials: readonly TrialLike[], edges: readonly EdgeLike[]): TrialReason[] {
  const order: ReasonCode[] = [
    'edge',
    'registry-twin',
    'planned',
    'non-comparative',
    'not-stated',
    'other-design',
    'same-therapy',
    'not-in-network',
  ];
  return trials
    .map((t) => trialReason(t, edges))
    .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code) || a.trial.name.localeCompare(b.trial.name));
}
