/**
 * Requests that validate what they name and then read the answer do it all in one read transaction;
 * a request of one statement runs it as an auto-commit query, without BEGIN and COMMIT.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { Database } from '../../runtime/db/database.js';

let app: TestApp;
let transactions: string[] = [];

/** The database with every transaction it opens named in `transactions`: `read:` an auto-commit query, `tx:` an explicit transaction. */
function watched(db: Database): Database {
  const w: Database = Object.create(db);
  w.read = (operation, cypher, params) => (transactions.push(`read:${operation}`), db.read(operation, cypher, params));
  w.readTransaction = (operation, work) => (transactions.push(`tx:${operation}`), db.readTransaction(operation, work));
  return w;
}

beforeAll(async () => {
  app = await startTestApp(watched);
});
afterAll(async () => {
  await app?.close();
});
beforeEach(() => {
  transactions = [];
});

describe('one read transaction per request', () => {
  it('compare checks the interventions, finds the endpoint and reads the rows in one', async () => {
    const res = await app.query(`{ compare(interventions: ["intervention:everolimus", "intervention:sunitinib"], endpoint: "PFS",
      population: "population:pan-net") { totalCount rows { intervention { id } value } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.compare.totalCount).toBeGreaterThan(0);
    expect(transactions).toEqual(['tx:compare']);
  });

  it("studies checks the filter's nodes and endpoint and reads the page and total in one", async () => {
    const res = await app.query(
      `{ studies(filter: { intervention: "intervention:everolimus", endpoint: "PFS" }) { totalCount nodes { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.studies.totalCount).toBeGreaterThan(0);
    expect(transactions).toEqual(['tx:studies']);
  });

  it('a depth-1 neighbourhood and a node with its relations are each one auto-commit query; a deeper walk one transaction', async () => {
    const depth1 = await app.query(`{ neighborhood(id: "study:sanet-p", depth: 1) { nodes { id } edges { id } } }`);
    expect(depth1.data!.neighborhood.nodes.length).toBeGreaterThan(3);
    expect(transactions).toEqual(['read:neighborhood']);
    transactions = [];
    const node = await app.query(
      `{ node(id: "study:sanet-p") { id ... on Study { arms { label } results { valueText arm { label } } } } }`,
    );
    expect(node.data!.node.results.length).toBeGreaterThan(0);
    expect(transactions).toEqual(['read:nodes.findTree']);
    transactions = [];
    const depth2 = await app.query(`{ neighborhood(id: "study:sanet-p", depth: 2, limit: 60) { nodes { id } } }`);
    expect(depth2.data!.neighborhood.nodes).toHaveLength(60);
    expect(transactions).toEqual(['tx:neighborhood']);
  });

  it('still refuses an id no node has, from inside the transaction, as bad input', async () => {
    const res = await app.query(`{ compare(interventions: ["intervention:no-such-drug"], endpoint: "PFS") { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('intervention:no-such-drug');
    const studies = await app.query(`{ studies(filter: { endpoint: "no such endpoint" }) { totalCount } }`);
    expect(studies.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
