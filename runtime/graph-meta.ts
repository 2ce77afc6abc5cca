/**
 * What the graph records about itself: which loads it holds (a hash per load, so an unchanged
 * source is not written again) and how many nodes and relationships of each kind it has (from the
 * count store, so at any size). Used by the loader, the server's readiness check and the tests alike.
 */
import type { Database, ReadRun } from './db/database.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LOAD_LABEL } from '../kernel/vocabulary.js';

export const READ_LOAD_HASH = `MATCH (l:${SOURCE_LOAD_LABEL} {id: $loadId}) RETURN l.hash AS hash`;

export const ANY_LOAD = `MATCH (l:${SOURCE_LOAD_LABEL}) RETURN l.id AS id LIMIT 1`;

/**
 * Nodes per kind label, one count-store read each (constant time at any size). Run as separate
 * small statements in one transaction: each plans in milliseconds, where a UNION of them all took
 * seconds to plan on a busy machine (and planning counts against the query timeout).
 */
export const COUNT_NODE_STATEMENTS = NODE_LABELS.map(
  (label) => `MATCH (n:${label}) WITH count(n) AS count RETURN '${label}' AS label, count`,
);

/** Relationships per type, one count-store read each. */
export const COUNT_RELATIONSHIP_STATEMENTS = RELATIONSHIP_TYPES.map(
  (type) => `MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS type, count`,
);

/** Every load the graph holds, with its hash and when it was last written (each chunk of a load rewrites it). */
export const READ_LOADED_DATA = `
  MATCH (l:${SOURCE_LOAD_LABEL})
  RETURN l.id AS id, l.hash AS hash, toString(l.loadedAt) AS loadedAt
  ORDER BY id`;

/**
 * A key that changes whenever the loaded data does (a load written, a chunk of one, a load
 * removed): what is computed from the data can be kept under it. Read inside the caller's transaction.
 */
export async function loadedDataKey(run: ReadRun, databaseName: string): Promise<string> {
  const loads = await run<{ id: string; hash: string | null; loadedAt: string | null }>(READ_LOADED_DATA);
  return `${databaseName}|${loads.map((l) => `${l.id}:${l.hash}:${l.loadedAt}`).join('|')}`;
}

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

/** Runs statements one after another in the caller's transaction, their rows together. */
export async function runEach<T extends Record<string, unknown>>(run: ReadRun, statements: readonly string[]): Promise<T[]> {
  const rows: T[] = [];
  for (const statement of statements) rows.push(...(await run<T>(statement)));
  return rows;
}

/** Nodes per kind and relationships per type (kinds and types with none left out), from the count store in one read transaction. */
export async function countGraph(db: Database): Promise<GraphCounts> {
  return db.readTransaction('graphMeta.countGraph', async (run) => {
    const nodes = await runEach<{ label: string; count: number }>(run, COUNT_NODE_STATEMENTS);
    const rels = await runEach<{ type: string; count: number }>(run, COUNT_RELATIONSHIP_STATEMENTS);
    return {
      nodes: Object.fromEntries(nodes.filter((r) => r.count > 0).map((r) => [r.label, r.count])),
      relationships: Object.fromEntries(rels.filter((r) => r.count > 0).map((r) => [r.type, r.count])),
    };
  });
}
