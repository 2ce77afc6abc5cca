/**
 * The real app (startApp: Apollo + HTTP server + built client) in the test process, on a free
 * port, against the test Neo4j: integration and end-to-end tests talk to it over HTTP like users do.
 */
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../runtime/db/database.js';
import { readConfig } from '../../runtime/config.js';
import { startApp } from '../../server/app/start-app.js';

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

/** The app on the test Neo4j; `through` may wrap the database the app reads (to watch its reads). */
export async function startTestApp(through: (db: Database) => Database = (db) => db): Promise<TestApp> {
  const db = testDatabase();
  const app = await startApp({ config: { ...readConfig(), host: '127.0.0.1' }, database: through(db), port: 0, log: () => {} });
  return {
    url: app.url,
    db,
    async query(query, variables = {}) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
