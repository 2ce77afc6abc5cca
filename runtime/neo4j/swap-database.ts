/**
 * Putting a database built beside the served one (by the bulk importer) in its place, while the
 * server is stopped: the served database's store and transaction logs are moved aside, the new
 * ones moved in, and the old ones deleted. Each step is a rename, so an interruption leaves
 * either graph whole; `recoverInterruptedSwap`, run before every start, puts the old one back if
 * the new one never got in.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The database Neo4j Community serves (the only user database it has). */
export const SERVED_DATABASE = 'neo4j';
/** The name a bulk import builds its database under until it is swapped in. */
export const BULK_DATABASE = 'neo4j-bulk';

const PREVIOUS = `${SERVED_DATABASE}-previous`;

/** The folders Neo4j keeps a database in: its store and its transaction logs. */
const foldersOf = (instanceDir: string, database: string) => [
  path.join(instanceDir, 'data', 'databases', database),
  path.join(instanceDir, 'data', 'transactions', database),
];

const move = async (instanceDir: string, from: string, to: string) => {
  const sources = foldersOf(instanceDir, from);
  const targets = foldersOf(instanceDir, to);
  for (let i = 0; i < sources.length; i++) if (existsSync(sources[i]!)) await rename(sources[i]!, targets[i]!);
};

/** Whether a bulk-built database is waiting beside the served one. */
export const bulkDatabaseExists = (instanceDir: string): boolean => existsSync(foldersOf(instanceDir, BULK_DATABASE)[0]!);

/**
 * Swaps the bulk-built database in for the served one. The server must be stopped (the caller
 * stops it; Neo4j holds its store open). Throws, changing nothing, when there is no built database.
 */
export async function swapInBulkDatabase(instanceDir: string): Promise<void> {
  if (!bulkDatabaseExists(instanceDir)) throw new Error(`No bulk-built database in ${instanceDir} to swap in`);
  for (const f of foldersOf(instanceDir, PREVIOUS)) await rm(f, { recursive: true, force: true });
  await move(instanceDir, SERVED_DATABASE, PREVIOUS);
  await move(instanceDir, BULK_DATABASE, SERVED_DATABASE);
  for (const f of foldersOf(instanceDir, PREVIOUS)) await rm(f, { recursive: true, force: true });
}

/**
 * After a swap interrupted between its two renames (no served store, the old one aside), puts the
 * old one back, so a start never creates an empty database in its place. Returns what it did.
 */
export async function recoverInterruptedSwap(instanceDir: string): Promise<'none' | 'restored'> {
  const [served] = foldersOf(instanceDir, SERVED_DATABASE);
  const [previous] = foldersOf(instanceDir, PREVIOUS);
  if (existsSync(served!) || !existsSync(previous!)) return 'none';
  await move(instanceDir, PREVIOUS, SERVED_DATABASE);
  return 'restored';
}

/** Deletes a bulk-built database (a previous, unfinished build), so the importer can create it anew. */
export async function removeBulkDatabase(instanceDir: string): Promise<void> {
  for (const f of foldersOf(instanceDir, BULK_DATABASE)) await rm(f, { recursive: true, force: true });
}
