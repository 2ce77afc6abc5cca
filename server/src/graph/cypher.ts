/** Cypher fragments shared by repositories: how a node is returned, so every query maps it one way. */
import { ENTITY_LABEL } from '../../../kernel/vocabulary.js';

export const ENTITY = ENTITY_LABEL;

/** Projects node variable `v` as `{labels, props}` for toNodeRecord. */
export const nodeProjection = (v: string) => `{labels: labels(${v}), props: properties(${v})}`;

export interface ProjectedNode {
  labels: string[];
  props: Record<string, unknown>;
}

/** Projects relationship variable `r` as a GraphEdge. */
export const edgeProjection = (r: string) =>
  `{id: ${r}.key, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id}`;

export interface ProjectedEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}
