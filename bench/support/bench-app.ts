/**
 * Benchmarks run against the real app: the configured Neo4j (embedded by default, started here
 * if needed and seeded with the curated data) and the HTTP server on a free port.
 */
import type { AddressInfo } from 'node:net';
import { readConfig } from '../../server/src/config.js';
import { connect } from '../../server/src/db/connect.js';
import { createApollo } from '../../server/src/graphql/apollo.js';
import { createHttpServer } from '../../server/src/http/app.js';
import { prepareSeed } from '../../seed/src/pipeline.js';
import { seedGraph } from '../../seed/src/seed-graph.js';

export async function startBenchApp(): Promise<{ url: string; close(): Promise<void> }> {
  const config = readConfig();
  const connection = await connect(config, () => {});
  const { plan } = await prepareSeed(config.seedDataDir);
  await seedGraph(connection.db, plan);
  const apollo = createApollo();
  await apollo.start();
  const server = createHttpServer({ apollo, db: connection.db, clientDir: config.clientDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.close();
      server.closeAllConnections();
      await apollo.stop();
      await connection.close();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
