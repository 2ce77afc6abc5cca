/** A canvas as plain data (what the exporters read), independent of Cytoscape. */

/** A value an export can carry as a property of a node or edge. */
export type PropertyValue = string | number | boolean;

export interface SnapshotNode {
  id: string;
  kind: string;
  /** The full name (the canvas may show a shorter one). */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Study evidence level rank (1 strongest), where the node is a study. */
  level?: number;
  /** The evidence level rests on the registry's design, not the review's. */
  levelFromRegistry?: boolean;
  /** Asserted by a ClinicalTrials.gov record. */
  registry?: boolean;
  /** A "+N" stand-in: how many neighbours of `parent` of kind `groupKind` it stands for (not on the canvas). */
  group?: { parent: string; groupKind: string; count: number };
  /** Everything else known of the node (design, phase, values, quotes …), by property name. */
  properties: Record<string, PropertyValue>;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Shown beside the edge when the canvas shows one (the schema graph does). */
  label?: string;
  /** The edge joins a "+N" stand-in to its parent. */
  group?: boolean;
}

export interface GraphSnapshot {
  /** What the drawing is of ("NEN evidence graph: 36 nodes"). */
  name?: string;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}
