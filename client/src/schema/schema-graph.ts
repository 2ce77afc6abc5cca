/**
 * The schema graph: one node per kind (with its count in the loaded graph) and one edge per
 * relationship type and kind pair it connects (with the type's count). Pure, unit-tested; the
 * positions are a hand-made layout that keeps edges off the nodes they do not touch.
 */
import type { NodeKind } from '../generated/graphql';
import { ALL_KINDS, KIND_STYLES } from '../graph/kinds';
import { RELATIONSHIP_KINDS } from './relationship-kinds';

export interface GraphSummaryData {
  kinds: { kind: NodeKind; count: number }[];
  relationships: { type: string; count: number }[];
}

export const SCHEMA_POSITIONS: Record<NodeKind, { x: number; y: number }> = {
  GUIDELINE: { x: -60, y: 0 },
  REFERENCE: { x: 720, y: 0 },
  STUDY: { x: 360, y: 110 },
  ARM: { x: 90, y: 250 },
  RESULT: { x: 580, y: 230 },
  INTERVENTION: { x: 0, y: 470 },
  POPULATION: { x: 360, y: 470 },
  ENDPOINT: { x: 720, y: 470 },
  TARGET: { x: -150, y: 650 },
  ADVERSE_EVENT: { x: 150, y: 650 },
  BIOMARKER: { x: 360, y: 690 },
};

export interface SchemaNodeData {
  id: NodeKind;
  kind: NodeKind;
  label: string;
  count: number;
}
export interface SchemaEdgeData {
  id: string;
  source: NodeKind;
  target: NodeKind;
  type: string;
  count: number;
  label: string;
}
export type SchemaElement =
  | { group: 'nodes'; data: SchemaNodeData; position: { x: number; y: number } }
  | { group: 'edges'; data: SchemaEdgeData };

/** Count per kind and per relationship type; absent ones count 0. */
export function countsOf(summary: GraphSummaryData) {
  return {
    kind: (k: NodeKind) => summary.kinds.find((c) => c.kind === k)?.count ?? 0,
    type: (t: string) => summary.relationships.find((c) => c.type === t)?.count ?? 0,
  };
}

/**
 * Every kind (those of kinds.ts, then any other the API reports) and every known relationship
 * type drawn between its kinds. A type that connects several kind pairs has one count in the
 * summary, so its edges say "in all" rather than pretend to a per-pair number.
 */
export function schemaElements(summary: GraphSummaryData): SchemaElement[] {
  const count = countsOf(summary);
  const kinds = [...new Set([...ALL_KINDS, ...summary.kinds.map((k) => k.kind)])];
  const nodes: SchemaElement[] = kinds.map((kind, i) => ({
    group: 'nodes',
    data: { id: kind, kind, label: `${KIND_STYLES[kind]?.label ?? kind}\n${count.kind(kind)}`, count: count.kind(kind) },
    position: SCHEMA_POSITIONS[kind] ?? { x: -150 + 150 * i, y: 860 },
  }));
  const edges: SchemaElement[] = Object.entries(RELATIONSHIP_KINDS).flatMap(([type, pairs]) =>
    pairs.map((p) => ({
      group: 'edges' as const,
      data: {
        id: `${type}:${p.from}->${p.to}`,
        source: p.from,
        target: p.to,
        type,
        count: count.type(type),
        label: pairs.length > 1 ? `${type} ${count.type(type)} in all` : `${type} ${count.type(type)}`,
      },
    })),
  );
  return [...nodes, ...edges];
}

export interface RelationshipRow {
  type: string;
  count: number;
  /** "Study → Arm", one per kind pair; empty when the client does not know the type. */
  connects: string[];
  /** Every kind at either end. */
  kinds: NodeKind[];
}

/** The relationship table: every type the API counted plus every type the schema draws. */
export function relationshipRows(summary: GraphSummaryData): RelationshipRow[] {
  const count = countsOf(summary);
  const types = [...new Set([...summary.relationships.map((r) => r.type), ...Object.keys(RELATIONSHIP_KINDS)])].sort();
  const name = (k: NodeKind) => KIND_STYLES[k]?.label ?? k;
  return types.map((type) => ({
    type,
    count: count.type(type),
    connects: (RELATIONSHIP_KINDS[type] ?? []).map((p) => `${name(p.from)} → ${name(p.to)}`),
    kinds: [...new Set((RELATIONSHIP_KINDS[type] ?? []).flatMap((p) => [p.from, p.to]))],
  }));
}
