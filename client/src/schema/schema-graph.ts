/**
 * The schema graph: one node per kind (with its count in the loaded graph) and one edge per
 * relationship type and kind pair (with the count of that type between those two kinds, from the
 * summary's relationship patterns). The pairs are the design's (relationship-kinds.ts), so a pair
 * with nothing loaded is still drawn (count 0, dashed); a loaded pair the design lacks is drawn
 * too, marked `known: false`. Pure, unit-tested; the positions are a hand-made layout that keeps
 * edges off the nodes they do not touch.
 */
import { graphql } from '../generated/gql';
import type { NodeKind } from '../generated/graphql';
import { ALL_KINDS, KIND_STYLES } from '../graph/kinds';
import { RELATIONSHIP_KINDS, type KindPair } from './relationship-kinds';

export interface ExampleNode {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface RelationshipPatternData {
  type: string;
  fromKind: NodeKind;
  toKind: NodeKind;
  count: number;
}

export interface GraphSummaryData {
  kinds: { kind: NodeKind; count: number; example?: ExampleNode | null }[];
  relationships: { type: string; count: number }[];
  relationshipPatterns: RelationshipPatternData[];
}

/** The one document the schema page reads: counts, an example per kind and the per-pair counts. */
export const SUMMARY_QUERY = graphql(`
  query SchemaSummary {
    graphSummary {
      kinds {
        kind
        count
        example {
          id
          kind
          label
        }
      }
      relationships {
        type
        count
      }
      relationshipPatterns {
        type
        fromKind
        toKind
        count
      }
    }
  }
`);

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
  OBSERVATION: { x: 640, y: 700 },
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
  /** Relationships of this type from `source` to `target` in the loaded graph. */
  count: number;
  label: string;
  /** False for a loaded pair relationship-kinds.ts does not list. */
  known: boolean;
}
export type SchemaElement =
  { group: 'nodes'; data: SchemaNodeData; position: { x: number; y: number } } | { group: 'edges'; data: SchemaEdgeData };

/** The id of a relationship type's edge between two kinds: "HAS_ARM:STUDY->ARM". */
export const edgeId = (type: string, from: NodeKind, to: NodeKind) => `${type}:${from}->${to}`;

/** Count per kind, per relationship type and per type and kind pair; absent ones count 0. */
export function countsOf(summary: GraphSummaryData) {
  const pairs = new Map(summary.relationshipPatterns.map((p) => [edgeId(p.type, p.fromKind, p.toKind), p.count]));
  return {
    kind: (k: NodeKind) => summary.kinds.find((c) => c.kind === k)?.count ?? 0,
    type: (t: string) => summary.relationships.find((c) => c.type === t)?.count ?? 0,
    pair: (t: string, from: NodeKind, to: NodeKind) => pairs.get(edgeId(t, from, to)) ?? 0,
  };
}

/** Every type's kind pairs: the design's, then the loaded ones it does not list (known: false). */
export function kindPairs(summary: GraphSummaryData): { type: string; pair: KindPair; known: boolean }[] {
  const design = Object.entries(RELATIONSHIP_KINDS).flatMap(([type, pairs]) => pairs.map((pair) => ({ type, pair, known: true })));
  const drawn = new Set(design.map((d) => edgeId(d.type, d.pair.from, d.pair.to)));
  const extra = summary.relationshipPatterns
    .filter((p) => !drawn.has(edgeId(p.type, p.fromKind, p.toKind)))
    .map((p) => ({ type: p.type, pair: { from: p.fromKind, to: p.toKind }, known: false }));
  return [...design, ...extra];
}

/**
 * Every kind (those of kinds.ts, then any other the API reports) and every relationship type
 * drawn between its kinds, labelled with the type and its count for that pair.
 */
export function schemaElements(summary: GraphSummaryData): SchemaElement[] {
  const count = countsOf(summary);
  const pairs = kindPairs(summary);
  const kinds = [...new Set([...ALL_KINDS, ...summary.kinds.map((k) => k.kind), ...pairs.flatMap((p) => [p.pair.from, p.pair.to])])];
  const nodes: SchemaElement[] = kinds.map((kind, i) => ({
    group: 'nodes',
    data: { id: kind, kind, label: `${KIND_STYLES[kind]?.label ?? kind}\n${count.kind(kind)}`, count: count.kind(kind) },
    position: SCHEMA_POSITIONS[kind] ?? { x: -150 + 150 * i, y: 860 },
  }));
  const edges: SchemaElement[] = pairs.map(({ type, pair, known }) => {
    const n = count.pair(type, pair.from, pair.to);
    return {
      group: 'edges' as const,
      data: { id: edgeId(type, pair.from, pair.to), source: pair.from, target: pair.to, type, count: n, label: `${type} ${n}`, known },
    };
  });
  return [...nodes, ...edges];
}

export interface RelationshipRow {
  type: string;
  count: number;
  /** "Study → Reference: 131", one per kind pair; empty when nothing places the type. */
  connects: string[];
  /** Every kind at either end. */
  kinds: NodeKind[];
}

/** The relationship table: every type the API counted plus every type the schema draws. */
export function relationshipRows(summary: GraphSummaryData): RelationshipRow[] {
  const count = countsOf(summary);
  const pairs = kindPairs(summary);
  const types = [...new Set([...summary.relationships.map((r) => r.type), ...pairs.map((p) => p.type)])].sort();
  const name = (k: NodeKind) => KIND_STYLES[k]?.label ?? k;
  return types.map((type) => {
    const own = pairs.filter((p) => p.type === type).map((p) => p.pair);
    return {
      type,
      count: count.type(type),
      connects: own.map((p) => `${name(p.from)} → ${name(p.to)}: ${count.pair(type, p.from, p.to)}`),
      kinds: [...new Set(own.flatMap((p) => [p.from, p.to]))],
    };
  });
}
