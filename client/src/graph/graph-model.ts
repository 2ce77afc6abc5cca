/**
 * The explorer's graph state outside React: nodes and edges merged from any number of
 * subgraph responses, converted to Cytoscape elements. Pure functions, unit-tested.
 */
import type { GraphEdgeData, GraphNodeData } from '../api/queries';

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

/** Removes a node and its edges. */
export function removeNode(state: GraphState, id: string): GraphState {
  const next: GraphState = { nodes: new Map(state.nodes), edges: new Map(state.edges) };
  next.nodes.delete(id);
  for (const [key, e] of next.edges) if (e.source === id || e.target === id) next.edges.delete(key);
  return next;
}

export interface ElementDefinition {
  group: 'nodes' | 'edges';
  data: Record<string, string>;
}

export function toElements(state: GraphState): ElementDefinition[] {
  return [
    ...[...state.nodes.values()].map((n) => ({ group: 'nodes' as const, data: { id: n.id, kind: n.kind, label: n.label } })),
    ...[...state.edges.values()].map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
  ];
}
