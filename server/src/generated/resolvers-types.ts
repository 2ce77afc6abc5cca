import { GraphQLResolveInfo } from 'graphql';
import { NodeRecord, RelatedRecord, AdverseEventRateRecord, PredictionRecord, TreatmentRecord, ComparedArmRecord, SearchHitRecord, ComparisonRecord, ComparisonRowRecord, StudyConnectionRecord, ProvenanceRecord, SourceRecord, RegistryRecordRecord, DiscrepancyRecord, SourcedValueRecord } from '../graph/records.js';
import { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AdverseEvent = Node & {
  __typename?: 'AdverseEvent';
  aliases: Array<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  /** Review-level numbers about this adverse event. */
  observations: Array<Observation>;
  rates: Array<AdverseEventRate>;
};

/** A toxicity rate of a therapy, as the review reports it. */
export type AdverseEventRate = {
  __typename?: 'AdverseEventRate';
  adverseEvent: AdverseEvent;
  bound?: Maybe<Scalars['String']['output']>;
  /** Words of the source for a frequency given without a number. */
  frequency?: Maybe<Scalars['String']['output']>;
  grade?: Maybe<Scalars['String']['output']>;
  intervention: Intervention;
  provenance: Provenance;
  study?: Maybe<Study>;
  /** When the rate holds, as written ("after 4 mo of therapy"): a time window, never a frequency. */
  timepoint?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  valueHigh?: Maybe<Scalars['Float']['output']>;
};

export type Arm = Node & {
  __typename?: 'Arm';
  enrolled?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  interventions: Array<Intervention>;
  kind: NodeKind;
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
  results: Array<Result>;
  study: Study;
  /** What the arm received, with dose and schedule as written. */
  treatments: Array<Treatment>;
};

export type Biomarker = Node & {
  __typename?: 'Biomarker';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  /** Review-level numbers about this biomarker (thresholds, accuracy ...). */
  observations: Array<Observation>;
  predictions: Array<Prediction>;
};

export type ComparedArm = {
  __typename?: 'ComparedArm';
  arm: Arm;
  role: Scalars['String']['output'];
};

export type Comparison = {
  __typename?: 'Comparison';
  endpoint: Endpoint;
  /**
   * Review-level numbers about one of the interventions (or a regimen including it) and the endpoint,
   * within the population and its subsets when given (an observation about no population is left out
   * then): an expected response rate beside the trials' own. Not rows: no arm, no n, no design.
   */
  observations: Array<Observation>;
  pageInfo: PageInfo;
  population?: Maybe<Population>;
  /** One page of the rows (see Query.compare's `first` and `after`). */
  rows: Array<ComparisonRow>;
  /** Rows over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ComparisonRow = {
  __typename?: 'ComparisonRow';
  arm?: Maybe<Arm>;
  /** A bound the value is stated with: <, <=, >, >=, ~. */
  bound?: Maybe<Scalars['String']['output']>;
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  design: Scalars['String']['output'];
  evidenceBasis: SourceKind;
  /** The design evidence levels use (see Study.evidenceDesign). */
  evidenceDesign: Scalars['String']['output'];
  intervention: Intervention;
  /** Patients in the arm, else in the study. */
  n?: Maybe<Scalars['Int']['output']>;
  /** The trial is randomized but non-comparative: its arms are side by side, not a head-to-head comparison. */
  nonComparative: Scalars['Boolean']['output'];
  notReached: Scalars['Boolean']['output'];
  pValue?: Maybe<Scalars['String']['output']>;
  phase?: Maybe<Scalars['String']['output']>;
  /** The populations the study enrolled (or the result's subgroup). */
  populations: Array<Population>;
  provenance: Provenance;
  result: Result;
  /** Whose number this is: the review's, or a registry record's. */
  source: Source;
  statistic: Scalars['String']['output'];
  study: Study;
  timepoint?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  valueHigh?: Maybe<Scalars['Float']['output']>;
};

/** A field on which the review and the registry record disagree, with each source's value. */
export type Discrepancy = {
  __typename?: 'Discrepancy';
  field: Scalars['String']['output'];
  values: Array<SourcedValue>;
};

export type Endpoint = Node & {
  __typename?: 'Endpoint';
  aliases: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  /** Review-level numbers about this endpoint (expected response rates ...). */
  observations: Array<Observation>;
};

export type EvidenceNetwork = {
  __typename?: 'EvidenceNetwork';
  edges: Array<EvidenceNetworkEdge>;
  nodes: Array<EvidenceNetworkNode>;
};

export type EvidenceNetworkEdge = {
  __typename?: 'EvidenceNetworkEdge';
  /** Patients enrolled in those trials that state it; null when none does. */
  enrolled?: Maybe<Scalars['Int']['output']>;
  /** Stable id: the two intervention ids, sorted, joined by |. */
  id: Scalars['ID']['output'];
  source: Intervention;
  /** The randomized trials behind the edge; a study's evidenceBasis says whether the review or its registry record calls it randomized. */
  studies: Array<Study>;
  /** How many of the trials state their enrolment (the rest are not counted in enrolled). */
  studiesWithEnrolment: Scalars['Int']['output'];
  target: Intervention;
};

export type EvidenceNetworkNode = {
  __typename?: 'EvidenceNetworkNode';
  intervention: Intervention;
  /** Randomized controlled trials (by the review, or by the registry where the review is silent) with an arm that received it. */
  studyCount: Scalars['Int']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable: the same relationship has the same id in every response. */
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  /** Studies: design, phase, status and enrolled, for evidence levels and filters. */
  design?: Maybe<Scalars['String']['output']>;
  differentiation?: Maybe<Scalars['String']['output']>;
  enrolled?: Maybe<Scalars['Int']['output']>;
  evidenceBasis?: Maybe<SourceKind>;
  /** Studies: the design and phase evidence levels use, and whose they are (see Study.evidenceDesign). */
  evidenceDesign?: Maybe<Scalars['String']['output']>;
  evidencePhase?: Maybe<Scalars['String']['output']>;
  grades?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  nonComparative?: Maybe<Scalars['Boolean']['output']>;
  phase?: Maybe<Scalars['String']['output']>;
  /** Studies: ongoing with nothing reported yet, a plan to draw as such, not evidence (see Study.planned). */
  planned?: Maybe<Scalars['Boolean']['output']>;
  /** Populations: site, differentiation and grades, for filters. */
  site?: Maybe<Scalars['String']['output']>;
  /** The source that asserts the node (REVIEW where the review does, also when a registry record does too). */
  source: SourceKind;
  status?: Maybe<Scalars['String']['output']>;
};

export type GraphSummary = {
  __typename?: 'GraphSummary';
  kinds: Array<KindCount>;
  /** Relationship counts per type and pair of kinds (CITES from studies, from results, from guidelines ...). */
  relationshipPatterns: Array<RelationshipPattern>;
  relationships: Array<RelationshipCount>;
};

export type Guideline = Node & {
  __typename?: 'Guideline';
  conditions?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interventions: Array<Intervention>;
  issuer: Scalars['String']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  populations: Array<Population>;
  provenance: Provenance;
  /** recommends, considers, advises_against, approves */
  stance: Scalars['String']['output'];
  statement: Scalars['String']['output'];
  supportedBy: Array<Study>;
};

export type Intervention = Node & {
  __typename?: 'Intervention';
  adverseEvents: Array<AdverseEventRate>;
  aliases: Array<Scalars['String']['output']>;
  drugClass?: Maybe<Scalars['String']['output']>;
  guidelines: Array<Guideline>;
  id: Scalars['ID']['output'];
  /** The drugs of a regimen (CAPTEM → capecitabine, temozolomide). */
  includes: Array<Intervention>;
  /** drug, regimen, radioligand, procedure, surgery, placebo, supportive_care, strategy */
  interventionKind: Scalars['String']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  /** Review-level numbers about this intervention (a pooled adverse-event range, an expected response rate ...). */
  observations: Array<Observation>;
  /** Regimens this drug is part of. */
  partOf: Array<Intervention>;
  route?: Maybe<Scalars['String']['output']>;
  studies: Array<Study>;
  targets: Array<Target>;
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  /** The node of this kind with the most relationships: a representative example. */
  example?: Maybe<GraphNode>;
  kind: NodeKind;
};

export type NeighborGroup = {
  __typename?: 'NeighborGroup';
  count: Scalars['Int']['output'];
  kind: NodeKind;
  /** A relationship type, or * for the distinct neighbours of this kind over all types. */
  relationshipType: Scalars['String']['output'];
};

export type Node = {
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
};

export type NodeKind =
  | 'ADVERSE_EVENT'
  | 'ARM'
  | 'BIOMARKER'
  | 'ENDPOINT'
  | 'GUIDELINE'
  | 'INTERVENTION'
  | 'OBSERVATION'
  | 'POPULATION'
  | 'REFERENCE'
  | 'RESULT'
  | 'STUDY'
  | 'TARGET';

/**
 * A number of the review with no study arm behind it: incidence, "up to 80% of cases", Table 1's
 * prevalence, an expected response rate, a threshold a decision turns on, a figure pooled over several
 * trials. A range stays a range (value to valueHigh); a bound says how it is stated ("up to" is <=).
 */
export type Observation = Node & {
  __typename?: 'Observation';
  /** What it is about: populations, interventions, endpoints, biomarkers, adverse events. */
  about: Array<Node>;
  aliases: Array<Scalars['String']['output']>;
  /** The studies the number rests on, where the review names them (both SANET trials for a pooled range). */
  basis: Array<Study>;
  /** A bound the value is stated with: <, <=, >, >=, ~. */
  bound?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  /** What the number is, with the number as a reader would say it. */
  name: Scalars['String']['output'];
  /** What the number measures, where the name alone does not say. */
  note?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  /** proportion, rate, incidence, prevalence, threshold, measurement, count, dose, accuracy, median, relative_risk_reduction */
  statistic: Scalars['String']['output'];
  /** When or over what the number holds, as written ("upon diagnosis"). */
  timepoint?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
  valueHigh?: Maybe<Scalars['Float']['output']>;
  /** The number as a reader would say it: "≤ 80%", "22–25%", "≥ 10 mm". */
  valueText: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  /** One relationship per step (where parallel relationships join two nodes, the most specific of them; `steps` lists all). */
  edges: Array<GraphEdge>;
  /** Number of steps. */
  length: Scalars['Int']['output'];
  /** From `from` to `to`. */
  nodes: Array<GraphNode>;
  /**
   * Specificity, in (0, 1]: the product over steps of (d_from × d_to)^-0.4, where d is how many
   * relationships of the step's type and direction each end has (Hetionet's path-degree product,
   * damping 0.4); for a hub (more than 200 relationships), all its relationships in that direction.
   * 1: nothing else hangs off the nodes on the way; every hub on the way pushes it towards 0.
   */
  score: Scalars['Float']['output'];
  /** Each step in path order, with every relationship that joins its two nodes. */
  steps: Array<PathStep>;
  /** The score in words: the nodes passed with their degrees, the one that weighs the path down most, and the hubs on it. */
  why: Scalars['String']['output'];
};

/** One step of a path: two adjacent nodes and every relationship between them. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Every relationship joining the two nodes. */
  edges: Array<GraphEdge>;
  /** The step's node nearer the path's start. */
  from: Scalars['ID']['output'];
  /** The degree the score weighs at `from`: its relationships of the step's type and direction (for a hub, all in that direction). */
  fromDegree: Scalars['Int']['output'];
  /** The step's node nearer the path's end. */
  to: Scalars['ID']['output'];
  /** The degree the score weighs at `to`, likewise. */
  toDegree: Scalars['Int']['output'];
  /** The types of the relationships joining the two nodes, alphabetical (more than one where they are parallel). */
  types: Array<Scalars['String']['output']>;
};

/** An endpoint an ongoing trial will report, as the review names it. */
export type PlannedEndpoint = {
  __typename?: 'PlannedEndpoint';
  endpoint: Endpoint;
  /** Only where the review calls it the primary endpoint. */
  primary: Scalars['Boolean']['output'];
  provenance: Provenance;
  /** When it is measured, as written ("90-d"). */
  timepoint?: Maybe<Scalars['String']['output']>;
};

export type Population = Node & {
  __typename?: 'Population';
  aliases: Array<Scalars['String']['output']>;
  differentiation: Scalars['String']['output'];
  grades: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ki67Max?: Maybe<Scalars['Float']['output']>;
  ki67Min?: Maybe<Scalars['Float']['output']>;
  kind: NodeKind;
  line?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Review-level numbers about this population (incidence, prevalence, share metastatic at diagnosis ...). */
  observations: Array<Observation>;
  provenance?: Maybe<Provenance>;
  setting?: Maybe<Scalars['String']['output']>;
  site: Scalars['String']['output'];
  studies: Array<Study>;
  /** Broader populations this one is part of (Pan-NETs → GEP-NETs). */
  subsetOf: Array<Population>;
  /** Narrower populations within this one. */
  subsets: Array<Population>;
};

export type Prediction = {
  __typename?: 'Prediction';
  effect: Scalars['String']['output'];
  provenance: Provenance;
  /** The intervention or endpoint the biomarker predicts. */
  target: Node;
};

export type Provenance = {
  __typename?: 'Provenance';
  /** Registry facts: the field path in the record (resultsSection.outcomeMeasuresModule.outcomeMeasures[0]...). */
  locator?: Maybe<Scalars['String']['output']>;
  /** Registry facts: the record the fact was read from. */
  nct?: Maybe<Scalars['String']['output']>;
  /**
   * The shortest verbatim excerpt of the review that states the fact, with every number of it; for a
   * registry fact, the record's own words (outcome title, value and unit as written).
   */
  quote: Scalars['String']['output'];
  /** Citation number in the review; null where the review speaks for itself, and for registry facts. */
  ref?: Maybe<Scalars['Int']['output']>;
  /** Every citation of the fact: ref and the citation group its quote carries ([13,106,107]), ascending. */
  refs: Array<Scalars['Int']['output']>;
  /** The review's heading the quote sits under; for a registry fact, the record (ClinicalTrials.gov NCT…). */
  section: Scalars['String']['output'];
  /** The source the fact comes from. */
  source: Source;
};

export type Query = {
  __typename?: 'Query';
  /**
   * One row per study arm (or whole study) that reported `endpoint` (a code such as PFS, or an endpoint id)
   * for any of the given interventions, within `population` and its subsets when given. Paginated:
   * `first` rows (1 to 200) after the cursor `after` (a pageInfo.endCursor), in a stable order
   * (intervention, study, arm, result); `totalCount` counts every row.
   */
  compare: Comparison;
  /** Every endpoint in the graph, by name (for pickers). */
  endpoints: Array<Endpoint>;
  /**
   * The network of evidence: interventions as nodes and an edge wherever a randomized controlled trial
   * compared two of them head to head, optionally only in a population (and its subsets). A trial the
   * review does not call randomized counts when its registry record's allocation is randomized (its
   * evidenceBasis says so); a trial the review or its record calls non-comparative is never an edge,
   * nor is a planned trial (ongoing, nothing reported yet). A registry record linked to a review study
   * is that study, not a second trial.
   */
  evidenceNetwork: EvidenceNetwork;
  /** Every node kind with its count in the loaded graph. */
  graphSummary: GraphSummary;
  /**
   * How many neighbours a node has, per kind and relationship type: what an expansion would bring.
   * For a node with more than 5,000 relationships (a hub such as Placebo or PFS) the counts are of
   * relationships, per type and direction, read from Neo4j's degree store: a neighbour joined twice
   * counts twice, and the '*' row per kind sums its types.
   */
  neighborSummary: Array<NeighborGroup>;
  /**
   * The nodes within `depth` hops of a node, optionally only of some kinds or through some relationship
   * types (HAS_ARM, ENROLLS, ...); `truncated` when `limit` cut it. A hub's neighbours are a sample:
   * at most 10,000 of a node's relationships are read per hop, and at most 4 edges per node returned
   * (`truncated` then too).
   */
  neighborhood: Subgraph;
  /** Any node by id (`study:radiant-3`); null when no node has that id. */
  node?: Maybe<Node>;
  /**
   * Paths between two nodes, ignoring direction, most specific first: ranked by `score`, which
   * down-weights every step by the degrees of its two ends (Hetionet's degree-weighted path count), so a
   * path through a shared population, target or biomarker comes before one through Placebo or PFS; ties
   * go to the shorter path. Never the same node sequence twice. Found by a bounded bidirectional search:
   * hubs are met, not expanded, and the work per request is capped, at any graph size.
   * `excludeKinds`: never pass through these kinds; `excludeIds`: never pass through these nodes.
   */
  paths: Array<Path>;
  /** A reference of the review by its citation number; null when nothing cites it. */
  reference?: Maybe<Reference>;
  /** Full-text, typo-tolerant search over names and aliases ("sunitnib" finds Sunitinib), best match first. */
  search: Array<SearchHit>;
  /** The sources the graph holds evidence from (the review, ClinicalTrials.gov), each with how many nodes it asserts. */
  sources: Array<Source>;
  /** Studies matching every given filter, by name; cursor-paginated. */
  studies: StudyConnection;
  /** The given nodes and every relationship among them (restores a shared canvas); unknown ids are left out. */
  subgraph: Subgraph;
};


export type QueryCompareArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpoint: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  interventions: Array<Scalars['ID']['input']>;
  population?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEvidenceNetworkArgs = {
  population?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNeighborSummaryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  excludeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  excludeKinds?: InputMaybe<Array<NodeKind>>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryReferenceArgs = {
  number: Scalars['Int']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  query: Scalars['String']['input'];
};


export type QueryStudiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StudyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubgraphArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type Reference = Node & {
  __typename?: 'Reference';
  firstAuthor?: Maybe<Scalars['String']['output']>;
  guidelines: Array<Guideline>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  /** Review-level numbers citing this reference. */
  observations: Array<Observation>;
  results: Array<Result>;
  studies: Array<Study>;
};

export type RegistryLink = {
  __typename?: 'RegistryLink';
  detail: Scalars['String']['output'];
  reason: RegistryLinkReason;
};

export type RegistryLinkReason =
  /** The record's acronym equals the study's acronym or an alias. */
  | 'ACRONYM'
  /** A curator linked them, saying why. */
  | 'CURATED'
  /** The review gives this NCT id for the study. */
  | 'NCT';

/** A ClinicalTrials.gov record as the registry gives it (codes as the registry writes them). */
export type RegistryRecord = {
  __typename?: 'RegistryRecord';
  acronym?: Maybe<Scalars['String']['output']>;
  allocation?: Maybe<Scalars['String']['output']>;
  briefTitle?: Maybe<Scalars['String']['output']>;
  completionDate?: Maybe<Scalars['String']['output']>;
  conditions: Array<Scalars['String']['output']>;
  enrollment?: Maybe<Scalars['Int']['output']>;
  enrollmentType?: Maybe<Scalars['String']['output']>;
  interventionModel?: Maybe<Scalars['String']['output']>;
  /** Why the record is linked to the review study asked about; null when asked of the registry study itself. */
  link?: Maybe<RegistryLink>;
  masking?: Maybe<Scalars['String']['output']>;
  nct: Scalars['String']['output'];
  nonComparative: Scalars['Boolean']['output'];
  officialTitle?: Maybe<Scalars['String']['output']>;
  overallStatus?: Maybe<Scalars['String']['output']>;
  phases: Array<Scalars['String']['output']>;
  primaryCompletionDate?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['String']['output']>;
  /** The Study the record is loaded as. */
  study: Study;
  studyType?: Maybe<Scalars['String']['output']>;
  /** The public record page. */
  url: Scalars['String']['output'];
  whyStopped?: Maybe<Scalars['String']['output']>;
};

export type RelationshipCount = {
  __typename?: 'RelationshipCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

export type RelationshipPattern = {
  __typename?: 'RelationshipPattern';
  count: Scalars['Int']['output'];
  fromKind: NodeKind;
  toKind: NodeKind;
  type: Scalars['String']['output'];
};

export type Result = Node & {
  __typename?: 'Result';
  arm?: Maybe<Arm>;
  /** A bound the value is stated with: <, <=, >, >=, ~. */
  bound?: Maybe<Scalars['String']['output']>;
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLevel?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  /** For a hazard ratio or a relative risk reduction: the arms compared, with their role. */
  comparedArms: Array<ComparedArm>;
  endpoint: Endpoint;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  notReached: Scalars['Boolean']['output'];
  /** As written in the source, without the P. */
  pValue?: Maybe<Scalars['String']['output']>;
  pValueBound?: Maybe<Scalars['String']['output']>;
  /** The subgroup the number is about, where narrower than the study's population. */
  population?: Maybe<Population>;
  provenance: Provenance;
  /**
   * median, mean, rate, proportion, count, hazard_ratio, odds_ratio, risk_ratio, range, or
   * relative_risk_reduction: an effect stated as a reduction ("36% reduction in the risk of death"),
   * with comparedArms naming the arms compared; never a rate.
   */
  statistic: Scalars['String']['output'];
  study: Study;
  timepoint?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  valueHigh?: Maybe<Scalars['Float']['output']>;
  /** The number as a reader would say it: "11 months", "HR 0.64", "not reached". */
  valueText: Scalars['String']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  score: Scalars['Float']['output'];
};

/** A source of evidence: the curated review, or the ClinicalTrials.gov registry. */
export type Source = {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  kind: SourceKind;
  /**
   * False while a load of this source is under way, or after one was interrupted: the graph then holds
   * each record either as it was or as loaded (never half), but not every record of the load yet.
   */
  loadComplete: Scalars['Boolean']['output'];
  /** Nodes this source asserts (shared vocabulary counts for every source that asserts it). */
  nodeCount: Scalars['Int']['output'];
  /** When the source's text was taken, where known. */
  retrieved?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceKind =
  | 'REGISTRY'
  | 'REVIEW';

export type SourcedValue = {
  __typename?: 'SourcedValue';
  provenance?: Maybe<Provenance>;
  source: Source;
  value: Scalars['String']['output'];
};

export type Study = Node & {
  __typename?: 'Study';
  acronym?: Maybe<Scalars['String']['output']>;
  adverseEvents: Array<AdverseEventRate>;
  aliases: Array<Scalars['String']['output']>;
  arms: Array<Arm>;
  blinded?: Maybe<Scalars['Boolean']['output']>;
  design: Scalars['String']['output'];
  /** Where the review and the registry record disagree: enrolment, design, phase, status, results. */
  discrepancies: Array<Discrepancy>;
  enrolled?: Maybe<Scalars['Int']['output']>;
  evidenceBasis: SourceKind;
  /**
   * The design evidence levels and the evidence network use: the review's, or where the review states
   * none, the registry record's (evidenceBasis REGISTRY). The review's own design stays in `design`.
   */
  evidenceDesign: Scalars['String']['output'];
  /** Why the evidence design is the registry's, in words (null where it is the study's own source's). */
  evidenceNote?: Maybe<Scalars['String']['output']>;
  evidencePhase?: Maybe<Scalars['String']['output']>;
  /** Therapies the enrolled patients had before (therapy sequences). */
  follows: Array<Intervention>;
  id: Scalars['ID']['output'];
  interventions: Array<Intervention>;
  kind: NodeKind;
  name: Scalars['String']['output'];
  nct?: Maybe<Scalars['String']['output']>;
  /**
   * The review or the registry record calls the trial non-comparative ("randomized, non-comparative"):
   * randomized, but its arms are not compared head to head, so it is never a comparison.
   */
  nonComparative: Scalars['Boolean']['output'];
  /** Review-level numbers resting on this study among others (a range pooled over two trials). */
  observations: Array<Observation>;
  phase?: Maybe<Scalars['String']['output']>;
  /** Ongoing with nothing reported yet: a plan (arms, endpoints, enrolment as the review gives them), not evidence. */
  planned: Scalars['Boolean']['output'];
  /** Endpoints an ongoing trial will report, as the review names them. */
  plannedEndpoints: Array<PlannedEndpoint>;
  /** Patients an ongoing trial plans to enrol, where the review gives the number. */
  plannedEnrolment?: Maybe<Scalars['Int']['output']>;
  populations: Array<Population>;
  provenance: Provenance;
  references: Array<Reference>;
  /**
   * The study's ClinicalTrials.gov record: for a review study, the record linked to it (by the NCT the
   * review gives, the acronym, or a curated link, with the reason); for a registry study, its own.
   */
  registry?: Maybe<RegistryRecord>;
  /** All results of the study, of every arm and of the whole study. */
  results: Array<Result>;
  /** Review studies this registry record is linked to (empty for a review study). */
  reviewStudies: Array<Study>;
  /** The source that asserts this study: the review, or a registry record. */
  source: Source;
  status: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type StudyConnection = {
  __typename?: 'StudyConnection';
  nodes: Array<Study>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StudyFilter = {
  design?: InputMaybe<Scalars['String']['input']>;
  /** Studies reporting this endpoint (a code such as PFS, or an endpoint id). */
  endpoint?: InputMaybe<Scalars['String']['input']>;
  /** Studies with an arm that received this intervention (or a regimen including it). */
  intervention?: InputMaybe<Scalars['ID']['input']>;
  phase?: InputMaybe<Scalars['String']['input']>;
  /** Studies enrolling this population or any of its subsets. */
  population?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  truncated: Scalars['Boolean']['output'];
};

export type Target = Node & {
  __typename?: 'Target';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interventions: Array<Intervention>;
  kind: NodeKind;
  name: Scalars['String']['output'];
};

export type Treatment = {
  __typename?: 'Treatment';
  dose?: Maybe<Scalars['String']['output']>;
  intervention: Intervention;
  schedule?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdverseEvent: ResolverTypeWrapper<NodeRecord>;
  AdverseEventRate: ResolverTypeWrapper<AdverseEventRateRecord>;
  Arm: ResolverTypeWrapper<NodeRecord>;
  Biomarker: ResolverTypeWrapper<NodeRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ComparedArm: ResolverTypeWrapper<ComparedArmRecord>;
  Comparison: ResolverTypeWrapper<ComparisonRecord>;
  ComparisonRow: ResolverTypeWrapper<ComparisonRowRecord>;
  Discrepancy: ResolverTypeWrapper<DiscrepancyRecord>;
  Endpoint: ResolverTypeWrapper<NodeRecord>;
  EvidenceNetwork: ResolverTypeWrapper<Omit<EvidenceNetwork, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EvidenceNetworkEdge']>, nodes: Array<ResolversTypes['EvidenceNetworkNode']> }>;
  EvidenceNetworkEdge: ResolverTypeWrapper<Omit<EvidenceNetworkEdge, 'source' | 'studies' | 'target'> & { source: ResolversTypes['Intervention'], studies: Array<ResolversTypes['Study']>, target: ResolversTypes['Intervention'] }>;
  EvidenceNetworkNode: ResolverTypeWrapper<Omit<EvidenceNetworkNode, 'intervention'> & { intervention: ResolversTypes['Intervention'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphSummary: ResolverTypeWrapper<GraphSummary>;
  Guideline: ResolverTypeWrapper<NodeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Intervention: ResolverTypeWrapper<NodeRecord>;
  KindCount: ResolverTypeWrapper<KindCount>;
  NeighborGroup: ResolverTypeWrapper<NeighborGroup>;
  Node: ResolverTypeWrapper<NodeRecord>;
  NodeKind: NodeKind;
  Observation: ResolverTypeWrapper<NodeRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Path>;
  PathStep: ResolverTypeWrapper<PathStep>;
  PlannedEndpoint: ResolverTypeWrapper<RelatedRecord>;
  Population: ResolverTypeWrapper<NodeRecord>;
  Prediction: ResolverTypeWrapper<PredictionRecord>;
  Provenance: ResolverTypeWrapper<ProvenanceRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reference: ResolverTypeWrapper<NodeRecord>;
  RegistryLink: ResolverTypeWrapper<RegistryLink>;
  RegistryLinkReason: RegistryLinkReason;
  RegistryRecord: ResolverTypeWrapper<RegistryRecordRecord>;
  RelationshipCount: ResolverTypeWrapper<RelationshipCount>;
  RelationshipPattern: ResolverTypeWrapper<RelationshipPattern>;
  Result: ResolverTypeWrapper<NodeRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceKind: SourceKind;
  SourcedValue: ResolverTypeWrapper<SourcedValueRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Study: ResolverTypeWrapper<NodeRecord>;
  StudyConnection: ResolverTypeWrapper<StudyConnectionRecord>;
  StudyFilter: StudyFilter;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  Target: ResolverTypeWrapper<NodeRecord>;
  Treatment: ResolverTypeWrapper<TreatmentRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdverseEvent: NodeRecord;
  AdverseEventRate: AdverseEventRateRecord;
  Arm: NodeRecord;
  Biomarker: NodeRecord;
  Boolean: Scalars['Boolean']['output'];
  ComparedArm: ComparedArmRecord;
  Comparison: ComparisonRecord;
  ComparisonRow: ComparisonRowRecord;
  Discrepancy: DiscrepancyRecord;
  Endpoint: NodeRecord;
  EvidenceNetwork: Omit<EvidenceNetwork, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EvidenceNetworkEdge']>, nodes: Array<ResolversParentTypes['EvidenceNetworkNode']> };
  EvidenceNetworkEdge: Omit<EvidenceNetworkEdge, 'source' | 'studies' | 'target'> & { source: ResolversParentTypes['Intervention'], studies: Array<ResolversParentTypes['Study']>, target: ResolversParentTypes['Intervention'] };
  EvidenceNetworkNode: Omit<EvidenceNetworkNode, 'intervention'> & { intervention: ResolversParentTypes['Intervention'] };
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphSummary: GraphSummary;
  Guideline: NodeRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Intervention: NodeRecord;
  KindCount: KindCount;
  NeighborGroup: NeighborGroup;
  Node: NodeRecord;
  Observation: NodeRecord;
  PageInfo: PageInfo;
  Path: Path;
  PathStep: PathStep;
  PlannedEndpoint: RelatedRecord;
  Population: NodeRecord;
  Prediction: PredictionRecord;
  Provenance: ProvenanceRecord;
  Query: Record<PropertyKey, never>;
  Reference: NodeRecord;
  RegistryLink: RegistryLink;
  RegistryRecord: RegistryRecordRecord;
  RelationshipCount: RelationshipCount;
  RelationshipPattern: RelationshipPattern;
  Result: NodeRecord;
  SearchHit: SearchHitRecord;
  Source: SourceRecord;
  SourcedValue: SourcedValueRecord;
  String: Scalars['String']['output'];
  Study: NodeRecord;
  StudyConnection: StudyConnectionRecord;
  StudyFilter: StudyFilter;
  Subgraph: Subgraph;
  Target: NodeRecord;
  Treatment: TreatmentRecord;
};

export type AdverseEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdverseEvent'] = ResolversParentTypes['AdverseEvent']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['AdverseEventRate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AdverseEventRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdverseEventRate'] = ResolversParentTypes['AdverseEventRate']> = {
  adverseEvent?: Resolver<ResolversTypes['AdverseEvent'], ParentType, ContextType>;
  bound?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['Intervention'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  study?: Resolver<Maybe<ResolversTypes['Study']>, ParentType, ContextType>;
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ArmResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Arm'] = ResolversParentTypes['Arm']> = {
  enrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['Intervention']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['Result']>, ParentType, ContextType>;
  study?: Resolver<ResolversTypes['Study'], ParentType, ContextType>;
  treatments?: Resolver<Array<ResolversTypes['Treatment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BiomarkerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Biomarker'] = ResolversParentTypes['Biomarker']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  predictions?: Resolver<Array<ResolversTypes['Prediction']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ComparedArmResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparedArm'] = ResolversParentTypes['ComparedArm']> = {
  arm?: Resolver<ResolversTypes['Arm'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = {
  endpoint?: Resolver<ResolversTypes['Endpoint'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Population']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ComparisonRow']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComparisonRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparisonRow'] = ResolversParentTypes['ComparisonRow']> = {
  arm?: Resolver<Maybe<ResolversTypes['Arm']>, ParentType, ContextType>;
  bound?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ciHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  design?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceBasis?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  evidenceDesign?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['Intervention'], ParentType, ContextType>;
  n?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nonComparative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  populations?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['Result'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  statistic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  study?: Resolver<ResolversTypes['Study'], ParentType, ContextType>;
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DiscrepancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Discrepancy'] = ResolversParentTypes['Discrepancy']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['SourcedValue']>, ParentType, ContextType>;
};

export type EndpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Endpoint'] = ResolversParentTypes['Endpoint']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceNetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceNetwork'] = ResolversParentTypes['EvidenceNetwork']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceNetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EvidenceNetworkNode']>, ParentType, ContextType>;
};

export type EvidenceNetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceNetworkEdge'] = ResolversParentTypes['EvidenceNetworkEdge']> = {
  enrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Intervention'], ParentType, ContextType>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  studiesWithEnrolment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Intervention'], ParentType, ContextType>;
};

export type EvidenceNetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceNetworkNode'] = ResolversParentTypes['EvidenceNetworkNode']> = {
  intervention?: Resolver<ResolversTypes['Intervention'], ParentType, ContextType>;
  studyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  design?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  differentiation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidenceBasis?: Resolver<Maybe<ResolversTypes['SourceKind']>, ParentType, ContextType>;
  evidenceDesign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidencePhase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grades?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nonComparative?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphSummary'] = ResolversParentTypes['GraphSummary']> = {
  kinds?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  relationshipPatterns?: Resolver<Array<ResolversTypes['RelationshipPattern']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipCount']>, ParentType, ContextType>;
};

export type GuidelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Guideline'] = ResolversParentTypes['Guideline']> = {
  conditions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['Intervention']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  populations?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InterventionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Intervention'] = ResolversParentTypes['Intervention']> = {
  adverseEvents?: Resolver<Array<ResolversTypes['AdverseEventRate']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  drugClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guidelines?: Resolver<Array<ResolversTypes['Guideline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includes?: Resolver<Array<ResolversTypes['Intervention']>, ParentType, ContextType>;
  interventionKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Intervention']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  example?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type NeighborGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighborGroup'] = ResolversParentTypes['NeighborGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  relationshipType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AdverseEvent' | 'Arm' | 'Biomarker' | 'Endpoint' | 'Guideline' | 'Intervention' | 'Observation' | 'Population' | 'Reference' | 'Result' | 'Study' | 'Target', ParentType, ContextType>;
};

export type ObservationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  about?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  bound?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  statistic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlannedEndpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannedEndpoint'] = ResolversParentTypes['PlannedEndpoint']> = {
  endpoint?: Resolver<ResolversTypes['Endpoint'], ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PopulationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Population'] = ResolversParentTypes['Population']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  differentiation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ki67Max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ki67Min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  setting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  subsetOf?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  subsets?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PredictionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Prediction'] = ResolversParentTypes['Prediction']> = {
  effect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  compare?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareArgs, 'endpoint' | 'first' | 'interventions'>>;
  endpoints?: Resolver<Array<ResolversTypes['Endpoint']>, ParentType, ContextType>;
  evidenceNetwork?: Resolver<ResolversTypes['EvidenceNetwork'], ParentType, ContextType, Partial<QueryEvidenceNetworkArgs>>;
  graphSummary?: Resolver<ResolversTypes['GraphSummary'], ParentType, ContextType>;
  neighborSummary?: Resolver<Array<ResolversTypes['NeighborGroup']>, ParentType, ContextType, RequireFields<QueryNeighborSummaryArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxLength' | 'to'>>;
  reference?: Resolver<Maybe<ResolversTypes['Reference']>, ParentType, ContextType, RequireFields<QueryReferenceArgs, 'number'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  studies?: Resolver<ResolversTypes['StudyConnection'], ParentType, ContextType, RequireFields<QueryStudiesArgs, 'first'>>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'ids'>>;
};

export type ReferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reference'] = ResolversParentTypes['Reference']> = {
  firstAuthor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guidelines?: Resolver<Array<ResolversTypes['Guideline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['Result']>, ParentType, ContextType>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegistryLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegistryLink'] = ResolversParentTypes['RegistryLink']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RegistryLinkReason'], ParentType, ContextType>;
};

export type RegistryRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegistryRecord'] = ResolversParentTypes['RegistryRecord']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allocation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  briefTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completionDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enrollment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrollmentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interventionModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['RegistryLink']>, ParentType, ContextType>;
  masking?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nct?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nonComparative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  officialTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overallStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  primaryCompletionDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  study?: Resolver<ResolversTypes['Study'], ParentType, ContextType>;
  studyType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  whyStopped?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RelationshipCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipCount'] = ResolversParentTypes['RelationshipCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationshipPatternResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipPattern'] = ResolversParentTypes['RelationshipPattern']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  toKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Result'] = ResolversParentTypes['Result']> = {
  arm?: Resolver<Maybe<ResolversTypes['Arm']>, ParentType, ContextType>;
  bound?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ciHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  comparedArms?: Resolver<Array<ResolversTypes['ComparedArm']>, ParentType, ContextType>;
  endpoint?: Resolver<ResolversTypes['Endpoint'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pValueBound?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Population']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  statistic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  study?: Resolver<ResolversTypes['Study'], ParentType, ContextType>;
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  loadComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retrieved?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourcedValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourcedValue'] = ResolversParentTypes['SourcedValue']> = {
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StudyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Study'] = ResolversParentTypes['Study']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adverseEvents?: Resolver<Array<ResolversTypes['AdverseEventRate']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  arms?: Resolver<Array<ResolversTypes['Arm']>, ParentType, ContextType>;
  blinded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  design?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discrepancies?: Resolver<Array<ResolversTypes['Discrepancy']>, ParentType, ContextType>;
  enrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidenceBasis?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  evidenceDesign?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidencePhase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  follows?: Resolver<Array<ResolversTypes['Intervention']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['Intervention']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nonComparative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plannedEndpoints?: Resolver<Array<ResolversTypes['PlannedEndpoint']>, ParentType, ContextType>;
  plannedEnrolment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  populations?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Reference']>, ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['RegistryRecord']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['Result']>, ParentType, ContextType>;
  reviewStudies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StudyConnection'] = ResolversParentTypes['StudyConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['Intervention']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TreatmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Treatment'] = ResolversParentTypes['Treatment']> = {
  dose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['Intervention'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdverseEvent?: AdverseEventResolvers<ContextType>;
  AdverseEventRate?: AdverseEventRateResolvers<ContextType>;
  Arm?: ArmResolvers<ContextType>;
  Biomarker?: BiomarkerResolvers<ContextType>;
  ComparedArm?: ComparedArmResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonRow?: ComparisonRowResolvers<ContextType>;
  Discrepancy?: DiscrepancyResolvers<ContextType>;
  Endpoint?: EndpointResolvers<ContextType>;
  EvidenceNetwork?: EvidenceNetworkResolvers<ContextType>;
  EvidenceNetworkEdge?: EvidenceNetworkEdgeResolvers<ContextType>;
  EvidenceNetworkNode?: EvidenceNetworkNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphSummary?: GraphSummaryResolvers<ContextType>;
  Guideline?: GuidelineResolvers<ContextType>;
  Intervention?: InterventionResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  NeighborGroup?: NeighborGroupResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  PlannedEndpoint?: PlannedEndpointResolvers<ContextType>;
  Population?: PopulationResolvers<ContextType>;
  Prediction?: PredictionResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reference?: ReferenceResolvers<ContextType>;
  RegistryLink?: RegistryLinkResolvers<ContextType>;
  RegistryRecord?: RegistryRecordResolvers<ContextType>;
  RelationshipCount?: RelationshipCountResolvers<ContextType>;
  RelationshipPattern?: RelationshipPatternResolvers<ContextType>;
  Result?: ResultResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourcedValue?: SourcedValueResolvers<ContextType>;
  Study?: StudyResolvers<ContextType>;
  StudyConnection?: StudyConnectionResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  Treatment?: TreatmentResolvers<ContextType>;
};

