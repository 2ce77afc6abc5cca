/**
 * The real app (Apollo + HTTP server + built client) in the test process, on a free port,
 * against the test Neo4j: integration and end-to-end tests talk to it over HTTP like users do.
 */
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.js';
import { createApollo } from '../../server/src/graphql/apollo.js';
import { createHttpServer } from '../../server/src/http/app.js';
import { readConfig } from '../../server/src/config.js';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  db: Database;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export function testDatabase(): Database {
  const n = inject('neo4j');
  return createDatabase({ ...n, queryTimeoutMs: 30_000 });
}

export async function startTestApp(): Promise<TestApp> {
  const db = testDatabase();
  const apollo = createApollo();
  await apollo.start();
  const server = createHttpServer({ apollo, db, clientDir: readConfig().clientDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    async query(query, variables = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      server.close();
      server.closeAllConnections();
      await apollo.stop();
      await db.close();
    },
  };
}
