/**
 * Starts a throwaway Neo4j for the whole run (its own free port and temporary data folder, so it
 * can run beside `npm start`), loads the default sources into it, hands the connection to the tests
 * and removes everything afterwards. With NEO4J_URI set, uses that server instead and starts none.
 */
import { freePort } from '../../runtime/neo4j/free-port.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../runtime/config.js';
import { ensureNeo4jDistribution } from '../../runtime/neo4j/fetch.js';
import { startNeo4j, type RunningNeo4j } from '../../runtime/neo4j/instance.js';
import { createDatabase } from '../../runtime/db/database.js';
import { loadSources, prepareDefaultSources } from '../../seed/src/load/default-sources.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject) {
  const config = readConfig();
  let running: RunningNeo4j | undefined;
  let dir: string | undefined;
  let target: TestNeo4j;
  if (config.external) {
    target = { ...config.external, database: config.database };
  } else {
    const dist = await ensureNeo4jDistribution(config.embedded.home, (l) => console.log(l));
    dir = await mkdtemp(path.join(os.tmpdir(), 'nen-test-neo4j-'));
    running = await startNeo4j(dist, { dir, boltPort: await freePort(), heap: '768m', pageCache: '128m', transactionTimeout: '60s' }, (l) =>
      console.log(l),
    );
    target = { uri: running.uri, username: running.username, password: running.password, database: config.database };
  }
  const db = createDatabase({ ...target, queryTimeoutMs: 30_000 });
  try {
    const { plans } = await prepareDefaultSources({ reviewDir: config.seedDataDir, registryDir: config.registryDataDir });
    await loadSources(db, plans, { force: true });
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);
  return async () => {
    await running?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
