/**
 * Opens the database the configuration names: an external Neo4j when NEO4J_URI is set, else the
 * embedded Neo4j (fetched on first use, started and supervised here, stopped by `close`). When the
 * supervisor sees the embedded server die, the database's circuit opens at once (readiness turns
 * red, requests fail fast); it closes by itself when the restarted server answers.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { ensureNeo4jDistribution } from '../neo4j/fetch.js';
import { startNeo4j } from '../neo4j/instance.js';
import { createDatabase, type Database } from './database.js';

export interface Connection {
  db: Database;
  uri: string;
  /** Closes the driver, then stops the Neo4j this connection started (if it started one). */
  close(): Promise<void>;
}

/** The folder of the embedded instance `connect` starts (`app` for the app, the CLIs and the importer). */
export const embeddedInstanceDir = (config: Config, instanceName = 'app') => path.join(config.embedded.home, 'instances', instanceName);

export async function connect(config: Config, log: (line: string) => void = console.log, instanceName = 'app'): Promise<Connection> {
  if (config.external) {
    const db = createDatabase({ ...config.external, database: config.database, queryTimeoutMs: config.queryTimeoutMs, log });
    return { db, uri: config.external.uri, close: () => db.close() };
  }
  const dist = await ensureNeo4jDistribution(config.embedded.home, log);
  const neo = await startNeo4j(
    dist,
    {
      dir: embeddedInstanceDir(config, instanceName),
      boltPort: config.embedded.boltPort,
      heap: config.embedded.heap,
      pageCache: config.embedded.pageCache,
      transactionTimeout: '120s',
    },
    log,
  );
  const db = createDatabase({
    uri: neo.uri,
    username: neo.username,
    password: neo.password,
    database: config.database,
    queryTimeoutMs: config.queryTimeoutMs,
    log,
  });
  neo.onEvent((e) => {
    if (e.type === 'exited') db.health.markDown(e.reason);
  });
  return {
    db,
    uri: neo.uri,
    close: async () => {
      await db.close();
      await neo.stop();
    },
  };
}
