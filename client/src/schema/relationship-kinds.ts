/**
 * Which node kinds each relationship type connects, as the design's graph model draws them
 * (the seed's vocabulary is server code the client cannot import, so this mirrors it):
 *
 *   (Study)-[:HAS_ARM]->(Arm)-[:RECEIVED]->(Intervention)
 *   (Study)-[:EVALUATES]->(Intervention)            (Study)-[:FOLLOWS]->(Intervention)
 *   (Study)-[:ENROLLS]->(Population)                (Study)-[:MEASURES]->(Endpoint)
 *   (Arm|Study)-[:REPORTED]->(Result)-[:OF_ENDPOINT]->(Endpoint)
 *   (Result)-[:COMPARES]->(Arm)                     (Result)-[:FOR]->(Population)
 *   (Intervention)-[:INCLUDES]->(Intervention)      (Intervention)-[:TARGETS]->(Target)
 *   (Intervention)-[:HAS_ADVERSE_EVENT]->(AdverseEvent)
 *   (Population)-[:SUBSET_OF]->(Population)         (Biomarker)-[:PREDICTS]->(Intervention|Endpoint)
 *   (Guideline)-[:RECOMMENDS|CONSIDERS|ADVISES_AGAINST|APPROVES]->(Intervention)
 *   (Guideline)-[:FOR]->(Population)                (Guideline)-[:SUPPORTED_BY]->(Study)
 *   (Study|Result|Guideline)-[:CITES]->(Reference)
 */
import type { NodeKind } from '../generated/graphql';

export interface KindPair {
  from: NodeKind;
  to: NodeKind;
}

export const RELATIONSHIP_KINDS: Record<string, KindPair[]> = {
  HAS_ARM: [{ from: 'STUDY', to: 'ARM' }],
  RECEIVED: [{ from: 'ARM', to: 'INTERVENTION' }],
  EVALUATES: [{ from: 'STUDY', to: 'INTERVENTION' }],
  ENROLLS: [{ from: 'STUDY', to: 'POPULATION' }],
  MEASURES: [{ from: 'STUDY', to: 'ENDPOINT' }],
  REPORTED: [
    { from: 'ARM', to: 'RESULT' },
    { from: 'STUDY', to: 'RESULT' },
  ],
  OF_ENDPOINT: [{ from: 'RESULT', to: 'ENDPOINT' }],
  COMPARES: [{ from: 'RESULT', to: 'ARM' }],
  INCLUDES: [{ from: 'INTERVENTION', to: 'INTERVENTION' }],
  TARGETS: [{ from: 'INTERVENTION', to: 'TARGET' }],
  HAS_ADVERSE_EVENT: [{ from: 'INTERVENTION', to: 'ADVERSE_EVENT' }],
  SUBSET_OF: [{ from: 'POPULATION', to: 'POPULATION' }],
  PREDICTS: [
    { from: 'BIOMARKER', to: 'INTERVENTION' },
    { from: 'BIOMARKER', to: 'ENDPOINT' },
  ],
  RECOMMENDS: [{ from: 'GUIDELINE', to: 'INTERVENTION' }],
  CONSIDERS: [{ from: 'GUIDELINE', to: 'INTERVENTION' }],
  ADVISES_AGAINST: [{ from: 'GUIDELINE', to: 'INTERVENTION' }],
  APPROVES: [{ from: 'GUIDELINE', to: 'INTERVENTION' }],
  FOR: [
    { from: 'RESULT', to: 'POPULATION' },
    { from: 'GUIDELINE', to: 'POPULATION' },
  ],
  SUPPORTED_BY: [{ from: 'GUIDELINE', to: 'STUDY' }],
  CITES: [
    { from: 'STUDY', to: 'REFERENCE' },
    { from: 'RESULT', to: 'REFERENCE' },
    { from: 'GUIDELINE', to: 'REFERENCE' },
  ],
  FOLLOWS: [{ from: 'STUDY', to: 'INTERVENTION' }],
};

/** The kind pairs a relationship type connects; empty for a type this module does not know. */
export const kindPairsOf = (type: string): KindPair[] => RELATIONSHIP_KINDS[type] ?? [];

/** The relationship types that connect two kinds, in either direction. */
export function typesBetween(a: NodeKind, b: NodeKind): string[] {
  return Object.entries(RELATIONSHIP_KINDS)
    .filter(([, pairs]) => pairs.some((p) => (p.from === a && p.to === b) || (p.from === b && p.to === a)))
    .map(([type]) => type);
}
