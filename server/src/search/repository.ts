/** Full-text search over every node's name, aliases, acronym and NCT number. */
import type { Database } from '../db/database.js';
import { FULLTEXT_INDEX, type NodeLabel } from '../../../seed/src/model/vocabulary.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { toNodeRecord, type SearchHitRecord } from '../graph/records.js';

/**
 * Arms and results carry their study's name; weighting them down keeps the study, drug or
 * population a person is looking for above the many facts that mention it.
 */
export const SEARCH_NODES = `
  CALL db.index.fulltext.queryNodes($index, $lucene, {limit: toInteger($candidates)}) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score * CASE WHEN node:Result THEN 0.4 WHEN node:Arm THEN 0.5 WHEN node:Reference THEN 0.6 ELSE 1.0 END AS weighted
  RETURN ${nodeProjection('node')} AS node, weighted AS score
  ORDER BY score DESC, node.name
  LIMIT toInteger($first)`;

export async function searchNodes(db: Database, lucene: string, labels: NodeLabel[] | null, first: number): Promise<SearchHitRecord[]> {
  const rows = await db.read<{ node: ProjectedNode; score: number }>('search.nodes', SEARCH_NODES, {
    index: FULLTEXT_INDEX,
    lucene,
    labels,
    first,
    candidates: Math.max(first * 10, 200),
  });
  return rows.map((r) => ({ node: toNodeRecord(r.node.labels, r.node.props), score: r.score }));
}
