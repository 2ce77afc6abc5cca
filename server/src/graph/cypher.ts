/** Cypher fragments shared by repositories: how a node is returned, so every query maps it one way. */
import { ENTITY_LABEL } from '../../../kernel/vocabulary.js';

export const ENTITY = ENTITY_LABEL;

/**
 * Projects node variable `v` as `{labels, props, registry}` for recordOf. A Study brings the
 * registry record linked to it (one REGISTERED_AS hop, at most one), so evidence levels and the
 * canvas can read both sources without a second query.
 */
export const nodeProjection = (v: string) =>
  `{labels: labels(${v}), props: properties(${v}), registry: CASE WHEN ${v}:Study THEN [(${v})-[link${v}:REGISTERED_AS]->(record${v}:Study) | record${v} {.*, linkReason: link${v}.reason, linkDetail: link${v}.detail}][0] END}`;

/** A property name fit to write into a statement (the schema's field names and the stored properties are). */
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Projects node variable `v` as `{labels, props}` with only `properties` (and the id) in props: for
 * a selection that reads no more (nodes/field-reads.ts). A property the node lacks comes back null
 * (where `properties()` leaves it out): the resolvers read both alike.
 */
export function selectedNodeProjection(v: string, properties: readonly string[]): string {
  const names = [...new Set(['id', ...properties])];
  const bad = names.find((p) => !PROPERTY_NAME.test(p));
  if (bad !== undefined) throw new Error(`not a property name: ${bad}`);
  return `{labels: labels(${v}), props: ${v} {${names.map((p) => `.${p}`).join(', ')}}}`;
}

export interface ProjectedNode {
  labels: string[];
  props: Record<string, unknown>;
  registry?: Record<string, unknown> | null;
}

/** Projects relationship variable `r` as a GraphEdge. */
export const edgeProjection = (r: string) => `{id: ${r}.key, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id}`;

/**
 * Projects relationship variable `r` as a list, [id, type, source, target], for answers of many
 * edges: the driver decodes a map's keys with every edge (placebo's 800: 4.5 ms of 22 at 600k).
 */
export const edgeTuple = (r: string) => `[${r}.key, type(${r}), startNode(${r}).id, endNode(${r}).id]`;

export type EdgeTuple = [id: string, type: string, source: string, target: string];

export const edgeOfTuple = ([id, type, source, target]: EdgeTuple): ProjectedEdge => ({ id, type, source, target });

export interface ProjectedEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}
