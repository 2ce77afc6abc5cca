/**
 * The explorer's canvas on top of the shared Cytoscape lifecycle: the wanted elements synced into
 * the instance inside cy.batch (nodes before the edges that need them, each new node placed where
 * the link says or beside a neighbour already placed, never on top of another, so no edge is ever
 * drawn between coinciding ends), only new nodes laid out (fcose, the rest fixed), positions kept
 * in a store the link is written from, the selection and a highlighted path drawn, labels hidden
 * where they would collide, and clicks on a node's bounding box counted as clicks on the node.
 * Switches to the WebGL renderer for big canvases where the browser has it on a GPU.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';
import type cytoscape from 'cytoscape';
import { bindCytoscape, useCytoscapeInstance } from '../graph/use-cytoscape-instance';
import { stylesheet, MIN_ZOOMED_FONT_SIZE, NODE_FONT_SIZE } from '../graph/stylesheet';
import { fcoseLayout } from '../graph/layout';
import { labelsToHide, type LabelBox } from '../graph/label-collisions';
import type { CanvasElement } from './canvas-elements';
import { placeNew } from './placement';
import type { Point } from './positions-codec';

/** From this many elements on, the WebGL renderer draws the canvas (where the browser has WebGL 2 on a GPU). */
export const WEBGL_THRESHOLD = 1500;

export interface ExplorerCanvasHandlers {
  /** A node (or a group stand-in) was clicked. */
  onTap(id: string, isGroup: boolean): void;
  onSelect(id: string | null): void;
  /** Right-click (or long press) on a node: where to show its menu, in canvas pixels. */
  onContext(id: string, at: { x: number; y: number }): void;
  /** The pointer is over a node (its full name, where it is on screen), or over none. */
  onHover(hover: { id: string; label: string; x: number; y: number } | null): void;
  /** Node positions changed (a layout ran, a node was dragged): the link should follow. */
  onPositions(): void;
}

export interface ExplorerCanvasInput {
  elements: CanvasElement[];
  pinned: ReadonlySet<string>;
  selected: string | null;
  highlighted: { nodes: string[]; edges: string[] };
  /** Every node's last known position: read when a node is (re)added, written after layouts and drags. */
  positions: RefObject<Map<string, Point>>;
  handlers: ExplorerCanvasHandlers;
}

const isGroupNode = (n: cytoscape.NodeSingular) => n.hasClass('group');

/** The visible node whose drawn box holds a point: diamonds, chevrons and stars are hit over their whole box. */
function nodeAt(cy: cytoscape.Core, p: cytoscape.Position): cytoscape.NodeSingular | null {
  let best: cytoscape.NodeSingular | null = null;
  let bestDistance = Infinity;
  cy.nodes(':visible').forEach((n) => {
    const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
    if (p.x < bb.x1 || p.x > bb.x2 || p.y < bb.y1 || p.y > bb.y2) return;
    const d = Math.hypot(p.x - n.position('x'), p.y - n.position('y'));
    if (d < bestDistance) [best, bestDistance] = [n, d];
  });
  return best;
}

/** Hides the labels that would overlap a more important one, at the current zoom. */
function updateLabels(cy: cytoscape.Core, selected: string | null): void {
  const zoom = cy.zoom();
  const nodes = cy.nodes(':visible').not('.group');
  if (NODE_FONT_SIZE * zoom < MIN_ZOOMED_FONT_SIZE) {
    // Cytoscape draws no label at this zoom anyway (min-zoomed-font-size).
    cy.batch(() => nodes.removeClass('label-hidden'));
    return;
  }
  const extent = cy.extent();
  const boxes: LabelBox[] = [];
  nodes.forEach((n) => {
    const p = n.position();
    if (p.x < extent.x1 - 100 || p.x > extent.x2 + 100 || p.y < extent.y1 - 100 || p.y > extent.y2 + 100) return;
    // The label's own box as Cytoscape lays it out (with its background), in model coordinates.
    const bb = n.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
      includeUnderlays: false,
    });
    if (!(bb.w > 0 && bb.h > 0)) return;
    boxes.push({
      id: n.id(),
      x: ((bb.x1 + bb.x2) / 2) * zoom,
      y: ((bb.y1 + bb.y2) / 2) * zoom,
      w: bb.w * zoom,
      h: bb.h * zoom,
      priority: n.id() === selected ? 1e9 : n.degree(false),
    });
  });
  const hide = labelsToHide(boxes);
  cy.batch(() =>
    nodes.forEach((n) => {
      if (hide.has(n.id())) n.addClass('label-hidden');
      else n.removeClass('label-hidden');
    }),
  );
}

export function useExplorerCanvas(
  container: RefObject<HTMLDivElement | null>,
  input: ExplorerCanvasInput,
): RefObject<cytoscape.Core | null> {
  const { elements, pinned, selected, highlighted, positions } = input;
  const webgl = elements.length >= WEBGL_THRESHOLD;
  const tap = useEffectEvent((id: string, isGroup: boolean) => {
    if (!isGroup) input.handlers.onSelect(id);
    input.handlers.onTap(id, isGroup);
  });
  const select = useEffectEvent((id: string | null) => input.handlers.onSelect(id));
  const context = useEffectEvent((id: string, at: { x: number; y: number }) => input.handlers.onContext(id, at));
  const hover = useEffectEvent((h: Parameters<ExplorerCanvasHandlers['onHover']>[0]) => input.handlers.onHover(h));
  const moved = useEffectEvent(() => input.handlers.onPositions());
  const relabel = useEffectEvent((cy: cytoscape.Core) => updateLabels(cy, input.selected));

  const cyRef = useCytoscapeInstance(container, {
    expose: '__cy',
    style: stylesheet,
    webgl,
    options: { minZoom: 0.05, maxZoom: 3, boxSelectionEnabled: false },
  });

  // Events: clicks (on a node, or on a node's box), context menu, hover, drags, viewport changes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unbind = bindCytoscape(cy, [
      ['tap', 'node', (evt) => tap(evt.target.id(), isGroupNode(evt.target))],
      [
        'tap',
        null,
        (evt) => {
          // A click on the background or on an edge inside a node's box is a click on that node.
          if (evt.target !== cy && evt.target.isNode()) return;
          const hit = nodeAt(cy, evt.position);
          if (hit) tap(hit.id(), isGroupNode(hit));
          else if (evt.target === cy) select(null);
        },
      ],
      [
        'cxttap',
        null,
        (evt) => {
          const target: cytoscape.NodeSingular | null = evt.target !== cy && evt.target.isNode() ? evt.target : nodeAt(cy, evt.position);
          if (target && !isGroupNode(target)) context(target.id(), evt.renderedPosition ?? target.renderedPosition());
        },
      ],
      [
        'mouseover',
        'node',
        (evt) => {
          const node = evt.target as cytoscape.NodeSingular;
          cy.batch(() => cy.elements().not(node.closedNeighborhood()).addClass('hover-faded'));
          const at = node.renderedPosition();
          hover({
            id: node.id(),
            label: String(node.data('fullLabel') ?? node.data('label')),
            x: at.x,
            y: at.y - node.renderedOuterHeight() / 2,
          });
        },
      ],
      [
        'mouseout',
        'node',
        () => {
          cy.batch(() => cy.elements().removeClass('hover-faded'));
          hover(null);
        },
      ],
      ['mouseover', 'edge', (evt) => evt.target.addClass('hovered')],
      ['mouseout', 'edge', (evt) => evt.target.removeClass('hovered')],
      [
        'dragfree',
        'node',
        (evt) => {
          const node = evt.target as cytoscape.NodeSingular;
          positions.current.set(node.id(), { ...node.position() });
          moved();
          relabel(cy);
        },
      ],
      [
        'viewport',
        null,
        () => {
          hover(null);
          clearTimeout(timer);
          timer = setTimeout(() => relabel(cy), 120);
        },
      ],
    ]);
    return () => {
      clearTimeout(timer);
      unbind();
    };
  }, [cyRef, positions, webgl]);

  // The wanted elements into the instance; new nodes placed, then laid out around the fixed rest.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const store = positions.current;
    cy.nodes().forEach((n) => {
      store.set(n.id(), { ...n.position() });
    });
    const firstFill = cy.nodes().length === 0;
    const wanted = new Map(elements.map((e) => [String(e.data.id), e]));
    const newNodes = elements.filter((e) => e.group === 'nodes' && cy.getElementById(String(e.data.id)).empty());
    const unplaced = newNodes.map((e) => String(e.data.id)).filter((id) => !store.has(id));
    const placed = placeNew(
      unplaced,
      elements.filter((e) => e.group === 'edges').map((e) => ({ source: String(e.data.source), target: String(e.data.target) })),
      store,
    );
    // Marks of the first fill of the canvas (a restored link, a first search), read by bench/canvas-sizes.ts.
    const mark = (name: string) => {
      if (firstFill && newNodes.length > 0) performance.mark(`explorer:${name}`);
    };
    // The frame after the one that drew the laid-out canvas has begun: the first picture is on screen.
    // (Not Cytoscape's 'render' event: its WebGL renderer never emits it.)
    const markFirstFrame = () => requestAnimationFrame(() => requestAnimationFrame(() => mark('first-render')));
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      for (const e of newNodes) {
        const id = String(e.data.id);
        cy.add({ group: 'nodes', data: e.data, classes: e.classes, position: { ...(store.get(id) ?? placed.get(id) ?? { x: 0, y: 0 }) } });
      }
      for (const e of elements) {
        const el = cy.getElementById(String(e.data.id));
        if (el.empty()) cy.add({ group: 'edges', data: e.data, classes: e.classes });
        else {
          el.data(e.data);
          el.classes(e.classes);
        }
      }
      cy.nodes().forEach((n) => {
        if (pinned.has(n.id())) n.lock();
        else n.unlock();
      });
    });
    mark('elements-added');
    const visible = cy.elements().not('.hidden, .filtered');
    if (unplaced.length > 0) {
      const fresh = unplaced.reduce((c, id) => c.union(cy.getElementById(id)), cy.collection()).filter((n) => n.visible());
      // Lay out the new nodes among their neighbours only, unless they are most of the canvas.
      const scope = fresh.length * 2 >= visible.nodes().length ? visible : fresh.closedNeighborhood().filter((el) => el.visible());
      const fixed = scope
        .nodes()
        .not(fresh)
        .map((n) => n.id());
      const layout = scope.layout(fcoseLayout(fixed, store, scope.nodes().length));
      layout.one('layoutstop', () => {
        mark('layout-done');
        cy.nodes().forEach((n) => {
          store.set(n.id(), { ...n.position() });
        });
        // Keep what was just brought in on screen: fit when any new node landed outside the view.
        const view = cy.extent();
        const outside = unplaced.some((id) => {
          const p = store.get(id);
          return p !== undefined && (p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2);
        });
        if (firstFill || outside) cy.fit(visible, 40);
        relabel(cy);
        moved();
        markFirstFrame();
      });
      mark('layout-start');
      layout.run();
    } else {
      if (firstFill && cy.nodes().length > 0) cy.fit(visible, 40);
      relabel(cy);
      markFirstFrame();
    }
  }, [cyRef, elements, pinned, positions, webgl]);

  // The selection, as the explorer's state says (a restored link selects its node too).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(':selected').forEach((n) => {
        if (n.id() !== selected) n.unselect();
      });
      if (selected) cy.getElementById(selected).select();
    });
  }, [cyRef, selected, elements, webgl]);

  // A highlighted path: its nodes and edges marked, the rest faded.
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
  }, [cyRef, highlighted, elements, webgl]);

  return cyRef;
}
