/** Reads a live Cytoscape canvas into the plain snapshot the exporters take. */
import type cytoscape from 'cytoscape';
import type { GraphSnapshot } from './graph-snapshot';

/**
 * What an export holds: the elements a person sees. Hidden and filtered elements, and the
 * "+N" group stand-ins of the explorer, are drawing aids, not part of the subgraph.
 */
export function exportableElements(cy: cytoscape.Core): cytoscape.CollectionReturnValue {
  return cy.elements().filter((el) => el.visible() && !el.hasClass('group') && !el.hasClass('group-edge'));
}

export function snapshotOf(cy: cytoscape.Core): GraphSnapshot {
  const elements = exportableElements(cy);
  return {
    nodes: elements.nodes().map((n) => ({
      id: n.id(),
      kind: String(n.data('kind') ?? ''),
      label: String(n.data('label') ?? n.id()),
      x: n.position('x'),
      y: n.position('y'),
      width: n.width(),
      height: n.height(),
    })),
    edges: elements.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type') ?? ''),
      ...(typeof e.data('label') === 'string' ? { label: e.data('label') as string } : {}),
    })),
  };
}
