/** Reads a live Cytoscape canvas into the plain snapshot the exporters take. */
import type cytoscape from 'cytoscape';
import type { GraphSnapshot } from './graph-snapshot';

export function snapshotOf(cy: cytoscape.Core): GraphSnapshot {
  return {
    nodes: cy.nodes().map((n) => ({
      id: n.id(),
      kind: String(n.data('kind') ?? ''),
      label: String(n.data('label') ?? n.id()),
      x: n.position('x'),
      y: n.position('y'),
      width: n.width(),
      height: n.height(),
    })),
    edges: cy.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type') ?? ''),
      ...(typeof e.data('label') === 'string' ? { label: e.data('label') as string } : {}),
    })),
  };
}
