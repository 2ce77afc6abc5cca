/**
 * The operations of the Compare and Evidence network views: the endpoints to pick from, the
 * side-by-side comparison, the network of randomized evidence, and names of ids restored from a
 * link. (Searching, of some kinds or all, is api/queries.ts's searchNodes.)
 */
import type { NodeKind } from '../generated/graphql';
import { gql } from './graphql-client';

export interface NamedNode {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface EndpointData {
  id: string;
  code: string;
  name: string;
  aliases: string[];
}

/** Every endpoint in the graph, by name. */
export const fetchEndpoints = (signal?: AbortSignal) =>
  gql<{ endpoints: EndpointData[] }>('query Endpoints { endpoints { id code name aliases } }', {}, signal).then((d) => d.endpoints);

/** Labels of ids read from the URL (unknown ids are left out by the API). */
export const fetchNames = (ids: string[], signal?: AbortSignal) =>
  gql<{ subgraph: { nodes: { id: string; kind: NodeKind; label: string }[] } }>(
    'query Names($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id kind label } } }',
    { ids },
    signal,
  ).then((d) => d.subgraph.nodes.map((n): NamedNode => ({ id: n.id, kind: n.kind, name: n.label })));

export interface PopulationData {
  id: string;
  name: string;
  site: string;
  differentiation: string;
  grades: string[];
  ki67Min: number | null;
  ki67Max: number | null;
  setting: string | null;
  line: string | null;
}

export interface ProvenanceData {
  ref: number | null;
  section: string;
  quote: string;
}

export interface ComparisonRowData {
  intervention: { id: string; name: string };
  study: { id: string; name: string };
  arm: { id: string; label: string } | null;
  result: { id: string; valueText: string; ciLevel: number | null };
  populations: PopulationData[];
  design: string;
  phase: string | null;
  n: number | null;
  statistic: string;
  value: number | null;
  valueHigh: number | null;
  /** A bound the value is stated with: <, <=, >, >=, ~. */
  bound: string | null;
  unit: string | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: string | null;
  timepoint: string | null;
  notReached: boolean;
  provenance: ProvenanceData;
}

export interface ComparisonData {
  endpoint: { id: string; code: string; name: string };
  population: { id: string; name: string } | null;
  rows: ComparisonRowData[];
}

const POPULATION_FIELDS = 'id name site differentiation grades ki67Min ki67Max setting line';

export const fetchComparison = (interventions: string[], endpoint: string, population: string | null, signal?: AbortSignal) =>
  gql<{ compare: ComparisonData }>(
    `query Compare($interventions: [ID!]!, $endpoint: String!, $population: ID) {
      compare(interventions: $interventions, endpoint: $endpoint, population: $population) {
        endpoint { id code name }
        population { id name }
        rows {
          intervention { id name } study { id name } arm { id label }
          result { id valueText ciLevel }
          populations { ${POPULATION_FIELDS} }
          design phase n statistic value valueHigh bound unit ciLow ciHigh pValue timepoint notReached
          provenance { ref section quote }
        }
      }
    }`,
    { interventions, endpoint, population },
    signal,
  ).then((d) => d.compare);

export interface NetworkStudyData {
  id: string;
  name: string;
  acronym: string | null;
  phase: string | null;
  enrolled: number | null;
}

export interface EvidenceNetworkEdgeData {
  id: string;
  source: { id: string; name: string };
  target: { id: string; name: string };
  studies: NetworkStudyData[];
  /** Patients enrolled in the trials that state it; null when none does. */
  enrolled: number | null;
  /** How many of the trials state their enrolment. */
  studiesWithEnrolment: number;
}

export interface EvidenceNetworkData {
  nodes: { intervention: { id: string; name: string }; studyCount: number }[];
  edges: EvidenceNetworkEdgeData[];
}

export const fetchEvidenceNetwork = (population: string | null, signal?: AbortSignal) =>
  gql<{ evidenceNetwork: EvidenceNetworkData }>(
    `query EvidenceNetwork($population: ID) {
      evidenceNetwork(population: $population) {
        nodes { intervention { id name } studyCount }
        edges { id source { id name } target { id name } studies { id name acronym phase enrolled } enrolled studiesWithEnrolment }
      }
    }`,
    { population },
    signal,
  ).then((d) => d.evidenceNetwork);
