/**
 * The explorer's canvas state and every change to it, as a pure reducer with undo/redo: what is
 * on the canvas, what is hidden or pinned, and the groups that stand for neighbourhoods too large
 * to show at once ("+43 Results", opened on demand). A group keeps how many neighbours of its kind
 * its parent has in all; the "+N" it shows is those not on the canvas, so it stays true whatever
 * else brings some of them in. Unit-tested; React only dispatches.
 */
import type { NodeKind } from '../generated/graphql';
import type { GraphNodeData, SubgraphData } from '../api/canvas-operations';
import { emptyGraph, mergeGraph, withoutNodes, type GraphState } from '../graph/graph-model';

/** A stand-in for the neighbours of `parent` of one kind that were not brought in. */
export interface NeighbourGroup {
  id: string;
  parent: string;
  kind: NodeKind;
  /** Neighbours of this kind the parent has in the graph, on the canvas or not. */
  total: number;
}

/** What a new group needs: the rest is derived. */
export type GroupSpec = Omit<NeighbourGroup, 'id'>;

export interface CanvasState {
  graph: GraphState;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  groups: ReadonlyMap<string, NeighbourGroup>;
}

export interface ExplorerState {
  present: CanvasState;
  past: CanvasState[];
  future: CanvasState[];
}

export type ExplorerAction =
  | { type: 'add'; subgraph: SubgraphData }
  | { type: 'expand'; subgraph: SubgraphData; groups: GroupSpec[]; dropGroups?: { parent: string; kind: NodeKind }[] }
  | { type: 'restore'; subgraph: SubgraphData; hidden: string[]; pinned: string[]; groups: GroupSpec[] }
  | { type: 'openGroup'; groupId: string; subgraph: SubgraphData }
  | { type: 'collapse'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'hide'; id: string }
  | { type: 'showHidden' }
  | { type: 'togglePin'; id: string }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Every relationship among the nodes on the canvas, merged in place (not an undo step: it completes the step before). */
  | { type: 'connect'; subgraph: SubgraphData };

const HISTORY_LIMIT = 50;

export const emptyCanvas = (): CanvasState => ({ graph: emptyGraph(), hidden: new Set(), pinned: new Set(), groups: new Map() });
export const initialExplorerState = (): ExplorerState => ({ present: emptyCanvas(), past: [], future: [] });

export const groupIdOf = (parent: string, kind: NodeKind) => `group:${parent}:${kind}`;

function dropGroupsOf(groups: ReadonlyMap<string, NeighbourGroup>, removed: ReadonlySet<string>): Map<string, NeighbourGroup> {
  return new Map([...groups].filter(([, g]) => !removed.has(g.parent)));
}

/** Neighbours of `id` that no other node on the canvas holds on to: what collapsing `id` removes. */
export function collapsible(graph: GraphState, id: string, pinned: ReadonlySet<string>): Set<string> {
  const neighbours = new Set<string>();
  for (const e of graph.edges.values()) {
    if (e.source === id) neighbours.add(e.target);
    if (e.target === id) neighbours.add(e.source);
  }
  const out = new Set<string>();
  for (const n of neighbours) {
    if (pinned.has(n)) continue;
    const others = [...graph.edges.values()].some((e) => (e.source === n && e.target !== id) || (e.target === n && e.source !== id));
    if (!others) out.add(n);
  }
  return out;
}

function apply(s: CanvasState, a: Exclude<ExplorerAction, { type: 'undo' } | { type: 'redo' } | { type: 'connect' }>): CanvasState {
  switch (a.type) {
    case 'add':
      return { ...s, graph: mergeGraph(s.graph, a.subgraph.nodes, a.subgraph.edges) };
    case 'expand': {
      const groups = new Map(s.groups);
      for (const g of a.dropGroups ?? []) groups.delete(groupIdOf(g.parent, g.kind));
      for (const g of a.groups) {
        const id = groupIdOf(g.parent, g.kind);
        groups.set(id, { id, parent: g.parent, kind: g.kind, total: g.total });
      }
      return { ...s, groups, graph: mergeGraph(s.graph, a.subgraph.nodes, a.subgraph.edges) };
    }
    case 'restore': {
      const graph = mergeGraph(s.graph, a.subgraph.nodes, a.subgraph.edges);
      const groups = new Map(s.groups);
      for (const g of a.groups)
        if (graph.nodes.has(g.parent)) groups.set(groupIdOf(g.parent, g.kind), { ...g, id: groupIdOf(g.parent, g.kind) });
      return {
        graph,
        hidden: new Set([...s.hidden, ...a.hidden.filter((id) => graph.nodes.has(id))]),
        pinned: new Set([...s.pinned, ...a.pinned.filter((id) => graph.nodes.has(id))]),
        groups,
      };
    }
    case 'openGroup': {
      const groups = new Map(s.groups);
      groups.delete(a.groupId);
      return { ...s, groups, graph: mergeGraph(s.graph, a.subgraph.nodes, a.subgraph.edges) };
    }
    case 'collapse': {
      const removed = collapsible(s.graph, a.id, s.pinned);
      const groups = new Map([...dropGroupsOf(s.groups, removed)].filter(([, g]) => g.parent !== a.id));
      return { ...s, graph: withoutNodes(s.graph, removed), groups };
    }
    case 'remove': {
      const removed = new Set([a.id]);
      const pinned = new Set(s.pinned);
      pinned.delete(a.id);
      return { ...s, graph: withoutNodes(s.graph, removed), groups: dropGroupsOf(s.groups, removed), pinned };
    }
    case 'hide':
      return { ...s, hidden: new Set([...s.hidden, a.id]) };
    case 'showHidden':
      return { ...s, hidden: new Set() };
    case 'togglePin': {
      const pinned = new Set(s.pinned);
      if (pinned.has(a.id)) pinned.delete(a.id);
      else pinned.add(a.id);
      return { ...s, pinned };
    }
    case 'clear':
      return emptyCanvas();
  }
}

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  if (action.type === 'connect') {
    const graph = mergeGraph(state.present.graph, [], action.subgraph.edges);
    return graph.edges.size === state.present.graph.edges.size ? state : { ...state, present: { ...state.present, graph } };
  }
  if (action.type === 'undo') {
    const previous = state.past[state.past.length - 1];
    return previous ? { present: previous, past: state.past.slice(0, -1), future: [state.present, ...state.future] } : state;
  }
  if (action.type === 'redo') {
    const [next, ...rest] = state.future;
    return next ? { present: next, past: [...state.past, state.present], future: rest } : state;
  }
  const present = apply(state.present, action);
  if (present === state.present) return state;
  return { present, past: [...state.past, state.present].slice(-HISTORY_LIMIT), future: [] };
}

/** Distinct neighbours of `parent` of `kind` on the canvas (over every relationship type). */
export function neighboursOnCanvas(graph: GraphState, parent: string, kind: NodeKind): number {
  const seen = new Set<string>();
  for (const e of graph.edges.values()) {
    const other = e.source === parent ? e.target : e.target === parent ? e.source : null;
    if (other !== null && other !== parent && graph.nodes.get(other)?.kind === kind) seen.add(other);
  }
  return seen.size;
}

/** What a group's "+N" says: its parent's neighbours of its kind that are not on the canvas. */
export const groupCount = (s: CanvasState, g: NeighbourGroup) => Math.max(0, g.total - neighboursOnCanvas(s.graph, g.parent, g.kind));

/** The canvas nodes a person can currently see: not hidden. */
export function visibleNodes(s: CanvasState): GraphNodeData[] {
  return [...s.graph.nodes.values()].filter((n) => !s.hidden.has(n.id));
}
