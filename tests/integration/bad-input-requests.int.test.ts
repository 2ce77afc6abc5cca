/**
 * Requests an attacker or a careless client sends, against the real app on the test Neo4j: writes
 * to a read-only API, malformed URLs, filters that match nothing because they are misspelt, empty
 * ids, echoes of huge input, queries over budget, and more requests than a client may make.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../runtime/config.js';
import { startApp, type RunningApp } from '../../server/app/start-app.js';
import { startTestApp, testDatabase, type TestApp } from '../support/test-app.js';
import { firstError } from '../support/graphql-errors.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** A raw HTTP request line, for targets fetch would refuse to send. */
function rawGet(target: string): Promise<string> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (c) => (data += c.toString()));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('a read-only API', () => {
  it('refuses a mutation with 400 and a message that the API is read-only', async () => {
    const r = await app.query('mutation { deleteEverything }');
    expect(r.status).toBe(400);
    expect(firstError(r).message).toMatch(/read-only.*mutations and subscriptions are not supported/);
  });

  it('refuses a subscription the same way', async () => {
    const r = await app.query('subscription { updates }');
    expect(r.status).toBe(400);
    expect(firstError(r).message).toMatch(/read-only/);
  });
});

describe('malformed URLs', () => {
  it('answers an invalid percent-encoding (GET /%E0%A4%A) with 400', async () => {
    const res = await fetch(`${app.url}/%E0%A4%A`);
    expect(res.status).toBe(400);
  });

  it('answers a request target that is no URL at all with 400, and keeps serving', async () => {
    expect(await rawGet('http://[')).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});

describe('study filters', () => {
  const studies = (filter: Record<string, unknown>) =>
    app.query('query S($f: StudyFilter) { studies(filter: $f, first: 200) { totalCount nodes { status phase design } } }', { f: filter });

  it.each([
    ['design', 'garbage', /filter\.design "garbage" is not one of: randomized_controlled_trial, /],
    ['phase', 'III/II/x', /filter\.phase "III\/II\/x" is not one of: I, I\/II, II, II\/III, III, IV/],
    [
      'status',
      'finished',
      /filter\.status "finished" is not one of: published, presented, ongoing, terminated_early, active, not recruiting, completed/,
    ],
    ['endpoint', 'pfs', /filter\.endpoint "pfs" is no endpoint; use a code such as PFS/],
  ])('refuses an unknown %s, naming the argument and the accepted values', async (field, value, message) => {
    const r = await studies({ [field]: value });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(firstError(r).extensions!.argument).toBe(`filter.${field}`);
    expect(firstError(r).message).toMatch(message);
  });

  it('accepts the registry\'s own words: status "completed", phase "II/III"', async () => {
    const completed = await studies({ status: 'completed' });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.studies.totalCount).toBeGreaterThan(0);
    expect(completed.data!.studies.nodes.every((s: { status: string }) => s.status === 'completed')).toBe(true);
    const phase = await studies({ phase: 'II/III' });
    expect(phase.errors).toBeUndefined();
    expect(phase.data!.studies.nodes.every((s: { phase: string }) => s.phase === 'II/III')).toBe(true);
    const pfs = await studies({ endpoint: 'PFS', design: 'randomized_controlled_trial' });
    expect(pfs.data!.studies.totalCount).toBeGreaterThan(0);
    expect(pfs.data!.studies.nodes.every((s: { design: string }) => s.design === 'randomized_controlled_trial')).toBe(true);
  });

  it('refuses an empty id instead of reading it as "no filter"', async () => {
    const r = await studies({ intervention: '' });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(firstError(r).message).toMatch(/filter\.intervention.*an id cannot be empty/);
    const network = await app.query('{ evidenceNetwork(population: "") { nodes { studyCount } } }');
    expect(codeOf(network)).toBe('BAD_USER_INPUT');
    expect(firstError(network).message).toMatch(/evidenceNetwork\(population\): an id cannot be empty/);
  });
});

describe("echoes of the caller's input", () => {
  it('repeats at most 60 characters of a 5,000-character relationship type', async () => {
    const r = await app.query('query N($t: [String!]) { neighborhood(id: "study:radiant-3", relationshipTypes: $t) { nodes { id } } }', {
      t: ['A'.repeat(5000)],
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(firstError(r).message).toContain(`"${'A'.repeat(60)}…"`);
    expect(JSON.stringify(r)).not.toContain('A'.repeat(61));
  });

  it('repeats at most 60 characters of an unknown field name GraphQL itself quotes', async () => {
    const r = await app.query(`{ ${'b'.repeat(3000)} }`);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r)).not.toContain('b'.repeat(61));
  });
});

describe('per-request cost', () => {
  it('refuses a deep nest of lists before it runs, with its cost and the budget', async () => {
    const nested =
      '{ search(query: "everolimus", first: 100) { node { ... on Intervention { studies { interventions { studies { interventions { studies { id } } } } } } } } }';
    const r = await app.query(nested);
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('QUERY_TOO_COSTLY');
    expect(firstError(r).extensions).toMatchObject({ budget: 10_000 });
    expect(firstError(r).extensions!.cost as number).toBeGreaterThan(10_000);
  });

  it('refuses more than 30 aliases, counting them before validation', async () => {
    const r = await app.query(`{ ${Array.from({ length: 31 }, (_, i) => `n${i}: node(id: "study:radiant-3") { id }`).join(' ')} }`);
    expect(r.status).toBe(400);
    expect(firstError(r)).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY', aliases: 31, maxAliases: 30 } });
  });
});

describe('per-client rate limit', () => {
  let limited: RunningApp;
  beforeAll(async () => {
    limited = await startApp({
      config: { ...readConfig(), host: '127.0.0.1', rateLimitPerMinute: 20 },
      database: testDatabase(),
      port: 0,
      log: () => {},
    });
  });
  afterAll(async () => {
    await limited?.close(0);
    await limited?.db.close();
  });

  /** POSTs a query from a given local address (127.0.0.x all reach the loopback server). */
  function postFrom(localAddress: string, query: string): Promise<{ status: number; retryAfter?: string; body: any }> {
    return new Promise((resolve, reject) => {
      const body = JSON.stringify({ query });
      const req = request(
        `${limited.url}/graphql`,
        {
          method: 'POST',
          localAddress,
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, body: JSON.parse(text) }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('answers 429 RATE_LIMITED with Retry-After once an address has spent its points, and serves other addresses', async () => {
    const ten = '{ endpoints { id } }'; // 10 points
    expect((await postFrom('127.0.0.1', ten)).status).toBe(200);
    expect((await postFrom('127.0.0.1', ten)).status).toBe(200);
    const refused = await postFrom('127.0.0.1', ten);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0].message).toMatch(/20 points a minute/);
    const other = await postFrom('127.0.0.2', ten);
    expect(other.status).toBe(200);
  });
});
