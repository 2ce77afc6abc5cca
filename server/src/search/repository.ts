/** Full-text search over every node's name, aliases, acronym and NCT number. */
import type { Database } from '../../../runtime/db/database.js';
import { FULLTEXT_INDEX, type NodeLabel } from '../../../kernel/vocabulary.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type SearchHitRecord } from '../graph/records.js';

/**
 * Lucene sums matches over name and aliases, so a long study title that names a drug twice
 * would outrank the drug itself. Re-ranking: an exact name or alias match counts triple, long
 * names are discounted by the square root of their word count, and arms, results and observations
 * (which carry the name of a study, drug or population) are weighted down below the study, drug or
 * population people look for.
 */
export const SEARCH_NODES = `
  CALL db.index.fulltext.queryNodes($index, $lucene, {limit: toInteger($candidates)}) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score
    * CASE WHEN any(t IN [node.name] + coalesce(node.aliases, []) WHERE toLower(t) = $exact) THEN 3.0 ELSE 1.0 END
    / sqrt(size(split(trim(node.name), ' ')))
    * CASE WHEN node:Result THEN 0.4 WHEN node:Arm OR node:Observation THEN 0.5 WHEN node:Reference THEN 0.6 ELSE 1.0 END AS weighted
  RETURN ${nodeProjection('node')} AS node, weighted AS score
  ORDER BY score DESC, node.name
  LIMIT toInteger($first)`;

export async function searchNodes(
  db: Database,
  text: string,
  lucene: string,
  labels: NodeLabel[] | null,
  first: number,
): Promise<SearchHitRecord[]> {
  const rows = await db.read<{ node: ProjectedNode; score: number }>('search.nodes', SEARCH_NODES, {
    index: FULLTEXT_INDEX,
    lucene,
    exact: text.trim().toLowerCase(),
    labels,
    first,
    candidates: Math.max(first * 10, 200),
  });
  return rows.map((r) => ({ node: recordOf(r.node), score: r.score }));
}
