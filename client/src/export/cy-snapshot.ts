/**
 * Reads a live Cytoscape canvas into the plain snapshot the exporters take: exactly what a person
 * sees (hidden and filtered elements left out; the "+N" group stand-ins kept, marked as groups, so
 * an export names what it leaves out), each node with its full name, evidence level and source,
 * and the properties of the nodes where they were fetched.
 */
import type cytoscape from 'cytoscape';
import type { GraphSnapshot, PropertyValue } from './graph-snapshot';

/** What an export holds: the elements a person sees on the canvas. */
export function exportableElements(cy: cytoscape.Core): cytoscape.CollectionReturnValue {
  return cy.elements().filter((el) => el.visible());
}

export function snapshotOf(
  cy: cytoscape.Core,
  properties: ReadonlyMap<string, Record<string, PropertyValue>> = new Map(),
  name?: string,
): GraphSnapshot {
  const elements = exportableElements(cy);
  return {
    name,
    nodes: elements.nodes().map((n) => {
      const level = n.data('level');
      const isGroup = n.hasClass('group');
      return {
        id: n.id(),
        kind: String(n.data('kind') ?? ''),
        label: String(n.data('fullLabel') ?? n.data('label') ?? n.id()),
        x: n.position('x'),
        y: n.position('y'),
        width: n.width(),
        height: n.height(),
        ...(typeof level === 'number' ? { level } : {}),
        ...(n.hasClass('level-from-registry') ? { levelFromRegistry: true } : {}),
        ...(n.hasClass('registry') ? { registry: true } : {}),
        ...(isGroup
          ? { group: { parent: String(n.data('parent_')), groupKind: String(n.data('groupKind')), count: Number(n.data('count')) } }
          : {}),
        properties: properties.get(n.id()) ?? {},
      };
    }),
    edges: elements.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type') ?? ''),
      ...(typeof e.data('label') === 'string' ? { label: e.data('label') as string } : {}),
      ...(e.hasClass('group-edge') ? { group: true } : {}),
    })),
  };
}
