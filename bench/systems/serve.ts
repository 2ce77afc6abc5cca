/**
 * One measured system in a process of its own, so the load generator and the other systems never
 * share its event loop: `tsx bench/systems/serve.ts api|raw|neo4j-graphql`, against the Neo4j that
 * NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD name. Prints one JSON line `{ "url": ... }` when it
 * listens on 127.0.0.1, and stops on SIGTERM.
 */
import { readConfig } from '../../runtime/config.js';
import { startApp } from '../../server/app/start-app.js';
import { startPeerServer } from './peer-server.js';
import { startRawServer } from './raw-server.js';
import { SYSTEM_NAMES as SYSTEMS, type SystemName } from '../harness/operations.js';

async function start(system: SystemName): Promise<{ url: string; close(): Promise<void> }> {
  const config = readConfig();
  if (!config.external) throw new Error('serve.ts needs NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD');
  const target = { ...config.external, database: config.database };
  switch (system) {
    case 'api': {
      const app = await startApp({ config: { ...config, host: '127.0.0.1' }, port: 0, log: () => {} });
      return { url: app.url, close: () => app.close(0) };
    }
    case 'raw':
      return startRawServer({ ...target, queryTimeoutMs: config.queryTimeoutMs });
    case 'neo4j-graphql':
      return startPeerServer({ ...target, queryTimeoutMs: config.queryTimeoutMs });
  }
}

const system = process.argv[2] as SystemName;
if (!SYSTEMS.includes(system)) {
  console.error(`usage: tsx bench/systems/serve.ts ${SYSTEMS.join('|')}`);
  process.exit(2);
}
start(system).then(
  (running) => {
    process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
    process.once('SIGTERM', () => void running.close().finally(() => process.exit(0)));
  },
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
