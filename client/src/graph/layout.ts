/** fcose layout options: quality placement, and nodes already on the canvas kept where they are. */
import type cytoscape from 'cytoscape';

export function fcoseLayout(fixedNodeIds: string[], positions: ReadonlyMap<string, cytoscape.Position>): cytoscape.LayoutOptions {
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
    // Packing would move whole components, fixed nodes and all.
    packComponents: fixed.length === 0,
    // Keep what the researcher already looked at in place; only new nodes move.
    fixedNodeConstraint: fixed.map((nodeId) => ({ nodeId, position: { ...positions.get(nodeId)! } })),
  } as cytoscape.LayoutOptions;
}
