/**
 * Cytoscape JSON as Cytoscape.js (`cy.json()`, `cy.add(elements)`) and Cytoscape desktop (.cyjs)
 * read it: `{ data, elements: { nodes, edges } }`, each node with its data (id, name, kind and every
 * property) and position. Also what NetworkX's `cytoscape_graph` reads: `directed`, `multigraph`
 * (two nodes may be joined by more than one relationship), each node's `value` (its id) and each
 * edge's `key`. "+N" groups are written as nodes of kind GROUP with what they stand for. Pure.
 */
import type { GraphSnapshot, PropertyValue } from './graph-snapshot';

export interface CytoscapeJson {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string };
  directed: true;
  multigraph: true;
  elements: {
    nodes: { data: Record<string, PropertyValue>; position: { x: number; y: number } }[];
    edges: { data: Record<string, PropertyValue> }[];
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function toCytoscapeJson(graph: GraphSnapshot): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: 'nen-evidence-graph',
    target_cytoscapejs_version: '~3.35',
    data: { name: graph.name ?? 'NEN evidence graph' },
    directed: true,
    multigraph: true,
    elements: {
      nodes: graph.nodes.map((n) => ({
        data: {
          ...n.properties,
          id: n.id,
          value: n.id,
          name: n.label,
          kind: n.kind,
          ...(n.level !== undefined ? { evidenceLevel: n.level } : {}),
          ...(n.levelFromRegistry ? { evidenceLevelFromRegistry: true } : {}),
          ...(n.registry ? { registryRecord: true } : {}),
          ...(n.group
            ? {
                groupOf: n.group.parent,
                groupKind: n.group.groupKind,
                groupCount: n.group.count,
                leftOut: `${n.group.count} neighbours of kind ${n.group.groupKind} of ${n.group.parent} are not on the canvas`,
              }
            : {}),
        },
        position: { x: round(n.x), y: round(n.y) },
      })),
      edges: graph.edges.map((e) => ({
        data: {
          id: e.id,
          key: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          interaction: e.type,
          ...(e.label ? { label: e.label } : {}),
          ...(e.group ? { group: true } : {}),
        },
      })),
    },
  };
}
