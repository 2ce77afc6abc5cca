export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  population?: Maybe<Population>;
  rows: Array<ComparisonRow>;
};

export type ComparisonRow = {
  __typename?: 'ComparisonRow';
  arm?: Maybe<Arm>;
  /** A bound the value is stated with: <, <=, >, >=, ~. */
  bound?: Maybe<Scalars['String']['output']>;
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  design: Scalars['String']['output'];
  intervention: Intervention;
  /** Patients in the arm, else in the study. */
  n?: Maybe<Scalars['Int']['output']>;
  notReached: Scalars['Boolean']['output'];
  pValue?: Maybe<Scalars['String']['output']>;
  phase?: Maybe<Scalars['String']['output']>;
  /** The populations the study enrolled (or the result's subgroup). */
  populations: Array<Population>;
  provenance: Provenance;
  result: Result;
  statistic: Scalars['String']['output'];
  study: Study;
  timepoint?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  valueHigh?: Maybe<Scalars['Float']['output']>;
};

export type Endpoint = Node & {
  __typename?: 'Endpoint';
  aliases: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
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
  studies: Array<Study>;
  /** How many of the trials state their enrolment (the rest are not counted in enrolled). */
  studiesWithEnrolment: Scalars['Int']['output'];
  target: Intervention;
};

export type EvidenceNetworkNode = {
  __typename?: 'EvidenceNetworkNode';
  intervention: Intervention;
  /** Randomized controlled trials with an arm that received it. */
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
  grades?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  phase?: Maybe<Scalars['String']['output']>;
  /** Populations: site, differentiation and grades, for filters. */
  site?: Maybe<Scalars['String']['output']>;
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
  | 'POPULATION'
  | 'REFERENCE'
  | 'RESULT'
  | 'STUDY'
  | 'TARGET';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  edges: Array<GraphEdge>;
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
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
  /** The shortest verbatim excerpt of the review that states the fact, with every number of it. */
  quote: Scalars['String']['output'];
  /** Citation number in the review; null where the review speaks for itself. */
  ref?: Maybe<Scalars['Int']['output']>;
  /** Every citation of the fact: ref and the citation group its quote carries ([13,106,107]), ascending. */
  refs: Array<Scalars['Int']['output']>;
  /** The review's heading the quote sits under. */
  section: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * One row per study arm (or whole study) that reported `endpoint` (a code such as PFS, or an endpoint id)
   * for any of the given interventions, within `population` and its subsets when given.
   */
  compare: Comparison;
  /** Every endpoint in the graph, by name (for pickers). */
  endpoints: Array<Endpoint>;
  /**
   * The network of evidence: interventions as nodes and an edge wherever a randomized controlled trial
   * compared two of them head to head, optionally only in a population (and its subsets).
   */
  evidenceNetwork: EvidenceNetwork;
  /** Every node kind with its count in the loaded graph. */
  graphSummary: GraphSummary;
  /** How many neighbours a node has, per kind and relationship type: what an expansion would bring. */
  neighborSummary: Array<NeighborGroup>;
  /**
   * The nodes within `depth` hops of a node, optionally only of some kinds or through some relationship
   * types (HAS_ARM, ENROLLS, ...); `truncated` when `limit` cut it.
   */
  neighborhood: Subgraph;
  /** Any node by id (`study:radiant-3`); null when no node has that id. */
  node?: Maybe<Node>;
  /** Shortest paths between two nodes, ignoring direction; shortest first. `excludeKinds`: never pass through these kinds. */
  paths: Array<Path>;
  /** A reference of the review by its citation number; null when nothing cites it. */
  reference?: Maybe<Reference>;
  /** Full-text, typo-tolerant search over names and aliases ("sunitnib" finds Sunitinib), best match first. */
  search: Array<SearchHit>;
  /** Studies matching every given filter, by name; cursor-paginated. */
  studies: StudyConnection;
  /** The given nodes and every relationship among them (restores a shared canvas); unknown ids are left out. */
  subgraph: Subgraph;
};


export type QueryCompareArgs = {
  endpoint: Scalars['String']['input'];
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
  results: Array<Result>;
  studies: Array<Study>;
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
  /** For a hazard ratio: the arms compared, with their role. */
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

export type Study = Node & {
  __typename?: 'Study';
  acronym?: Maybe<Scalars['String']['output']>;
  adverseEvents: Array<AdverseEventRate>;
  aliases: Array<Scalars['String']['output']>;
  arms: Array<Arm>;
  blinded?: Maybe<Scalars['Boolean']['output']>;
  design: Scalars['String']['output'];
  enrolled?: Maybe<Scalars['Int']['output']>;
  /** Therapies the enrolled patients had before (therapy sequences). */
  follows: Array<Intervention>;
  id: Scalars['ID']['output'];
  interventions: Array<Intervention>;
  kind: NodeKind;
  name: Scalars['String']['output'];
  nct?: Maybe<Scalars['String']['output']>;
  phase?: Maybe<Scalars['String']['output']>;
  populations: Array<Population>;
  provenance: Provenance;
  references: Array<Reference>;
  /** All results of the study, of every arm and of the whole study. */
  results: Array<Result>;
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
