/**
 * The one owner of the explorer's Cytoscape instance: created on mount, synced to the wanted
 * elements inside cy.batch (new nodes laid out around the fixed old ones, pinned nodes locked),
 * hover and context events forwarded, destroyed on unmount.
 */
import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import { registerExtensions } from './register';
import { stylesheet } from './stylesheet';
import { fcoseLayout } from './layout';
import type { CanvasElement } from '../explorer/canvas-elements';

declare global {
  interface Window {
    /** The live Cytoscape instance: read by end-to-end tests and handy in the browser console. */
    __cy?: cytoscape.Core;
  }
}

export interface CanvasHandlers {
  /** A node (or a group stand-in) was clicked. */
  onTap(id: string, isGroup: boolean): void;
  onSelect(id: string | null): void;
  /** Right-click (or long press) on a node: where to show its menu. */
  onContext(id: string, at: { x: number; y: number }): void;
}

export function useCytoscape(
  container: React.RefObject<HTMLDivElement | null>,
  elements: CanvasElement[],
  pinned: ReadonlySet<string>,
  highlighted: { nodes: string[]; edges: string[] },
  handlers: CanvasHandlers,
): React.RefObject<cytoscape.Core | null> {
  const cyRef = useRef<cytoscape.Core | null>(null);
  const handlerRef = useRef(handlers);
  handlerRef.current = handlers;

  useEffect(() => {
    registerExtensions();
    const cy = cytoscape({ container: container.current, style: stylesheet, minZoom: 0.1, maxZoom: 3 });
    cy.on('tap', 'node', (evt) => {
      const node = evt.target as cytoscape.NodeSingular;
      const isGroup = node.hasClass('group');
      if (!isGroup) handlerRef.current.onSelect(node.id());
      handlerRef.current.onTap(node.id(), isGroup);
    });
    cy.on('tap', (evt) => {
      if (evt.target === cy) handlerRef.current.onSelect(null);
    });
    cy.on('cxttap', 'node', (evt) => {
      const node = evt.target as cytoscape.NodeSingular;
      if (!node.hasClass('group')) handlerRef.current.onContext(node.id(), evt.renderedPosition ?? node.renderedPosition());
    });
    cy.on('mouseover', 'node', (evt) => {
      const near = (evt.target as cytoscape.NodeSingular).closedNeighborhood();
      cy.elements().not(near).addClass('hover-faded');
    });
    cy.on('mouseout', 'node', () => {
      cy.elements().removeClass('hover-faded');
    });
    cy.on('mouseover', 'edge', (evt) => (evt.target as cytoscape.EdgeSingular).addClass('hovered'));
    cy.on('mouseout', 'edge', (evt) => (evt.target as cytoscape.EdgeSingular).removeClass('hovered'));
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
    const wanted = new Map(elements.map((e) => [String(e.data.id), e]));
    const positions = new Map<string, cytoscape.Position>();
    cy.nodes().forEach((n) => {
      positions.set(n.id(), { ...n.position() });
    });
    let added = 0;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      for (const [id, e] of wanted) {
        let el = cy.getElementById(id);
        if (el.empty()) {
          // New neighbours start beside the node they hang off, so the layout has little to move.
          const anchor =
            e.group === 'nodes'
              ? [...wanted.values()].find((x) => x.group === 'edges' && (x.data.source === id || x.data.target === id))
              : undefined;
          const anchorId = anchor ? String(anchor.data.source === id ? anchor.data.target : anchor.data.source) : undefined;
          const near = anchorId ? positions.get(anchorId) : undefined;
          el = cy.add({
            group: e.group,
            data: e.data,
            position: near ? { x: near.x + Math.random() * 40 - 20, y: near.y + Math.random() * 40 - 20 } : undefined,
          });
          if (e.group === 'nodes') added++;
        } else {
          el.data(e.data);
        }
        el.classes(e.classes);
      }
      cy.nodes().forEach((n) => {
        if (pinned.has(n.id())) n.lock();
        else n.unlock();
      });
    });
    if (added > 0) {
      const visible = cy.elements().not('.hidden, .filtered');
      const fixed = visible
        .nodes()
        .map((n) => n.id())
        .filter((id) => positions.has(id));
      visible.layout(fcoseLayout(fixed, positions)).run();
      if (positions.size === 0) cy.fit(undefined, 40);
    }
  }, [elements, pinned]);

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
  }, [highlighted, elements]);

  return cyRef;
}
