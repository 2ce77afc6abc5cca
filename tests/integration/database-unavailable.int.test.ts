/** With Neo4j unreachable the API answers quickly with DATABASE_UNAVAILABLE and /readyz says not ready. */
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../runtime/db/database.js';
import { createGraphqlApi } from '../../server/src/graphql/apollo.js';
import { createHttpServer } from '../../server/src/http/app.js';
import { readConfig } from '../../runtime/config.js';
import { firstError } from '../support/graphql-errors.js';

let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  // A port nothing listens on: take one, then free it.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  const db = createDatabase({
    uri: `bolt://127.0.0.1:${port}`,
    username: 'neo4j',
    password: 'x'.repeat(12),
    database: 'neo4j',
    queryTimeoutMs: 5_000,
  });
  const graphql = createGraphqlApi();
  const { apollo } = graphql;
  await apollo.start();
  const server = createHttpServer({ graphql, db, clientDir: readConfig().clientDir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.close();
    server.closeAllConnections();
    await apollo.stop();
    await db.close();
  };
});
afterAll(async () => {
  await close?.();
});

describe('Neo4j unreachable', () => {
  it('answers a query with DATABASE_UNAVAILABLE, no stack trace', async () => {
    const started = Date.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "study:radiant-3") { id } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(firstError(body).extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(firstError(body).message).toMatch(/not reachable/);
    expect(JSON.stringify(body)).not.toMatch(/\.ts:\d+|Neo4jError/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reports not ready', async () => {
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'not ready', neo4j: 'unreachable', dataLoaded: false });
  });
});
