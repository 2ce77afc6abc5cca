/**
 * The one lifecycle of a Cytoscape canvas, shared by the explorer, the evidence network and the
 * schema page: created on mount in its container (extensions registered once, WebGL renderer when
 * asked for and the browser has WebGL 2 on a GPU), resized with its container, exposed on `window` for
 * end-to-end tests and the console, destroyed on unmount. Recreated only when the renderer changes.
 * Its users add their event handlers in an effect of their own (see `useCytoscapeEvents`).
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import cytoscape from 'cytoscape';
import { registerExtensions } from './register';

declare global {
  interface Window {
    /** The explorer's live Cytoscape instance: read by end-to-end tests and handy in the browser console. */
    __cy?: cytoscape.Core;
    /** The evidence network's Cytoscape instance. */
    __cyNetwork?: cytoscape.Core;
    /** The schema page's Cytoscape instance. */
    __cySchema?: cytoscape.Core;
  }
}

export type CanvasName = '__cy' | '__cyNetwork' | '__cySchema';

export interface CytoscapeSetup {
  /** Where the instance is exposed on `window`. */
  expose: CanvasName;
  style: cytoscape.StylesheetJson;
  /** Further options (zoom bounds, selection behaviour …), read at creation. */
  options?: Omit<cytoscape.CytoscapeOptions, 'container' | 'style' | 'elements'>;
  /** Use the WebGL renderer (only where the browser has WebGL 2 on a GPU; otherwise the canvas one). */
  webgl?: boolean;
  /** Called after the container changed size and the instance was told so. */
  onResize?(cy: cytoscape.Core): void;
}

/** GPU-less WebGL: Chromium's SwiftShader, Mesa's llvmpipe/softpipe, Windows' Basic Render Driver. */
export const SOFTWARE_WEBGL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let webgl2: boolean | undefined;
/**
 * Whether this browser gives a WebGL 2 context drawn by a GPU (Cytoscape's WebGL renderer needs
 * WebGL 2 and has no fallback). A software-rendered one is refused: there the WebGL renderer drew a
 * 1,700-element canvas at 140 ms a frame while panning, the canvas renderer at 17 ms (bench:canvas).
 */
export function hasHardwareWebgl2(): boolean {
  if (webgl2 === undefined) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      // Where the browser hides its renderer's name, trust the context it gave.
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2 = gl !== null && !SOFTWARE_WEBGL.test(renderer);
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

/**
 * Cytoscape 3.35's canvas renderer raises its prototype's layer count to 4 when one WebGL instance
 * is made and never lowers it, so every later canvas-only instance would make a stray WebGL layer.
 */
function resetCanvasLayers(): void {
  const renderer = (cytoscape as unknown as (type: string, name: string) => { prototype: { CANVAS_LAYERS: number } } | undefined)(
    'renderer',
    'canvas',
  );
  if (renderer?.prototype && renderer.prototype.CANVAS_LAYERS !== 3) renderer.prototype.CANVAS_LAYERS = 3;
}

/** The instance of a canvas, for effects and handlers (null before mount and after unmount). */
export function useCytoscapeInstance(container: RefObject<HTMLDivElement | null>, setup: CytoscapeSetup): RefObject<cytoscape.Core | null> {
  const cyRef = useRef<cytoscape.Core | null>(null);
  const useWebgl = Boolean(setup.webgl) && hasHardwareWebgl2();
  const resized = useEffectEvent((cy: cytoscape.Core) => setup.onResize?.(cy));
  const describe = useEffectEvent(() => ({ expose: setup.expose, style: setup.style, options: setup.options }));

  useEffect(() => {
    registerExtensions();
    const { expose, style, options } = describe();
    if (!useWebgl) resetCanvasLayers();
    const cy = cytoscape({
      ...options,
      container: container.current,
      style,
      webgl: useWebgl,
    });
    const observer = new ResizeObserver(() => {
      cy.resize();
      resized(cy);
    });
    if (container.current) observer.observe(container.current);
    cyRef.current = cy;
    window[expose] = cy;
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window[expose] === cy) delete window[expose];
    };
  }, [container, useWebgl]);

  return cyRef;
}

/** Handlers by Cytoscape event, optionally with a selector: `['tap', 'node', handler]`. */
export type CytoscapeBinding = [events: string, selector: string | null, handler: (evt: cytoscape.EventObject) => void];

/**
 * Binds handlers to the instance for as long as it lives (rebinding when it is recreated). The
 * handlers may be Effect Events: they are called from Cytoscape's events, never during render.
 */
export function bindCytoscape(cy: cytoscape.Core, bindings: readonly CytoscapeBinding[]): () => void {
  for (const [events, selector, handler] of bindings) {
    if (selector) cy.on(events, selector, handler);
    else cy.on(events, handler);
  }
  return () => {
    if (cy.destroyed()) return;
    for (const [events, selector, handler] of bindings) {
      if (selector) cy.removeListener(events, selector, handler);
      else cy.removeListener(events, handler);
    }
  };
}
