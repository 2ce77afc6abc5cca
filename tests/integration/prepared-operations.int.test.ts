/**
 * A request repeating an operation Apollo has already run is served by the prepared operations
 * (prepared-operations.ts) and answered byte for byte as Apollo answered it: status, content type,
 * body, errors and their codes; whatever the guard refuses, and whatever is not plainly a repeat,
 * Apollo answers.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../runtime/db/database.js';
import { readConfig } from '../../runtime/config.js';
import { createGraphqlApi, type GraphqlApi } from '../../server/src/graphql/apollo.js';
import { createHttpServer } from '../../server/src/http/app.js';
import { testDatabase } from '../support/test-app.js';

interface Served {
  status: number;
  /** Every response header but the date. */
  headers: Record<string, string>;
  contentType: string | null;
  retryAfter: string | null;
  body: string;
}

interface Endpoint {
  url: string;
  graphql: GraphqlApi;
  /** Requests the prepared operations answered (the rest went to Apollo). */
  preparedAnswers: number;
  close(): Promise<void>;
}

let db: Database;
let plain: Endpoint;
let limited: Endpoint;

async function endpoint(rateLimitPerMinute?: number): Promise<Endpoint> {
  const graphql = createGraphqlApi({ rateLimitPerMinute });
  await graphql.apollo.start();
  const server = createHttpServer({ graphql, db, clientDir: readConfig().clientDir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const e: Endpoint = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    graphql,
    preparedAnswers: 0,
    async close() {
      server.close();
      server.closeAllConnections();
      await graphql.apollo.stop();
    },
  };
  const serve = graphql.prepared.serve.bind(graphql.prepared);
  graphql.prepared.serve = async (...args) => {
    const answer = await serve(...args);
    if (answer) e.preparedAnswers++;
    return answer;
  };
  return e;
}

async function post(e: Endpoint, body: unknown, headers: Record<string, string> = {}): Promise<Served> {
  const res = await fetch(`${e.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    headers: Object.fromEntries([...res.headers].filter(([k]) => k !== 'date')),
    contentType: res.headers.get('content-type'),
    retryAfter: res.headers.get('retry-after'),
    body: await res.text(),
  };
}

/** The same request twice: the first answered by Apollo, the second by whichever path serves repeats. */
async function twice(e: Endpoint, body: unknown, headers?: Record<string, string>) {
  const before = e.preparedAnswers;
  const first = await post(e, body, headers);
  const second = await post(e, body, headers);
  return { first, second, preparedAnswered: e.preparedAnswers - before };
}

const NODE = 'query Node($id: ID!) { node(id: $id) { id name ... on Study { phase arms { id name } } } }';
const NEIGHBOURS = 'query N($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth, limit: 20) { nodes { id } edges { type } } }';
const STUDIES = 'query S($f: StudyFilter) { studies(filter: $f, first: 5) { totalCount nodes { id } } }';

beforeAll(async () => {
  db = testDatabase();
  plain = await endpoint();
  limited = await endpoint(60);
});
afterAll(async () => {
  await plain?.close();
  await limited?.close();
  await db?.close();
});

describe('a repeated operation', () => {
  it('is answered by the prepared operations, exactly as Apollo answered it', async () => {
    const { first, second, preparedAnswered } = await twice(plain, { query: NODE, variables: { id: 'study:radiant-3' } });
    expect(preparedAnswered).toBe(1);
    expect(first.status).toBe(200);
    expect(first.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(first.body).data.node.id).toBe('study:radiant-3');
    expect(second).toEqual(first);
  });

  it('runs with its own variables, not those it was first run with', async () => {
    await post(plain, { query: NODE, variables: { id: 'study:radiant-3' } });
    const other = await post(plain, { query: NODE, variables: { id: 'study:sanet-p' } });
    expect(JSON.parse(other.body).data.node.id).toBe('study:sanet-p');
  });

  it.each([
    // Each its own document, so that the first request is Apollo's.
    ['a resolver refusing an argument', STUDIES.replace('query S', 'query Design'), { f: { design: 'garbage' } }],
    ['an id no node has', STUDIES.replace('query S', 'query Missing'), { f: { intervention: 'drug:no-such-drug' } }],
  ])('reports %s with the same status, codes and messages', async (_, query, variables) => {
    const { first, second, preparedAnswered } = await twice(plain, { query, variables });
    expect(preparedAnswered).toBe(1);
    expect(JSON.parse(first.body).errors.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  it.each([
    ['variables of the wrong type', NEIGHBOURS, { id: 'study:radiant-3', depth: 'deep' }, 'BAD_USER_INPUT'],
    ['an empty id', STUDIES, { f: { intervention: '' } }, 'BAD_USER_INPUT'],
  ])('is refused for %s by the guard, and Apollo answers the refusal', async (_, query, variables, code) => {
    await post(plain, { query: NEIGHBOURS, variables: { id: 'study:radiant-3' } });
    await post(plain, { query: STUDIES, variables: {} });
    const before = plain.preparedAnswers;
    const refused = await post(plain, { query, variables });
    expect(plain.preparedAnswers).toBe(before);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe(code);
  });

  it('is refused over the rate limit with 429 and Retry-After, as Apollo refuses it', async () => {
    // 60 points a minute: a few of these neighbourhoods, then a refusal.
    const answers: Served[] = [];
    while (answers.length < 20 && answers.at(-1)?.status !== 429)
      answers.push(await post(limited, { query: NEIGHBOURS, variables: { id: 'study:radiant-3' } }));
    const refused = answers.at(-1)!;
    const served = answers.slice(0, -1);
    expect(served.length).toBeGreaterThanOrEqual(2);
    expect(served.every((a) => a.status === 200)).toBe(true);
    expect(limited.preparedAnswers).toBe(served.length - 1);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('a request that is not plainly a repeat goes to Apollo', () => {
  it.each([
    ['another Accept', { query: NODE, variables: { id: 'study:radiant-3' } }, { accept: 'application/graphql-response+json' }, 200],
    ['extensions', { query: NODE, variables: { id: 'study:radiant-3' }, extensions: {} }, {}, 200],
    ['an operation name it was not sent with', { query: NODE, variables: { id: 'study:radiant-3' }, operationName: 'Node' }, {}, 200],
    ['variables that are not an object', { query: NODE, variables: ['study:radiant-3'] }, {}, 400],
  ])('%s', async (_, body, headers, status) => {
    await post(plain, { query: NODE, variables: { id: 'study:radiant-3' } });
    const before = plain.preparedAnswers;
    const answer = await post(plain, body, headers);
    expect(plain.preparedAnswers).toBe(before);
    expect(answer.status).toBe(status);
  });

  it('answers graphql-response+json when asked for it, as Apollo does', async () => {
    const answer = await post(
      plain,
      { query: NODE, variables: { id: 'study:radiant-3' } },
      { accept: 'application/graphql-response+json' },
    );
    expect(answer.contentType).toBe('application/graphql-response+json; charset=utf-8');
  });
});
