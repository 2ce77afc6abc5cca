/** fcose layout options: quality placement, and nodes already on the canvas kept where they are. */
import type cytoscape from 'cytoscape';

/**
 * From this many nodes laid out at once, fcose's force phase starts cooler (initial energy 0.1, not
 * its 0.3): on this project's 900-node canvas that cut the layout from 4.2 s to 1.3 s in Chromium,
 * for a picture no less readable (measured in bench/canvas-sizes.ts).
 */
export const LARGE_LAYOUT_NODES = 400;

export function fcoseLayout(
  fixedNodeIds: string[],
  positions: ReadonlyMap<string, cytoscape.Position>,
  nodeCount = 0,
): cytoscape.LayoutOptions {
  const fixed = fixedNodeIds.filter((id) => positions.has(id));
  return {
    name: 'fcose',
    quality: 'default',
    // With nothing fixed, the spectral start gives the best picture; otherwise new nodes start where they were placed.
    randomize: fixed.length === 0,
    animate: false,
    fit: false,
    nodeRepulsion: () => 8000,
    idealEdgeLength: () => 90,
    nodeSeparation: 60,
    ...(nodeCount >= LARGE_LAYOUT_NODES ? { initialEnergyOnIncremental: 0.1 } : {}),
    // Packing would move whole components, fixed nodes and all.
    packComponents: fixed.length === 0,
    // Keep what the researcher already looked at in place; only new nodes move.
    fixedNodeConstraint: fixed.map((nodeId) => ({ nodeId, position: { ...positions.get(nodeId)! } })),
  } as cytoscape.LayoutOptions;
}
