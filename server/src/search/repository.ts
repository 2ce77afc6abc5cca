/** Full-text search over every node's name, aliases, acronym and NCT number. */
import type { Reader } from '../../../runtime/db/database.js';
import { FULLTEXT_INDEX, type NodeLabel } from '../../../kernel/vocabulary.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type SearchHitRecord } from '../graph/records.js';
import type { LuceneQueries } from './lucene-query.js';

/** Index hits of `query` whose labels pass the filter, as a list (one row however many). */
const hitsOf = (
  query: string,
  as: string,
) => `CALL db.index.fulltext.queryNodes($index, ${query}, {limit: toInteger($candidates)}) YIELD node, score
    WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
    RETURN collect({node: node, score: score}) AS ${as}`;

/**
 * Hits of the close query (one edit per word), or of the wide one (two edits in long words) when
 * the close one finds fewer than asked for: a typo's second edit is paid for only when needed.
 *
 * Lucene sums matches over name and aliases, so a long study title that names a drug twice
 * would outrank the drug itself. Re-ranking: an exact name or alias match counts triple, long
 * names are discounted by the square root of their word count, and arms, results and observations
 * (which carry the name of a study, drug or population) are weighted down below the study, drug or
 * population people look for. A statement's head: it ends with the page, `node` and `weighted`,
 * for a RETURN to project (only the page is projected, after ordering).
 */
export const rankedSearchHits = `
  CALL () {
    ${hitsOf('$close', 'hits')}
  }
  CALL (hits) {
    WITH hits WHERE $wide IS NOT NULL AND size(hits) < toInteger($first)
    ${hitsOf('$wide', 'wideHits')}
  }
  WITH CASE WHEN size(wideHits) > 0 THEN wideHits ELSE hits END AS hits
  UNWIND hits AS hit
  WITH hit.node AS node, hit.score
    * CASE WHEN any(t IN [hit.node.name] + coalesce(hit.node.aliases, []) WHERE toLower(t) = $exact) THEN 3.0 ELSE 1.0 END
    / sqrt(size(split(trim(hit.node.name), ' ')))
    * CASE WHEN hit.node:Result THEN 0.4 WHEN hit.node:Arm OR hit.node:Observation THEN 0.5 WHEN hit.node:Reference THEN 0.6 ELSE 1.0 END AS weighted
  ORDER BY weighted DESC, node.name, node.id
  LIMIT toInteger($first)`;

export const SEARCH_NODES = `${rankedSearchHits}
  RETURN ${nodeProjection('node')} AS node, weighted AS score`;

export async function searchNodes(
  db: Reader,
  text: string,
  lucene: LuceneQueries,
  labels: NodeLabel[] | null,
  first: number,
): Promise<SearchHitRecord[]> {
  const rows = await db.read<{ node: ProjectedNode; score: number }>('search.nodes', SEARCH_NODES, {
    index: FULLTEXT_INDEX,
    close: lucene.close,
    wide: lucene.wide,
    exact: text.trim().toLowerCase(),
    labels,
    first,
    candidates: Math.max(first * 10, 200),
  });
  return rows.map((r) => ({ node: recordOf(r.node), score: r.score }));
}
