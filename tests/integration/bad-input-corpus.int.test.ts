/**
 * A property-based corpus of bad input (fast-check) over every argument of every Query field, read
 * from the schema: malformed, empty, huge, injected and out-of-range values, as variables of the
 * right type and as raw documents. Every answer must be an answer: never a 500, never a stack trace
 * or a path or Neo4j's own words, never INTERNAL_SERVER_ERROR, only the API's stable codes. After
 * the run the graph holds exactly what it held (node and relationship counts, and each load's hash).
 */
import fc from 'fast-check';
import type { GraphQLArgument, GraphQLField, GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../runtime/graph-meta.js';
import { SOURCE_LOAD_LABEL } from '../../kernel/vocabulary.js';
import { typeDefs } from '../../server/src/graphql/apollo.js';
import { graphqlRuntime } from '../../server/src/graphql/graphql-runtime.js';
import { ERROR_CODES } from '../../server/src/errors/app-error.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const { buildSchema, getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType } = graphqlRuntime;
const schema = buildSchema(typeDefs);
const queryFields = Object.values(schema.getQueryType()!.getFields());

/** Codes an answer may carry: ours, and Apollo's for requests refused before they ran. */
const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/** What must never reach a client: stack frames, file paths, Neo4j's error classes, Cypher. */
const LEAKS = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|\/work\/|node_modules|Neo4jError|stacktrace|MATCH \(|Cypher/;

const IDS = ['study:radiant-3', 'intervention:everolimus', 'population:pan-net', 'endpoint:pfs', 'reference:113'];
const HOSTILE = [
  '',
  ' ',
  'study:',
  ':radiant-3',
  'STUDY:RADIANT-3',
  'study:radiant-3\u0000',
  "study:x') DETACH DELETE n //",
  '" OR 1=1 --',
  '*:*',
  'sunitinib~^2 AND (',
  '\\',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃',
  'a'.repeat(300),
  'A'.repeat(5000),
];

const text = fc.oneof(
  fc.constantFrom(...IDS, ...HOSTILE, 'PFS', 'pfs', 'OS', 'randomized_controlled_trial', 'II/III', 'completed', 'HAS_ARM', 'SUBSET_OF'),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const int = fc.oneof(fc.integer({ min: -5, max: 1_100 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e12));

/** Values for an input type: mostly of the right GraphQL type, some not (coercion must refuse those cleanly). */
function valuesOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valuesOf(type.ofType, depth);
  const nullable = (a: fc.Arbitrary<unknown>) => fc.option(a, { nil: null, freq: 6 });
  if (isListType(type)) {
    const item = valuesOf(type.ofType, depth + 1);
    return nullable(
      fc.oneof(
        { arbitrary: fc.array(item, { maxLength: 12 }), weight: 5 },
        { arbitrary: fc.constant(Array.from({ length: 2_100 }, (_, i) => `study:s${i}`)), weight: 1 },
      ),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 2) return fc.constant(null);
    const fields = Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valuesOf(f.type, depth + 1)]));
    return nullable(fc.record(fields, { requiredKeys: [] }));
  }
  if (isEnumType(type))
    return nullable(
      fc.oneof(
        { arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)), weight: 8 },
        { arbitrary: fc.constantFrom('NOT_A_KIND', 'study', ''), weight: 1 },
      ),
    );
  switch (type.name) {
    case 'Int':
      return nullable(int);
    case 'Float':
      return nullable(fc.oneof(fc.double(), int));
    case 'Boolean':
      return nullable(fc.boolean());
    default:
      return nullable(fc.oneof({ arbitrary: text, weight: 10 }, { arbitrary: int, weight: 1 }));
  }
}

/** The operation asking `field` with every argument as a variable; a composite result asks for its __typename. */
function operationOf(field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length > 0 ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `query Bad${defs ? `(${defs})` : ''} { ${field.name}${call}${selection} }`;
}

let app: TestApp;
let before: unknown;

/** What the graph holds: node and relationship counts per kind, and every load's hash. */
async function graphState(a: TestApp) {
  const loads = await a.db.read<{ id: string; hash: string }>(
    'test.loads',
    `MATCH (l:${SOURCE_LOAD_LABEL}) RETURN l.id AS id, l.hash AS hash ORDER BY id`,
  );
  return { counts: await countGraph(a.db), loads };
}

/** Posts raw JSON text and checks the answer is a clean one. */
async function expectCleanAnswer(body: string): Promise<void> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).not.toBe(500);
  expect(text).not.toMatch(LEAKS);
  const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  for (const e of parsed.errors ?? []) expect(KNOWN_CODES, `${e.extensions?.code}: ${text.slice(0, 400)}`).toContain(e.extensions?.code);
}

beforeAll(async () => {
  app = await startTestApp();
  before = await graphState(app);
});

afterAll(async () => {
  await app?.close();
});

describe('a corpus of bad input', () => {
  it.each(queryFields.map((f) => [f.name, f] as const))('answers %s cleanly whatever its arguments', async (_, field) => {
    const query = operationOf(field);
    const variables = fc.record(Object.fromEntries((field.args as readonly GraphQLArgument[]).map((a) => [a.name, valuesOf(a.type)])), {
      requiredKeys: [],
    });
    await fc.assert(
      fc.asyncProperty(variables, async (v) => expectCleanAnswer(JSON.stringify({ query, variables: v }))),
      // A fixed seed: the same corpus every run, so a failure is reproducible; fields without arguments once.
      { numRuns: field.args.length > 0 ? 12 : 1, seed: 11 },
    );
  });

  it('answers documents that are not GraphQL, or barely, cleanly', async () => {
    const fragments = fc.constantFrom(
      '{',
      '}',
      '(',
      ')',
      '...',
      'on',
      'node',
      'id:',
      '"x"',
      '$v',
      '@skip(if: true)',
      'fragment F on Study',
      'query',
      'mutation',
      '#',
      '\u0000',
      '12e999',
    );
    const documents = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fragments, { maxLength: 40 }).map((p) => p.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(documents, async (q) => expectCleanAnswer(JSON.stringify({ query: q }))),
      { numRuns: 60, seed: 11 },
    );
  });

  it('answers request bodies that are not GraphQL requests cleanly', async () => {
    const bodies = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 100 }),
      fc.constantFrom(
        '{"query": 1}',
        '[{"query":"{ sources { id } }"}]',
        '{"query":"{ sources { id } }","variables":"x"}',
        '{"query":"{ sources { id } }","operationName":7}',
      ),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (b) => {
        const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
        const t = await res.text();
        expect(res.status, t.slice(0, 300)).not.toBe(500);
        expect(t).not.toMatch(LEAKS);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('leaves the graph as it was: the same counts of every kind and the same load hashes', async () => {
    expect(await graphState(app)).toEqual(before);
  });
});
