/**
 * The one owner of the Cytoscape instance: created on mount, updated inside cy.batch when the
 * graph state changes (new nodes laid out around the fixed old ones), destroyed on unmount.
 */
import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import { registerExtensions } from './register';
import { stylesheet } from './stylesheet';
import { fcoseLayout } from './layout';
import { toElements, type GraphState } from './graph-model';

declare global {
  interface Window {
    /** The live Cytoscape instance: read by end-to-end tests and handy in the browser console. */
    __cy?: cytoscape.Core;
  }
}

export function useCytoscape(
  container: React.RefObject<HTMLDivElement | null>,
  graph: GraphState,
  onTap: (id: string) => void,
  onSelect: (id: string | null) => void,
  highlighted: { nodes: string[]; edges: string[] },
): React.RefObject<cytoscape.Core | null> {
  const cyRef = useRef<cytoscape.Core | null>(null);
  const handlers = useRef({ onTap, onSelect });
  handlers.current = { onTap, onSelect };

  useEffect(() => {
    registerExtensions();
    const cy = cytoscape({ container: container.current, style: stylesheet, minZoom: 0.1, maxZoom: 3 });
    cy.on('tap', 'node', (evt) => {
      handlers.current.onSelect(evt.target.id());
      handlers.current.onTap(evt.target.id());
    });
    cy.on('tap', (evt) => {
      if (evt.target === cy) handlers.current.onSelect(null);
    });
    cyRef.current = cy;
    window.__cy = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, [container]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = toElements(graph);
    const wantedIds = new Set(wanted.map((e) => e.data.id));
    const positions = new Map<string, cytoscape.Position>();
    cy.nodes().forEach((n) => {
      positions.set(n.id(), { ...n.position() });
    });
    let added = 0;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!wantedIds.has(el.id())) el.remove();
      });
      for (const el of wanted) {
        if (cy.getElementById(el.data.id).empty()) {
          cy.add(el);
          added++;
        }
      }
    });
    if (added > 0) {
      const fixed = cy.nodes().map((n) => n.id()).filter((id) => positions.has(id));
      cy.layout(fcoseLayout(fixed, positions)).run();
      if (positions.size === 0) cy.fit(undefined, 40);
    }
  }, [graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('path faded');
      if (highlighted.nodes.length === 0) return;
      const nodes = new Set(highlighted.nodes);
      const edges = new Set(highlighted.edges);
      cy.elements().forEach((el) => {
        el.addClass((el.isNode() ? nodes : edges).has(el.id()) ? 'path' : 'faded');
      });
    });
  }, [highlighted, graph]);

  return cyRef;
}
