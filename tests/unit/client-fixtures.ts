/** Nodes as the canvas holds them (the API's CanvasNode selection), for the client's unit tests. */
import type { GraphNodeData } from '../../client/src/api/canvas-operations.js';
import type { NodeKind } from '../../client/src/generated/graphql.js';

/** A canvas node of the review with nothing but its identity; `over` sets the rest. */
export function canvasNode(id: string, kind: NodeKind, label: string, over: Partial<GraphNodeData> = {}): GraphNodeData {
  return {
    id,
    kind,
    label,
    source: 'REVIEW',
    design: null,
    phase: null,
    status: null,
    enrolled: null,
    evidenceDesign: null,
    evidencePhase: null,
    evidenceBasis: null,
    nonComparative: null,
    planned: null,
    site: null,
    differentiation: null,
    grades: null,
    ...over,
  };
}
