/**
 * The graph's links, declared once: which kinds each relationship type joins, and which field of
 * a curated entry draws which relationship. The review's validation checks fields against it,
 * every planner's relationships are checked against it, and the client's schema view draws it.
 *
 *   (Study)-[:HAS_ARM]->(Arm)-[:RECEIVED]->(Intervention)   (Study)-[:EVALUATES|FOLLOWS]->(Intervention)
 *   (Study)-[:ENROLLS]->(Population)   (Study)-[:MEASURES]->(Endpoint)   (Arm|Study)-[:REPORTED]->(Result)
 *   (Result)-[:OF_ENDPOINT]->(Endpoint)   (Result)-[:COMPARES]->(Arm)   (Result|Guideline)-[:FOR]->(Population)
 *   (Intervention)-[:INCLUDES]->(Intervention)   (Intervention)-[:TARGETS]->(Target)
 *   (Intervention)-[:HAS_ADVERSE_EVENT]->(AdverseEvent)   (Population)-[:SUBSET_OF]->(Population)
 *   (Biomarker)-[:PREDICTS]->(Intervention|Endpoint)   (Guideline)-[:RECOMMENDS|…]->(Intervention)
 *   (Guideline)-[:SUPPORTED_BY]->(Study)   (Study|Result|Guideline)-[:CITES]->(Reference)
 *   (Study)-[:REGISTERED_AS]->(Study)   a review study to its ClinicalTrials.gov record
 *   (Observation)-[:ABOUT]->(Population|Intervention|Endpoint|Biomarker|AdverseEvent)   what a review-level number is about
 *   (Observation)-[:BASED_ON]->(Study)   the studies a pooled number rests on   (Observation)-[:CITES]->(Reference)
 *   (Study)-[:PLANS_TO_MEASURE]->(Endpoint)   an ongoing trial's endpoints, as the review names them
 */
import type { NodeLabel, RelationshipType } from './vocabulary.js';

export interface LinkEnds {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
}

const GUIDELINE_TO_INTERVENTION: LinkEnds = { from: ['Guideline'], to: ['Intervention'] };

export const LINKS = {
  HAS_ARM: { from: ['Study'], to: ['Arm'] },
  RECEIVED: { from: ['Arm'], to: ['Intervention'] },
  EVALUATES: { from: ['Study'], to: ['Intervention'] },
  ENROLLS: { from: ['Study'], to: ['Population'] },
  MEASURES: { from: ['Study'], to: ['Endpoint'] },
  REPORTED: { from: ['Arm', 'Study'], to: ['Result'] },
  OF_ENDPOINT: { from: ['Result'], to: ['Endpoint'] },
  COMPARES: { from: ['Result'], to: ['Arm'] },
  INCLUDES: { from: ['Intervention'], to: ['Intervention'] },
  TARGETS: { from: ['Intervention'], to: ['Target'] },
  HAS_ADVERSE_EVENT: { from: ['Intervention'], to: ['AdverseEvent'] },
  SUBSET_OF: { from: ['Population'], to: ['Population'] },
  PREDICTS: { from: ['Biomarker'], to: ['Intervention', 'Endpoint'] },
  RECOMMENDS: GUIDELINE_TO_INTERVENTION,
  CONSIDERS: GUIDELINE_TO_INTERVENTION,
  ADVISES_AGAINST: GUIDELINE_TO_INTERVENTION,
  APPROVES: GUIDELINE_TO_INTERVENTION,
  FOR: { from: ['Result', 'Guideline'], to: ['Population'] },
  SUPPORTED_BY: { from: ['Guideline'], to: ['Study'] },
  CITES: { from: ['Study', 'Result', 'Guideline', 'Observation'], to: ['Reference'] },
  FOLLOWS: { from: ['Study'], to: ['Intervention'] },
  REGISTERED_AS: { from: ['Study'], to: ['Study'] },
  ABOUT: { from: ['Observation'], to: ['Population', 'Intervention', 'Endpoint', 'Biomarker', 'AdverseEvent'] },
  BASED_ON: { from: ['Observation'], to: ['Study'] },
  PLANS_TO_MEASURE: { from: ['Study'], to: ['Endpoint'] },
} as const satisfies Record<RelationshipType, LinkEnds>;

/** Whether a relationship of `type` may join these labels. */
export function linkAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  const ends: LinkEnds = LINKS[type];
  return ends.from.includes(from) && ends.to.includes(to);
}

/** A field of a curated entry that lists ids, and the relationship each id draws from the entry. */
export interface FieldLink {
  entity: NodeLabel;
  field: string;
  type: RelationshipType;
}

/** The review's id-list fields: validation checks each id's kind, planning draws each relationship. */
export const FIELD_LINKS = [
  { entity: 'Intervention', field: 'includes', type: 'INCLUDES' },
  { entity: 'Intervention', field: 'targets', type: 'TARGETS' },
  { entity: 'Population', field: 'subsetOf', type: 'SUBSET_OF' },
  { entity: 'Study', field: 'populations', type: 'ENROLLS' },
  { entity: 'Study', field: 'follows', type: 'FOLLOWS' },
  { entity: 'Guideline', field: 'populations', type: 'FOR' },
  { entity: 'Guideline', field: 'supportedBy', type: 'SUPPORTED_BY' },
  { entity: 'Observation', field: 'about', type: 'ABOUT' },
  { entity: 'Observation', field: 'basis', type: 'BASED_ON' },
] as const satisfies readonly FieldLink[];
