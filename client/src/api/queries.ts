/** The operations the client runs, typed from schema.graphql via the generated types. */
import type { NodeKind } from '../generated/graphql';
import { gql } from './graphql-client';

export interface GraphNodeData {
  id: string;
  kind: NodeKind;
  label: string;
  design?: string | null;
  phase?: string | null;
  status?: string | null;
  enrolled?: number | null;
  site?: string | null;
  differentiation?: string | null;
  grades?: string[] | null;
}

/** What the canvas asks of every node: identity plus what filters and evidence levels read. */
const GRAPH_NODE = 'id kind label design phase status enrolled site differentiation grades';
export interface GraphEdgeData {
  id: string;
  type: string;
  source: string;
  target: string;
}
export interface SubgraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  truncated: boolean;
}
export interface SearchHitData {
  score: number;
  node: { id: string; kind: NodeKind; name: string };
}
export interface PathData {
  length: number;
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

/** Typo-tolerant search, best match first; `kinds` restricts it to some node kinds (all when absent). */
export const searchNodes = (query: string, signal?: AbortSignal, kinds?: NodeKind[]) =>
  gql<{ search: SearchHitData[] }>(
    'query Search($query: String!, $kinds: [NodeKind!]) { search(query: $query, kinds: $kinds, first: 12) { score node { id kind name } } }',
    { query, kinds: kinds && kinds.length > 0 ? kinds : null },
    signal,
  ).then((d) => d.search);

export const fetchNeighborhood = (id: string, limit = 60, kinds: NodeKind[] | null = null, types: string[] | null = null) =>
  gql<{ neighborhood: SubgraphData }>(
    `query Neighborhood($id: ID!, $limit: Int, $kinds: [NodeKind!], $types: [String!]) {
      neighborhood(id: $id, depth: 1, limit: $limit, kinds: $kinds, relationshipTypes: $types) { truncated nodes { ${GRAPH_NODE} } edges { id type source target } } }`,
    { id, limit, kinds, types },
  ).then((d) => d.neighborhood);

export interface NeighborGroupData {
  kind: NodeKind;
  relationshipType: string;
  count: number;
}

export const fetchNeighborSummary = (id: string) =>
  gql<{ neighborSummary: NeighborGroupData[] }>(
    'query NeighborSummary($id: ID!) { neighborSummary(id: $id) { kind relationshipType count } }',
    { id },
  ).then((d) => d.neighborSummary);

export const fetchPaths = (from: string, to: string, excludeKinds: NodeKind[]) =>
  gql<{ paths: PathData[] }>(
    `query Paths($from: ID!, $to: ID!, $excludeKinds: [NodeKind!]) {
      paths(from: $from, to: $to, maxLength: 6, limit: 5, excludeKinds: $excludeKinds) { length nodes { ${GRAPH_NODE} } edges { id type source target } } }`,
    { from, to, excludeKinds },
  ).then((d) => d.paths);

const PROVENANCE = 'provenance { ref refs section quote }';
const RESULT_FIELDS = `id name statistic value valueHigh unit ciLow ciHigh ciLevel pValue timepoint notReached valueText
  endpoint { id code name } arm { id label } study { id name } population { id name } ${PROVENANCE}`;

export const DETAILS_QUERY = `query Details($id: ID!) {
  node(id: $id) {
    id kind name
    ... on Study { acronym nct design phase blinded status enrolled summary ${PROVENANCE}
      arms { id label enrolled treatments { intervention { id name } dose schedule } }
      results { ${RESULT_FIELDS} }
      populations { id name } references { id name } }
    ... on Arm { label enrolled study { id name } treatments { intervention { id name } dose schedule } results { ${RESULT_FIELDS} } }
    ... on Result { ${RESULT_FIELDS} }
    ... on Intervention { aliases interventionKind drugClass route includes { id name } partOf { id name } targets { id name }
      studies { id name }
      adverseEvents { adverseEvent { id name } value valueHigh bound unit grade frequency study { id name } ${PROVENANCE} } }
    ... on Population { aliases site differentiation grades ki67Min ki67Max setting line subsetOf { id name } subsets { id name } studies { id name } }
    ... on Endpoint { aliases code }
    ... on Target { aliases interventions { id name } }
    ... on AdverseEvent { aliases category rates { intervention { id name } value valueHigh bound unit grade frequency ${PROVENANCE} } }
    ... on Biomarker { aliases predictions { target { id name } effect ${PROVENANCE} } }
    ... on Guideline { issuer stance statement conditions ${PROVENANCE} interventions { id name } populations { id name } supportedBy { id name } }
    ... on Reference { number firstAuthor studies { id name } results { id name } guidelines { id name } }
  }
}`;

// The details view reads many optional fields per kind; it is typed loosely on purpose.
export type Details = Record<string, unknown> & { id: string; kind: NodeKind; name: string };

export const fetchDetails = (id: string) => gql<{ node: Details | null }>(DETAILS_QUERY, { id }).then((d) => d.node);

export const fetchSubgraph = (ids: string[]) =>
  gql<{ subgraph: SubgraphData }>(
    `query Subgraph($ids: [ID!]!) { subgraph(ids: $ids) { truncated nodes { ${GRAPH_NODE} } edges { id type source target } } }`,
    { ids },
  ).then((d) => d.subgraph);
