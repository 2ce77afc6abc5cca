/**
 * The graph's vocabulary: node labels, the GraphQL NodeKind of each, id prefixes and relationship
 * types. Defined once here and imported by the seed loader, the server and the tests; nothing else
 * spells a label or a relationship type.
 */

export const NODE_LABELS = [
  'Study',
  'Arm',
  'Intervention',
  'Target',
  'Population',
  'Endpoint',
  'Result',
  'AdverseEvent',
  'Biomarker',
  'Guideline',
  'Reference',
  'Observation',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** GraphQL `NodeKind` value of each label (the enum in schema.graphql lists the same values). */
export const KIND_OF_LABEL = {
  Study: 'STUDY',
  Arm: 'ARM',
  Intervention: 'INTERVENTION',
  Target: 'TARGET',
  Population: 'POPULATION',
  Endpoint: 'ENDPOINT',
  Result: 'RESULT',
  AdverseEvent: 'ADVERSE_EVENT',
  Biomarker: 'BIOMARKER',
  Guideline: 'GUIDELINE',
  Reference: 'REFERENCE',
  Observation: 'OBSERVATION',
} as const satisfies Record<NodeLabel, string>;
export type NodeKindName = (typeof KIND_OF_LABEL)[NodeLabel];

export const LABEL_OF_KIND = Object.fromEntries(Object.entries(KIND_OF_LABEL).map(([label, kind]) => [kind, label])) as Record<
  NodeKindName,
  NodeLabel
>;

/** The `kind:` prefix of every id of a label (`study:radiant-3`). */
export const ID_PREFIX = {
  Study: 'study',
  Arm: 'arm',
  Intervention: 'intervention',
  Target: 'target',
  Population: 'population',
  Endpoint: 'endpoint',
  Result: 'result',
  AdverseEvent: 'adverse-event',
  Biomarker: 'biomarker',
  Guideline: 'guideline',
  Reference: 'reference',
  Observation: 'observation',
} as const satisfies Record<NodeLabel, string>;

export const LABEL_OF_PREFIX = Object.fromEntries(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label])) as Record<
  string,
  NodeLabel
>;

/** The label an id names, from its prefix, or undefined for a malformed id. */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? LABEL_OF_PREFIX[id.slice(0, colon)] : undefined;
}

export const RELATIONSHIP_TYPES = [
  'HAS_ARM',
  'RECEIVED',
  'EVALUATES',
  'ENROLLS',
  'MEASURES',
  'REPORTED',
  'OF_ENDPOINT',
  'COMPARES',
  'INCLUDES',
  'TARGETS',
  'HAS_ADVERSE_EVENT',
  'SUBSET_OF',
  'PREDICTS',
  'RECOMMENDS',
  'CONSIDERS',
  'ADVISES_AGAINST',
  'APPROVES',
  'FOR',
  'SUPPORTED_BY',
  'CITES',
  'FOLLOWS',
  'REGISTERED_AS',
  'ABOUT',
  'BASED_ON',
  'PLANS_TO_MEASURE',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A Guideline's stance and the relationship it draws to each intervention it speaks of. */
export const GUIDELINE_STANCES = ['recommends', 'considers', 'advises_against', 'approves'] as const;
export type GuidelineStance = (typeof GUIDELINE_STANCES)[number];
export const RELATIONSHIP_OF_STANCE = {
  recommends: 'RECOMMENDS',
  considers: 'CONSIDERS',
  advises_against: 'ADVISES_AGAINST',
  approves: 'APPROVES',
} as const satisfies Record<GuidelineStance, RelationshipType>;

/** Full-text index over every label's name and aliases (search, typo-tolerant via fuzzy terms). */
export const FULLTEXT_INDEX = 'nodeNameFulltext';

/** A second label on every node, so any id is one index lookup whatever its kind. */
export const ENTITY_LABEL = 'Entity';

/** One node per source (review, ClinicalTrials.gov) with what the API says of it. */
export const SOURCE_LABEL = 'Source';

/** One node per load (`review`, `ctgov:shipped`): the data's hash and when it was written. */
export const SOURCE_LOAD_LABEL = 'SourceLoad';

/** Written before sources had owners: removed by the first load of the review. */
export const LEGACY_SEED_META_LABEL = 'SeedMeta';
