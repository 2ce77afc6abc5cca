import { describe, expect, it } from 'vitest';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { OperationDefinitionNode } from 'graphql';
import { executableSchema, formatError } from '../../server/src/graphql/apollo.js';
import { graphqlRuntime } from '../../server/src/graphql/graphql-runtime.js';
import { createRequestGuard } from '../../server/src/graphql/request-guard.js';
import { PreparedOperations } from '../../server/src/graphql/prepared-operations.js';
import type { CompiledRun } from '../../server/src/graphql/compiled-execution.js';

const schema = executableSchema();
const JSON_POST = { 'content-type': 'application/json' };

/** What Apollo hands over for a query it has validated, compiled as the gateway compiles it. */
function runOf(source: string, operationName: string | null = null): CompiledRun {
  const document = graphqlRuntime.parse(source);
  const compiled = compileQuery(schema, document, operationName ?? undefined);
  if (!isCompiledQuery(compiled)) throw new Error(`does not compile: ${source}`);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return { source, operationName, document, operation, compiled };
}

const prepared = (maxOperations = 3, maxSourceLength = 1_000) =>
  new PreparedOperations({
    schema,
    guard: createRequestGuard({ budget: 10_000, defaultListSize: 5 }),
    formatError,
    maxOperations,
    maxSourceLength,
  });

const q = (n: number) => `query Q${n}($id: ID!) { node(id: $id) { id } }`;

describe('the prepared operations', () => {
  it('match a repeat of a kept query, with its variables', () => {
    const p = prepared();
    p.remember(runOf(q(1)));
    const m = p.match('POST', JSON_POST, { query: q(1), variables: { id: 'study:radiant-3' } });
    expect(m?.run.source).toBe(q(1));
    expect(m?.variables).toEqual({ id: 'study:radiant-3' });
    expect(p.match('POST', JSON_POST, { query: q(2), variables: { id: 'study:radiant-3' } })).toBeNull();
  });

  it('keep the operation name the request sent, and match only that', () => {
    const p = prepared();
    const twoOps = `${q(1)} ${q(2)}`;
    p.remember(runOf(twoOps, 'Q2'));
    expect(p.match('POST', JSON_POST, { query: twoOps, operationName: 'Q2' })?.run.operationName).toBe('Q2');
    expect(p.match('POST', JSON_POST, { query: twoOps, operationName: 'Q1' })).toBeNull();
    expect(p.match('POST', JSON_POST, { query: twoOps })).toBeNull();
  });

  it('drop the least recently used operation when full', () => {
    const p = prepared(2);
    p.remember(runOf(q(1)));
    p.remember(runOf(q(2)));
    expect(p.match('POST', JSON_POST, { query: q(1) })).not.toBeNull();
    p.remember(runOf(q(3)));
    expect(p.size).toBe(2);
    expect(p.match('POST', JSON_POST, { query: q(2) })).toBeNull();
    expect(p.match('POST', JSON_POST, { query: q(1) })).not.toBeNull();
    expect(p.match('POST', JSON_POST, { query: q(3) })).not.toBeNull();
  });

  it('do not keep a query text longer than the bound', () => {
    const p = prepared(3, 40);
    p.remember(runOf(q(1)));
    expect(p.size).toBe(0);
  });

  it.each([
    ['a GET', 'GET', JSON_POST, { query: q(1) }],
    ['another content type', 'POST', { 'content-type': 'text/plain' }, { query: q(1) }],
    ['an Accept of graphql-response+json', 'POST', { ...JSON_POST, accept: 'application/graphql-response+json' }, { query: q(1) }],
    ['extensions', 'POST', JSON_POST, { query: q(1), extensions: { persistedQuery: {} } }],
    ['a batch', 'POST', JSON_POST, [{ query: q(1) }]],
    ['variables as a string', 'POST', JSON_POST, { query: q(1), variables: '{"id":"x"}' }],
  ])('leave %s to Apollo', (_, method, headers, body) => {
    const p = prepared();
    p.remember(runOf(q(1)));
    expect(p.match(method, headers, body)).toBeNull();
  });
});
