/**
 * The explorer's graph state outside React: nodes and edges merged from any number of
 * subgraph responses. Pure functions, unit-tested.
 */
import type { GraphEdgeData, GraphNodeData } from '../api/canvas-operations';

export interface GraphState {
  nodes: Map<string, GraphNodeData>;
  edges: Map<string, GraphEdgeData>;
}

export const emptyGraph = (): GraphState => ({ nodes: new Map(), edges: new Map() });

/** Adds nodes and edges (an edge only when both its ends are present). Returns a new state. */
export function mergeGraph(state: GraphState, nodes: GraphNodeData[], edges: GraphEdgeData[]): GraphState {
  const next: GraphState = { nodes: new Map(state.nodes), edges: new Map(state.edges) };
  for (const n of nodes) next.nodes.set(n.id, n);
  for (const e of edges) if (next.nodes.has(e.source) && next.nodes.has(e.target)) next.edges.set(e.id, e);
  return next;
}

/** Removes nodes and every edge touching them. Returns a new state. */
export function withoutNodes(state: GraphState, ids: ReadonlySet<string>): GraphState {
  const next: GraphState = { nodes: new Map(state.nodes), edges: new Map(state.edges) };
  for (const id of ids) next.nodes.delete(id);
  for (const [key, e] of next.edges) if (ids.has(e.source) || ids.has(e.target)) next.edges.delete(key);
  return next;
}
