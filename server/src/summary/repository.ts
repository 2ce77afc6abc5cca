/** Counts of every node kind and relationship type in the loaded graph, with an example per kind. */
import type { Database } from '../../../runtime/db/database.js';
import { COUNT_NODES, COUNT_RELATIONSHIPS } from '../../../runtime/graph-meta.js';
import { ENTITY_LABEL, KIND_OF_LABEL, NODE_LABELS, type NodeLabel } from '../../../kernel/vocabulary.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { graphNodeOf } from '../neighborhood/repository.js';

export const COUNT_RELATIONSHIP_PATTERNS = `
  MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
  WITH type(r) AS type, [l IN labels(a) WHERE l <> '${ENTITY_LABEL}'][0] AS fromLabel, [l IN labels(b) WHERE l <> '${ENTITY_LABEL}'][0] AS toLabel
  RETURN type, fromLabel, toLabel, count(*) AS count
  ORDER BY type, fromLabel, toLabel`;

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

export async function findGraphSummary(db: Database) {
  const [nodes, rels, patterns, examples] = await Promise.all([
    db.read<{ label: NodeLabel; count: number }>('summary.nodes', COUNT_NODES),
    db.read<{ type: string; count: number }>('summary.relationships', COUNT_RELATIONSHIPS),
    db.read<{ type: string; fromLabel: NodeLabel; toLabel: NodeLabel; count: number }>('summary.patterns', COUNT_RELATIONSHIP_PATTERNS),
    db.read<{ label: NodeLabel; node: ProjectedNode }>('summary.examples', FIND_KIND_EXAMPLES),
  ]);
  const exampleOf = new Map(examples.map((e) => [e.label, graphNodeOf(e.node)]));
  return {
    kinds: nodes
      .filter((n) => n.label in KIND_OF_LABEL)
      .map((n) => ({ kind: KIND_OF_LABEL[n.label], count: n.count, example: exampleOf.get(n.label) ?? null })),
    relationships: rels,
    relationshipPatterns: patterns
      .filter((p) => p.fromLabel in KIND_OF_LABEL && p.toLabel in KIND_OF_LABEL)
      .map((p) => ({ type: p.type, fromKind: KIND_OF_LABEL[p.fromLabel], toKind: KIND_OF_LABEL[p.toLabel], count: p.count })),
  };
}

export const FIND_ENDPOINTS = `MATCH (e:Endpoint) RETURN ${nodeProjection('e')} AS node ORDER BY e.name LIMIT 1000`;
