/**
 * Counts of every node kind and relationship type in the loaded graph, with an example per kind.
 * Counts come from Neo4j's count store (constant time at any size) and, with the examples it
 * cannot answer, are computed once per loaded data and kept in the process.
 */
import { readsOneByOne, type ReadRun, type Reader } from '../../../runtime/db/database.js';
import { DatabaseError } from '../../../runtime/db/database-error.js';
import { KIND_OF_LABEL, NODE_LABELS, type NodeLabel } from '../../../kernel/vocabulary.js';
import { COUNT_NODE_STATEMENTS, COUNT_RELATIONSHIP_STATEMENTS, loadedDataKey, runEach } from '../../../runtime/graph-meta.js';
import { LINKS, type LinkEnds } from '../../../kernel/links.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { graphNodeOf, type GraphNodeRow } from '../neighborhood/repository.js';

/**
 * A relationship type's count per (from, to) pair of labels, as one count-store read per pair:
 * links.ts fixes every type's ends, and the count store answers a type with a label on one end.
 * Null for a type joining several labels on both ends (the count store cannot split it; none does today).
 */
export function patternCountStatements(type: keyof typeof LINKS, ends: LinkEnds): string[] | null {
  const [from] = ends.from;
  const [to] = ends.to;
  const row = (f: NodeLabel, t: NodeLabel, pattern: string) =>
    `MATCH ${pattern} WITH count(r) AS count RETURN '${type}' AS type, '${f}' AS fromLabel, '${t}' AS toLabel, count`;
  if (ends.from.length === 1 && ends.to.length === 1) return [row(from!, to!, `()-[r:${type}]->()`)];
  if (ends.to.length === 1) return ends.from.map((f) => row(f, to!, `(:${f})-[r:${type}]->()`));
  if (ends.from.length === 1) return ends.to.map((t) => row(from!, t, `()-[r:${type}]->(:${t})`));
  return null;
}

const PATTERN_STATEMENTS = Object.entries(LINKS).map(([type, ends]) => ({
  type,
  ends,
  statements: patternCountStatements(type as keyof typeof LINKS, ends),
}));

/** Every relationship pattern links.ts allows, counted from the count store. */
export const COUNT_PATTERN_STATEMENTS = PATTERN_STATEMENTS.flatMap((p) => p.statements ?? []);
export const COUNT_RELATIONSHIP_PATTERNS = COUNT_PATTERN_STATEMENTS.join('\n  UNION ALL\n  ');

/** Patterns of the types the count store cannot split (both ends of several labels), by reading them: run once per loaded data. */
export const SCANNED_PATTERN_TYPES = PATTERN_STATEMENTS.filter((p) => p.statements === null).map((p) => p.type);
export const SCAN_RELATIONSHIP_PATTERNS = `
  UNWIND $types AS t
  MATCH (a)-[r]->(b) WHERE type(r) = t
  WITH t AS type, [l IN labels(a) WHERE l IN $labels][0] AS fromLabel, [l IN labels(b) WHERE l IN $labels][0] AS toLabel
  RETURN type, fromLabel, toLabel, count(*) AS count`;

/**
 * The most connected node of each kind among the first 1,000 of it: a telling example that stays
 * cheap when a kind holds hundreds of thousands of nodes.
 */
export const FIND_KIND_EXAMPLES = NODE_LABELS.map(
  (label) => `
  CALL () {
    MATCH (n:${label}) WITH n LIMIT 1000
    RETURN n ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1
  }
  RETURN '${label}' AS label, ${nodeProjection('n')} AS node`,
).join('\n  UNION ALL');

/** What the loaded data is: every load's id, hash and time, which the loader rewrites with each load. */
type PatternRow = {
  type: string;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  count: number;
};

interface PerLoad {
  nodes: { label: NodeLabel; count: number }[];
  rels: { type: string; count: number }[];
  patterns: PatternRow[];
  examples: Map<NodeLabel, GraphNodeRow>;
}

/**
 * What is computed once per loaded data: keyed by the loads' ids, hashes and times, replaced when
 * a load changes them. Concurrent requests for the same key share one computation; a failed one is
 * forgotten so the next request tries again.
 */
let perLoad: { key: string; value: Promise<GraphSummary> } | null = null;

/**
 * The counts (72 count-store reads, each its own small statement: one statement of them all took
 * seconds to plan on a busy machine), the patterns the count store cannot split, and the examples.
 * Each read is constant-time, but 72 round trips are 65-100 ms, so they are kept per loaded data too.
 */
async function computePerLoad(run: ReadRun): Promise<GraphSummary> {
  const nodes = await runEach<{ label: NodeLabel; count: number }>(run, COUNT_NODE_STATEMENTS);
  const rels = await runEach<{ type: string; count: number }>(run, COUNT_RELATIONSHIP_STATEMENTS);
  const patterns = await runEach<PatternRow>(run, COUNT_PATTERN_STATEMENTS);
  if (SCANNED_PATTERN_TYPES.length > 0)
    patterns.push(...(await run<PatternRow>(SCAN_RELATIONSHIP_PATTERNS, { types: SCANNED_PATTERN_TYPES, labels: NODE_LABELS })));
  const examples = await run<{ label: NodeLabel; node: ProjectedNode }>(FIND_KIND_EXAMPLES);
  return summaryOf({ nodes, rels, patterns, examples: new Map(examples.map((e) => [e.label, graphNodeOf(e.node)])) });
}

/** The summary as the API gives it, sorted by name: shaped once per loaded data, not per request. */
function summaryOf({ nodes, rels, patterns, examples }: PerLoad) {
  const byName = <T extends { type: string }>(a: T, b: T) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
  return {
    kinds: nodes
      .filter((n) => n.count > 0 && n.label in KIND_OF_LABEL)
      .sort((a, b) => (a.label < b.label ? -1 : 1))
      .map((n) => ({ kind: KIND_OF_LABEL[n.label], count: n.count, example: examples.get(n.label) ?? null })),
    relationships: rels.filter((r) => r.count > 0).sort(byName),
    relationshipPatterns: patterns
      .filter((p) => p.count > 0 && p.fromLabel in KIND_OF_LABEL && p.toLabel in KIND_OF_LABEL)
      .sort((a, b) => byName(a, b) || (a.fromLabel < b.fromLabel ? -1 : a.fromLabel > b.fromLabel ? 1 : a.toLabel < b.toLabel ? -1 : 1))
      .map((p) => ({ type: p.type, fromKind: KIND_OF_LABEL[p.fromLabel], toKind: KIND_OF_LABEL[p.toLabel], count: p.count })),
  };
}

export type GraphSummary = ReturnType<typeof summaryOf>;

function cachedPerLoad(db: Reader, key: string): Promise<GraphSummary> {
  if (perLoad?.key !== key) {
    const value = db.readTransaction('summary.perLoad', computePerLoad);
    const entry = { key, value };
    perLoad = entry;
    value.catch(() => {
      if (perLoad === entry) perLoad = null;
    });
  }
  return perLoad.value;
}

/**
 * Counts per kind, per relationship type and per pattern, with an example per kind: computed once
 * per loaded data (the loaded-data key is read on every request, so a load or a chunk of one is
 * seen at once; a write made outside any loader is not, until the next load).
 */
export async function findGraphSummary(db: Reader): Promise<GraphSummary> {
  const key = await loadedDataKey(readsOneByOne(db, 'summary.key'), db.name);
  // A computation shared with a request that ended before it ran is dropped as CANCELLED: run it anew for this one.
  return cachedPerLoad(db, key).catch((e: unknown) =>
    e instanceof DatabaseError && e.code === 'CANCELLED' ? cachedPerLoad(db, key) : Promise.reject(e),
  );
}

export const FIND_ENDPOINTS = `MATCH (e:Endpoint) RETURN ${nodeProjection('e')} AS node ORDER BY e.name LIMIT 1000`;
