/** A canvas as plain data (what the exporters read), independent of Cytoscape. */
export interface SnapshotNode {
  id: string;
  kind: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Shown beside the edge when the canvas shows one (the schema graph does). */
  label?: string;
}

export interface GraphSnapshot {
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}
