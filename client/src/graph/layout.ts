/** fcose layout options: quality placement, and nodes already on the canvas kept where they are. */
import type cytoscape from 'cytoscape';

export function fcoseLayout(fixedNodeIds: string[], positions: Map<string, cytoscape.Position>): cytoscape.LayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: fixedNodeIds.length === 0,
    animate: false,
    nodeRepulsion: () => 8000,
    idealEdgeLength: () => 90,
    // Keep what the researcher already looked at in place; only new nodes move.
    fixedNodeConstraint: fixedNodeIds.filter((id) => positions.has(id)).map((nodeId) => ({ nodeId, position: positions.get(nodeId)! })),
  } as cytoscape.LayoutOptions;
}
