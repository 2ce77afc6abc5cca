/**
 * The API executes operations compiled by graphql-jit (graphql/compiled-execution.ts). Each
 * operation here, asked over HTTP, must answer as graphql-js's own execute gives on the same schema,
 * resolvers and database: the same data, and the same errors (message, path, locations, code).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { graphqlRuntime } from '../../server/src/graphql/graphql-runtime.js';
import { executableSchema, formatError } from '../../server/src/graphql/apollo.js';
import { createContext } from '../../server/src/context.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const schema = executableSchema();

const NODE_FIELDS = `id kind name ... on Study { design phase enrolled provenance { quote section ref }
  arms { id label treatments { dose intervention { id name } } }
  results { id statistic value valueText ciLow ciHigh pValue notReached endpoint { code } arm { id } provenance { quote ref } } }`;

/** Operations as the explorer and API users ask them, with fragments, aliases, directives and variables, and failing ones. */
const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown>; fails?: true }[] = [
  {
    name: 'a study with arms, results and provenance',
    query: `query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`,
    variables: { id: 'study:sanet-p' },
  },
  {
    name: 'aliases, a fragment and @skip/@include by variable',
    query: `query($id: ID!, $withArms: Boolean!) {
      first: node(id: $id) { ...Named ... on Study { arms @include(if: $withArms) { id } results @skip(if: $withArms) { id } } }
      second: node(id: "intervention:everolimus") { __typename ...Named }
    }
    fragment Named on Node { id name }`,
    variables: { id: 'study:radiant-3', withArms: true },
  },
  { name: 'an unknown node', query: `{ node(id: "study:no-such-study") { id name } }` },
  {
    name: 'search',
    query: `query($q: String!) { search(query: $q, first: 5) { score node { id kind name } } }`,
    variables: { q: 'everolimus' },
  },
  {
    name: 'a neighbourhood',
    query: `{ neighborhood(id: "intervention:sunitinib", depth: 2, limit: 40) { truncated nodes { id kind label } edges { id type source target } } }`,
  },
  {
    name: 'paths',
    query: `{ paths(from: "intervention:sunitinib", to: "study:sanet-p", maxLength: 4, limit: 3) { length nodes { id } edges { type } } }`,
  },
  {
    name: 'a page of studies',
    query: `{ studies(filter: { intervention: "intervention:everolimus" }, first: 3) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'a comparison',
    query: `{ compare(interventions: ["intervention:everolimus", "intervention:sunitinib"], endpoint: "PFS", first: 5) {
      totalCount rows { intervention { id } study { id } arm { label } statistic value unit provenance { quote } } } }`,
  },
  { name: 'the graph summary', query: `{ graphSummary { kinds { kind count } relationships { type count } } }` },
  {
    name: 'an error with a path, beside an answer',
    query: `{ node(id: "study:sanet-p") { id } paths(from: "x", to: "y") { length } }`,
    fails: true,
  },
  {
    name: 'an error inside a list',
    query: `{ a: node(id: "study:sanet-p") { id } b: neighborhood(id: "nope", depth: 1) { truncated } }`,
    fails: true,
  },
];

interface Formatted {
  data?: unknown;
  errors?: { message: string; path?: unknown; locations?: unknown; extensions?: { code?: unknown } }[];
}

/** The same operation run by graphql-js's execute, its errors formatted as the API formats them. */
async function byGraphqlJs(app: TestApp, query: string, variables: Record<string, unknown> = {}): Promise<Formatted> {
  const result = await graphqlRuntime.execute({
    schema,
    document: graphqlRuntime.parse(query),
    variableValues: variables,
    contextValue: createContext(app.db, 'test'),
  });
  return {
    data: result.data,
    ...(result.errors ? { errors: result.errors.map((e: GraphQLError) => formatError(e.toJSON(), e)) } : {}),
  };
}

const comparable = (r: Formatted) => ({
  data: r.data,
  errors: r.errors?.map((e) => ({ message: e.message, path: e.path, locations: e.locations, code: e.extensions?.code })),
});

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('compiled execution', () => {
  it.each(OPERATIONS.map((o) => [o.name, o]))('answers %s as graphql-js does', async (_name, op) => {
    const [compiled, reference] = await Promise.all([app.query(op.query, op.variables), byGraphqlJs(app, op.query, op.variables)]);
    expect(comparable(compiled)).toEqual(comparable(reference));
    expect(compiled.errors !== undefined).toBe(op.fails === true);
  });

  it('gives errors their path, locations and code', async () => {
    const answer = await app.query(`{ node(id: "study:sanet-p") { id } paths(from: "x", to: "y") { length } }`);
    expect(answer.errors).toEqual([
      expect.objectContaining({
        path: ['paths'],
        locations: [{ line: 1, column: 36 }],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  it('answers a document asked again with other variables by those variables', async () => {
    const query = `query($id: ID!) { node(id: $id) { id name } }`;
    const first = await app.query(query, { id: 'study:sanet-p' });
    const second = await app.query(query, { id: 'intervention:everolimus' });
    expect(first.data).toEqual({ node: { id: 'study:sanet-p', name: 'SANET-p' } });
    expect(second.data).toEqual({ node: { id: 'intervention:everolimus', name: expect.stringMatching(/everolimus/i) } });
  });
});
