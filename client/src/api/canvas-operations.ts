/**
 * The explorer's operations: search, a node's neighbours (and how many of each kind), the subgraph
 * among a set of ids (every relationship among the nodes on the canvas), paths, and names of ids
 * read from a link. Typed by the documents; the canvas keeps what CanvasNode selects of each node.
 */
import { graphql } from '../generated/gql';
import type { CanvasEdgeFragment, CanvasNodeFragment, NodeKind, PathsQuery, SearchQuery } from '../generated/graphql';
import { request } from './graphql-client';

graphql(`
  fragment CanvasNode on GraphNode {
    id
    kind
    label
    source
    design
    phase
    status
    enrolled
    evidenceDesign
    evidencePhase
    evidenceBasis
    nonComparative
    planned
    site
    differentiation
    grades
  }
`);

graphql(`
  fragment CanvasEdge on GraphEdge {
    id
    type
    source
    target
  }
`);

const SEARCH = graphql(`
  query Search($query: String!, $kinds: [NodeKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      score
      node {
        id
        kind
        name
      }
    }
  }
`);

const NEIGHBORHOOD = graphql(`
  query Neighborhood($id: ID!, $limit: Int, $kinds: [NodeKind!], $types: [String!]) {
    neighborhood(id: $id, depth: 1, limit: $limit, kinds: $kinds, relationshipTypes: $types) {
      truncated
      nodes {
        ...CanvasNode
      }
      edges {
        ...CanvasEdge
      }
    }
  }
`);

const NEIGHBOR_SUMMARY = graphql(`
  query NeighborSummary($id: ID!) {
    neighborSummary(id: $id) {
      kind
      relationshipType
      count
    }
  }
`);

const SUBGRAPH = graphql(`
  query Subgraph($ids: [ID!]!) {
    subgraph(ids: $ids) {
      truncated
      nodes {
        ...CanvasNode
      }
      edges {
        ...CanvasEdge
      }
    }
  }
`);

const PATHS = graphql(`
  query Paths($from: ID!, $to: ID!, $excludeKinds: [NodeKind!], $excludeIds: [ID!]) {
    paths(from: $from, to: $to, maxLength: 6, limit: 10, excludeKinds: $excludeKinds, excludeIds: $excludeIds) {
      length
      score
      why
      nodes {
        ...CanvasNode
      }
      edges {
        ...CanvasEdge
      }
      steps {
        from
        to
        types
      }
    }
  }
`);

const NAMES = graphql(`
  query Names($ids: [ID!]!) {
    subgraph(ids: $ids) {
      nodes {
        id
        kind
        label
      }
    }
  }
`);

/** A node as the canvas holds it: identity plus what filters, evidence levels and badges read. */
export type GraphNodeData = CanvasNodeFragment;
export type GraphEdgeData = CanvasEdgeFragment;
export interface SubgraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  truncated: boolean;
}
export type SearchHitData = SearchQuery['search'][number];
export type PathData = PathsQuery['paths'][number];
export interface NeighborGroupData {
  kind: NodeKind;
  relationshipType: string;
  count: number;
}
export interface NamedNode {
  id: string;
  kind: NodeKind;
  name: string;
}

/** Typo-tolerant search, best match first; `kinds` restricts it to some node kinds (all when absent). */
export const searchNodes = (query: string, signal?: AbortSignal, kinds?: NodeKind[]) =>
  request(SEARCH, { query, kinds: kinds && kinds.length > 0 ? kinds : null, first: 12 }, signal).then((d) => d.search);

/** A node's neighbours one hop away, optionally only of some kinds or through some relationship types. */
export const fetchNeighborhood = (
  id: string,
  limit: number,
  kinds: NodeKind[] | null = null,
  types: string[] | null = null,
  signal?: AbortSignal,
): Promise<SubgraphData> => request(NEIGHBORHOOD, { id, limit, kinds, types }, signal).then((d) => d.neighborhood);

/** How many neighbours a node has per kind (relationshipType "*") and per relationship type. */
export const fetchNeighborSummary = (id: string, signal?: AbortSignal): Promise<NeighborGroupData[]> =>
  request(NEIGHBOR_SUMMARY, { id }, signal).then((d) => d.neighborSummary);

/** The given nodes and every relationship among them: what "connect result nodes" draws. */
export const fetchSubgraph = (ids: string[], signal?: AbortSignal): Promise<SubgraphData> =>
  request(SUBGRAPH, { ids }, signal).then((d) => d.subgraph);

/** Paths between two nodes, most specific first, never through the excluded kinds or nodes. */
export const fetchPaths = (from: string, to: string, excludeKinds: NodeKind[], excludeIds: string[], signal?: AbortSignal) =>
  request(PATHS, { from, to, excludeKinds, excludeIds }, signal).then((d) => d.paths);

/** Labels of ids read from the URL (unknown ids are left out by the API). */
export const fetchNames = (ids: string[], signal?: AbortSignal): Promise<NamedNode[]> =>
  request(NAMES, { ids }, signal).then((d) => d.subgraph.nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.label })));
