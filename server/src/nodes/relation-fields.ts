/**
 * The relation behind every node field that reads one, per GraphQL type: the field resolvers ask
 * this request's loaders for it, and the selection compiler (selection-plan.ts) fetches it ahead
 * in the node's own statement. One table, so both always read a field the same way.
 */
import { GUIDELINE_STANCES, RELATIONSHIP_OF_STANCE, type NodeLabel, type RelationshipType } from '../../../kernel/vocabulary.js';
import type { Relation } from './repository.js';

const STANCE_TYPES = GUIDELINE_STANCES.map((s) => RELATIONSHIP_OF_STANCE[s]);

/**
 * How a field reads its values: the nodes of a relation (`nodes`: the field's value is those
 * nodes, so a selection under it is on their type), the same relation shown through another
 * type (`wrapped`: treatments, rates), a study's results (found by their `studyId`), or the one
 * node a property names by id (`byId`: a result's arm, an arm's study).
 */
export type FieldSource =
  { relation: Relation; value: 'nodes' | 'wrapped' } | { resultsOfStudy: true } | { byId: { property: string; label: NodeLabel } };

const nodes = (types: readonly RelationshipType[], direction: 'out' | 'in', label?: NodeLabel): FieldSource => ({
  relation: { types, direction, ...(label ? { label } : {}) },
  value: 'nodes',
});
const wrapped = (types: readonly RelationshipType[], direction: 'out' | 'in', label?: NodeLabel): FieldSource => ({
  relation: { types, direction, ...(label ? { label } : {}) },
  value: 'wrapped',
});

const byId = (property: string, label: NodeLabel): FieldSource => ({ byId: { property, label } });

/** The review-level numbers about a node (Observation -[:ABOUT]-> it). */
const observationsAbout = nodes(['ABOUT'], 'in', 'Observation');

export const RELATION_FIELDS = {
  Study: {
    arms: nodes(['HAS_ARM'], 'out', 'Arm'),
    results: { resultsOfStudy: true },
    interventions: nodes(['EVALUATES'], 'out', 'Intervention'),
    populations: nodes(['ENROLLS'], 'out', 'Population'),
    references: nodes(['CITES'], 'out', 'Reference'),
    follows: nodes(['FOLLOWS'], 'out', 'Intervention'),
    plannedEndpoints: wrapped(['PLANS_TO_MEASURE'], 'out', 'Endpoint'),
    observations: nodes(['BASED_ON'], 'in', 'Observation'),
  },
  Arm: {
    study: byId('studyId', 'Study'),
    interventions: nodes(['RECEIVED'], 'out', 'Intervention'),
    treatments: wrapped(['RECEIVED'], 'out', 'Intervention'),
    results: nodes(['REPORTED'], 'out', 'Result'),
  },
  Result: {
    endpoint: nodes(['OF_ENDPOINT'], 'out', 'Endpoint'),
    arm: byId('armId', 'Arm'),
    study: byId('studyId', 'Study'),
    population: byId('populationId', 'Population'),
    comparedArms: wrapped(['COMPARES'], 'out', 'Arm'),
  },
  Endpoint: { observations: observationsAbout },
  Reference: {
    studies: nodes(['CITES'], 'in', 'Study'),
    results: nodes(['CITES'], 'in', 'Result'),
    guidelines: nodes(['CITES'], 'in', 'Guideline'),
    observations: nodes(['CITES'], 'in', 'Observation'),
  },
  Observation: {
    about: nodes(['ABOUT'], 'out'),
    basis: nodes(['BASED_ON'], 'out', 'Study'),
  },
  Intervention: {
    includes: nodes(['INCLUDES'], 'out', 'Intervention'),
    partOf: nodes(['INCLUDES'], 'in', 'Intervention'),
    targets: nodes(['TARGETS'], 'out', 'Target'),
    studies: nodes(['EVALUATES'], 'in', 'Study'),
    adverseEvents: wrapped(['HAS_ADVERSE_EVENT'], 'out', 'AdverseEvent'),
    guidelines: nodes(STANCE_TYPES, 'in', 'Guideline'),
    observations: observationsAbout,
  },
  Target: { interventions: nodes(['TARGETS'], 'in', 'Intervention') },
  Population: {
    subsetOf: nodes(['SUBSET_OF'], 'out', 'Population'),
    subsets: nodes(['SUBSET_OF'], 'in', 'Population'),
    studies: nodes(['ENROLLS'], 'in', 'Study'),
    observations: observationsAbout,
  },
  AdverseEvent: {
    rates: wrapped(['HAS_ADVERSE_EVENT'], 'in', 'Intervention'),
    observations: observationsAbout,
  },
  Biomarker: {
    predictions: wrapped(['PREDICTS'], 'out'),
    observations: observationsAbout,
  },
  Guideline: {
    interventions: nodes(STANCE_TYPES, 'out', 'Intervention'),
    populations: nodes(['FOR'], 'out', 'Population'),
    supportedBy: nodes(['SUPPORTED_BY'], 'out', 'Study'),
  },
} as const satisfies Partial<Record<NodeLabel, Record<string, FieldSource>>>;

type Fields = typeof RELATION_FIELDS;

/** The relation of a field that reads one (a compile-time error for a field that does not). */
export function relationOf<T extends keyof Fields, F extends keyof Fields[T]>(type: T, field: F): Relation {
  const source = RELATION_FIELDS[type][field] as FieldSource;
  if (!('relation' in source)) throw new Error(`${String(type)}.${String(field)} is not read through a relation`);
  return source.relation;
}

/** The field's source, when `type.field` reads a relation or a study's results. */
export function fieldSourceOf(type: string, field: string): FieldSource | undefined {
  const fields = (RELATION_FIELDS as Partial<Record<string, Record<string, FieldSource>>>)[type];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}
