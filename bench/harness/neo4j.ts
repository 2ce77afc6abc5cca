/**
 * The bench's own Neo4j: the project's embedded server (same jars, heap and page cache as the
 * app's configuration), one fresh instance per measured scale and run in `<NEO4J_HOME>/bench/instances/`,
 * on a free port of 127.0.0.1, deleted when the scale is done. Never the app's instance, never a
 * NEO4J_URI server: the bench loads and wipes data.
 */
import { freePort } from '../../runtime/neo4j/free-port.js';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../runtime/config.js';
import { ensureNeo4jDistribution } from '../../runtime/neo4j/fetch.js';
import { startNeo4j } from '../../runtime/neo4j/instance.js';
import { swapInBulkDatabase } from '../../runtime/neo4j/swap-database.js';
import { NEO4J_VERSION } from '../../runtime/neo4j/paths.js';

export interface BenchNeo4j {
  uri: string;
  username: string;
  password: string;
  /** The instance folder (data, logs, password). */
  dir: string;
  version: string;
  heap: string;
  pageCache: string;
  /** Stops the server, swaps in the database a bulk import built beside its own, and starts it again (same address). */
  swapInBulkDatabase(): Promise<void>;
  /** Stops the server and deletes its folder. */
  stopAndDelete(): Promise<void>;
}

/** The folder the bench keeps its instances and generated registries in (git-ignored with .neo4j). */
export const benchHome = (config: Config) => path.join(config.embedded.home, 'bench');

/**
 * Starts a fresh, empty instance for `name` (a scale). Its folder carries this process's id, so two
 * bench runs at once never share, or delete, each other's data.
 */
export async function startBenchNeo4j(config: Config, name: string, log: (line: string) => void): Promise<BenchNeo4j> {
  const dist = await ensureNeo4jDistribution(config.embedded.home, log);
  const dir = path.join(benchHome(config), 'instances', `${name}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  const { heap, pageCache } = config.embedded;
  const options = { dir, boltPort: await freePort(), heap, pageCache, transactionTimeout: '120s', startTimeoutMs: 180_000 };
  let neo = await startNeo4j(dist, options, log);
  return {
    uri: neo.uri,
    username: neo.username,
    password: neo.password,
    dir,
    version: NEO4J_VERSION,
    heap,
    pageCache,
    async swapInBulkDatabase() {
      await neo.stop();
      await swapInBulkDatabase(dir);
      neo = await startNeo4j(dist, options, log);
    },
    async stopAndDelete() {
      await neo.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
