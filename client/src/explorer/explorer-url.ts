/**
 * The explorer's view in a shared link: the nodes on the canvas (`nodes`), the selected one
 * (`selected`), hidden and pinned ones (`hidden`, `pins`), the "+N" groups (`groups`, each
 * `parent~KIND~total`) and every node's position (`pos`, see positions-codec). Opening the link
 * restores the same canvas: same nodes and edges, selection, groups and places. Pure, unit-tested.
 */
import type { NodeKind } from '../generated/graphql';
import { ALL_KINDS } from '../graph/kinds';
import type { CanvasState, GroupSpec } from './explorer-state';
import { decodePositions, encodePositions, type Point } from './positions-codec';

/** A node id as the API writes them (`kind:slug`); anything else in a link is dropped. */
const NODE_ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9.+-]*$/;

/** The node ids a comma-separated parameter lists; anything that is not a node id is dropped. */
export function idsFromParam(params: URLSearchParams, key: string): string[] {
  return [
    ...new Set(
      (params.get(key) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => NODE_ID.test(s)),
    ),
  ];
}

/** Groups of a link: `population:pan-net~POPULATION~21`; malformed entries are dropped. */
export function groupsFromParam(params: URLSearchParams): GroupSpec[] {
  return (params.get('groups') ?? '')
    .split(',')
    .map((s) => s.trim().split('~'))
    .filter(
      (p): p is [string, string, string] =>
        p.length === 3 && NODE_ID.test(p[0]!) && ALL_KINDS.includes(p[1] as NodeKind) && /^\d{1,6}$/.test(p[2]!),
    )
    .map(([parent, kind, total]) => ({ parent, kind: kind as NodeKind, total: Number(total) }));
}

export interface ExplorerLink {
  nodes: string[];
  selected: string | null;
  hidden: string[];
  pins: string[];
  groups: GroupSpec[];
  positions: Map<string, Point>;
}

export function readExplorerLink(params: URLSearchParams): ExplorerLink {
  const nodes = idsFromParam(params, 'nodes');
  return {
    nodes,
    selected: idsFromParam(params, 'selected')[0] ?? null,
    hidden: idsFromParam(params, 'hidden'),
    pins: idsFromParam(params, 'pins'),
    groups: groupsFromParam(params),
    positions: decodePositions(nodes, params.get('pos')),
  };
}

/** The parameters that describe the canvas now (null removes a parameter). */
export function explorerLinkParams(
  canvas: CanvasState,
  selected: string | null,
  positions: ReadonlyMap<string, Point>,
): Record<string, string | null> {
  const nodes = [...canvas.graph.nodes.keys()];
  const groups = [...canvas.groups.values()].filter((g) => canvas.graph.nodes.has(g.parent));
  return {
    nodes: nodes.join(',') || null,
    selected,
    hidden: [...canvas.hidden].join(',') || null,
    pins: [...canvas.pinned].join(',') || null,
    groups: groups.map((g) => `${g.parent}~${g.kind}~${g.total}`).join(',') || null,
    pos: nodes.some((id) => positions.has(id)) ? encodePositions(nodes, positions) : null,
  };
}
