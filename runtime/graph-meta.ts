/**
 * What the graph records about itself: which loads it holds (a hash per load, so an unchanged
 * source is not written again) and how many nodes and relationships of each kind it has. Used by
 * the loader, the server's readiness check and the tests alike.
 */
import type { Database } from './db/database.js';
import { ENTITY_LABEL, SOURCE_LOAD_LABEL } from '../kernel/vocabulary.js';

export const READ_LOAD_HASH = `MATCH (l:${SOURCE_LOAD_LABEL} {id: $loadId}) RETURN l.hash AS hash`;

export const ANY_LOAD = `MATCH (l:${SOURCE_LOAD_LABEL}) RETURN l.id AS id LIMIT 1`;

export const COUNT_NODES = `MATCH (n:${ENTITY_LABEL}) UNWIND [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'] AS label RETURN label, count(*) AS count ORDER BY label`;
export const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type';

/** The hash recorded for a load (`review`, `ctgov:shipped`), or null when it was never written. */
export async function loadedHash(db: Database, loadId: string): Promise<string | null> {
  const rows = await db.read<{ hash: string }>('graphMeta.loadedHash', READ_LOAD_HASH, { loadId });
  return rows[0]?.hash ?? null;
}

/** Whether any source has been loaded: the graph has data to serve. */
export async function hasLoadedData(db: Database): Promise<boolean> {
  return (await db.read('graphMeta.anyLoad', ANY_LOAD)).length > 0;
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const nodes = await db.read<{ label: string; count: number }>('graphMeta.countNodes', COUNT_NODES);
  const rels = await db.read<{ type: string; count: number }>('graphMeta.countRelationships', COUNT_RELATIONSHIPS);
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.count])),
  };
}
