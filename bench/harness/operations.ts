/**
 * The measured operations (their names are the contract of bench/results), and how each system
 * asks for the same data: the API and the peer in GraphQL (the peer's own query language over the
 * same graph), the raw floor as JSON parameters. Each answer is checked (an error or a missing
 * answer counts as an error) and measured by its size (rows, hits, nodes), so a report shows
 * whether the systems answered alike.
 */
import { FULLTEXT_INDEX, NODE_LABELS, type NodeLabel } from '../../kernel/vocabulary.js';
import { luceneQueriesOf } from '../../server/src/search/lucene-query.js';
import { peerRelationshipFieldNames } from '../systems/peer-type-defs.js';
import { must } from '../../kernel/must.js';

export const OPERATIONS = ['node', 'search', 'paths', 'studies', 'compare', 'graphSummary', 'neighborhood', 'neighborhood-hub'] as const;
export type OperationName = (typeof OPERATIONS)[number];

export const SYSTEM_NAMES = ['api', 'raw', 'neo4j-graphql'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

/** What the operations ask about at one scale (chosen from the loaded graph by targets.ts). */
export interface Targets {
  /** Studies `node` and `neighborhood` cycle through (review studies and synthetic ones with results). */
  studyIds: string[];
  searchTerms: string[];
  paths: { from: string; to: string }[];
  /** `studies` filters on this intervention. */
  studiesIntervention: string;
  compare: { interventions: string[]; endpoint: string };
  /** The node of most relationships among interventions and endpoints. */
  hub: { id: string; label: NodeLabel; degree: number };
}

/** The neighbourhood's node limit and depth (the API's defaults). */
const NEIGHBOURHOOD = { depth: 1, limit: 200 };
const PAGE = 50;
const SEARCH_FIRST = 20;
const PATH_MAX_LENGTH = 6;
const PATH_LIMIT = 10;

export interface BenchRequest {
  /** Path on the system's server: /graphql, or /<op> for the raw floor. */
  path: string;
  body: string;
}

/** The root query field @neo4j/graphql generates for a label (`studies`, `adverseEvents`). */
export const peerRootField = (label: NodeLabel) => `${label.charAt(0).toLowerCase()}${label.slice(1)}`.replace(/y$/, 'ie') + 's';

/** The API's node request (the raw floor plans its statement from it, as the API does). */
export const API_NODE = `query Node($id: ID!) { node(id: $id) { id name ... on Study { design phase status enrolled provenance { quote section ref }
  arms { id label enrolled }
  results { id statistic value unit ciLow ciHigh pValue notReached endpoint { code } provenance { quote section ref } } } } }`;
const PEER_NODE = `query Node($id: ID!) { studies(where: { id: { eq: $id } }) { id name design phase status enrolled quote section ref
  HAS_ARM { id label enrolled }
  results { id statistic value unit ciLow ciHigh pValue notReached OF_ENDPOINT { code } quote section ref } } }`;

const API_SEARCH = `query Search($q: String!) { search(query: $q, first: ${SEARCH_FIRST}) { score node { id kind name } } }`;
const PEER_SEARCH = `query Search($close: String!, $wide: String, $exact: String!) { search(index: "${FULLTEXT_INDEX}", close: $close, wide: $wide, exact: $exact, labels: null, first: ${SEARCH_FIRST}, candidates: ${Math.max(SEARCH_FIRST * 10, 200)}) {
  ${NODE_LABELS.map((l) => `... on ${l} { id name }`).join(' ')} } }`;

const API_PATHS = `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: ${PATH_MAX_LENGTH}, limit: ${PATH_LIMIT}) {
  length nodes { id kind label } edges { id type source target } } }`;
const PEER_PATHS = `query Paths($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) { length nodes edges } }`;

const STUDY_FIELDS = 'id name design phase status enrolled';
const API_STUDIES = `query Studies($iv: ID!) { studies(filter: { intervention: $iv }, first: ${PAGE}) {
  totalCount nodes { ${STUDY_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const PEER_STUDIES = `query Studies($iv: ID!) { studiesConnection(first: ${PAGE}, sort: [{ name: ASC }, { id: ASC }],
  where: { HAS_ARM: { some: { RECEIVED: { some: { id: { eq: $iv } } } } } }) {
  totalCount edges { node { ${STUDY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

const API_COMPARE = `query Compare($ivs: [ID!]!, $e: String!) { compare(interventions: $ivs, endpoint: $e) { rows {
  intervention { id } study { id name } arm { id label } design phase n statistic value unit ciLow ciHigh pValue timepoint notReached
  provenance { quote section ref } } } }`;
const RESULT_FIELDS = 'id statistic value unit ciLow ciHigh pValue timepoint notReached quote section ref';
const ON_ENDPOINT = '{ OF_ENDPOINT: { some: { code: { eq: $e } } } }';
/** The peer's compare: arms that received the intervention and reported the endpoint, and whole-study results. */
const PEER_COMPARE = `query Compare($ivs: [ID!]!, $e: String!) { interventions(where: { id: { in: $ivs } }) { id name
  in_RECEIVED(where: { REPORTED: { some: ${ON_ENDPOINT} } }) { id label enrolled
    in_HAS_ARM { id name design phase enrolled }
    REPORTED(where: ${ON_ENDPOINT}) { ${RESULT_FIELDS} } }
  in_EVALUATES(where: { REPORTED: { some: ${ON_ENDPOINT} } }) { id name design phase enrolled
    REPORTED(where: ${ON_ENDPOINT}) { ${RESULT_FIELDS} } } } }`;

const API_SUMMARY = `{ graphSummary { kinds { kind count example { id label } } relationships { type count }
  relationshipPatterns { type fromKind toKind count } } }`;
const PEER_SUMMARY = `{ ${NODE_LABELS.map((l) => `${l}: ${peerRootField(l)}Connection { aggregate { count { nodes } } }`).join('\n  ')}
  relationshipCounts { type count } relationshipPatterns { type fromLabel toLabel count } kindExamples { label id name } }`;

const API_NEIGHBOURHOOD = `query Neighbourhood($id: ID!) { neighborhood(id: $id, depth: ${NEIGHBOURHOOD.depth}, limit: ${NEIGHBOURHOOD.limit}) {
  truncated nodes { id kind label } edges { id type source target } } }`;
/** The peer's depth-1 neighbourhood of a node of `label`: every relationship field, each limited like the API's whole answer. */
export function peerNeighbourhoodQuery(label: NodeLabel): string {
  const fields = peerRelationshipFieldNames(label).map((f) => `${f}(limit: ${NEIGHBOURHOOD.limit}) { id name }`);
  return `query Neighbourhood($id: ID!) { ${peerRootField(label)}(where: { id: { eq: $id } }) { id name\n  ${fields.join('\n  ')} } }`;
}

const gql = (query: string, variables: Record<string, unknown>): BenchRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const raw = (op: OperationName, params: Record<string, unknown>): BenchRequest => ({ path: `/${op}`, body: JSON.stringify(params) });
const nth = <T>(items: readonly T[], k: number): T => must(items[k % items.length], 'targets to cycle through');

/** The k-th request of an operation for a system (requests cycle through the targets, the same sequence for every system). */
export function requestFor(system: SystemName, op: OperationName, t: Targets, k: number): BenchRequest {
  switch (op) {
    case 'node': {
      const id = nth(t.studyIds, k);
      return system === 'raw' ? raw(op, { id }) : gql(system === 'api' ? API_NODE : PEER_NODE, { id });
    }
    case 'search': {
      const q = nth(t.searchTerms, k);
      if (system === 'raw') return raw(op, { query: q, first: SEARCH_FIRST });
      return system === 'api' ? gql(API_SEARCH, { q }) : gql(PEER_SEARCH, { ...luceneQueriesOf(q), exact: q.trim().toLowerCase() });
    }
    case 'paths': {
      const { from, to } = nth(t.paths, k);
      if (system === 'raw') return raw(op, { from, to, maxLength: PATH_MAX_LENGTH, limit: PATH_LIMIT });
      return gql(system === 'api' ? API_PATHS : PEER_PATHS, { from, to });
    }
    case 'studies': {
      const iv = t.studiesIntervention;
      if (system === 'raw') return raw(op, { filter: { intervention: iv }, first: PAGE });
      return gql(system === 'api' ? API_STUDIES : PEER_STUDIES, { iv });
    }
    case 'compare': {
      const { interventions, endpoint } = t.compare;
      if (system === 'raw') return raw(op, { interventions, endpoint });
      return gql(system === 'api' ? API_COMPARE : PEER_COMPARE, { ivs: interventions, e: endpoint });
    }
    case 'graphSummary':
      return system === 'raw' ? raw(op, {}) : gql(system === 'api' ? API_SUMMARY : PEER_SUMMARY, {});
    case 'neighborhood':
    case 'neighborhood-hub': {
      const id = op === 'neighborhood' ? nth(t.studyIds, k) : t.hub.id;
      const label: NodeLabel = op === 'neighborhood' ? 'Study' : t.hub.label;
      if (system === 'raw') return raw(op, { id, ...NEIGHBOURHOOD });
      return gql(system === 'api' ? API_NEIGHBOURHOOD : peerNeighbourhoodQuery(label), { id });
    }
  }
}

const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * How big an answer is, in the operation's own unit (results of the study, hits, paths, the
 * filter's total, rows, nodes counted, neighbours), or an error message when the system failed.
 */
export function sizeOfAnswer(system: SystemName, op: OperationName, body: any): { size: number } | { error: string } {
  if (body === null || typeof body !== 'object') return { error: 'no JSON answer' };
  if (system === 'raw') {
    if (body.error) return { error: String(body.error) };
  } else if (Array.isArray(body.errors) && body.errors.length > 0) {
    const e = body.errors[0];
    return { error: `${e.extensions?.code ?? 'ERROR'}: ${String(e.message).slice(0, 200)}` };
  }
  const d = body.data;
  if (d === undefined || d === null) return { error: 'no data' };
  switch (op) {
    case 'node': {
      const study = system === 'api' ? d.node : system === 'raw' ? d : d.studies?.[0];
      return study ? { size: len(study.results) } : { error: 'study not found' };
    }
    case 'search':
      return { size: len(system === 'raw' ? d : d.search) };
    case 'paths':
      return { size: len(system === 'api' ? d.paths : system === 'raw' ? d : d.shortestPaths) };
    case 'studies':
      return { size: system === 'api' ? d.studies.totalCount : system === 'raw' ? d.totalCount : d.studiesConnection.totalCount };
    case 'compare':
      if (system === 'api') return { size: len(d.compare.rows) };
      if (system === 'raw') return { size: len(d.rows) };
      return {
        size: sum(
          d.interventions.map(
            (i: any) => sum(i.in_RECEIVED.map((a: any) => len(a.REPORTED))) + sum(i.in_EVALUATES.map((s: any) => len(s.REPORTED))),
          ),
        ),
      };
    case 'graphSummary':
      if (system === 'api') return { size: sum(d.graphSummary.kinds.map((k: any) => k.count)) };
      if (system === 'raw') return { size: sum(d.kinds.map((k: any) => k.count)) };
      return { size: sum(NODE_LABELS.map((l) => d[l]?.aggregate?.count?.nodes ?? 0)) };
    case 'neighborhood':
    case 'neighborhood-hub': {
      if (system === 'api') return { size: len(d.neighborhood.nodes) };
      if (system === 'raw') return d ? { size: len(d.nodes) } : { error: 'node not found' };
      const root = Object.values(d)[0] as any[];
      if (!root?.[0]) return { error: 'node not found' };
      return { size: 1 + sum(Object.values(root[0]).map(len)) };
    }
  }
}

/** What each operation's size counts, for the report. */
export const SIZE_UNITS: Record<OperationName, string> = {
  node: 'results of the study',
  search: 'hits',
  paths: 'paths',
  studies: 'totalCount',
  compare: 'rows',
  graphSummary: 'nodes counted',
  neighborhood: 'nodes (peer: neighbours listed per relationship field, + 1)',
  'neighborhood-hub': 'nodes (peer: neighbours listed per relationship field, + 1)',
};
