/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct document is compiled
 * once into a function specialised to its selection, and every later request of it runs that
 * function. Apollo still parses, validates, runs the plugins and formats errors; only execution
 * changes. graphql-js resolved a hub's 200-node neighbourhood field by field (about 3,800 fields,
 * each with its argument and type checks); the compiled function does the same work inline.
 *
 * Apollo Server 5 takes a custom executor only through its gateway interface, so this is a
 * "gateway" that serves one local schema.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { graphqlRuntime } from './graphql-runtime.js';

const { GraphQLError } = graphqlRuntime;

/** Offset in `body` of a 1-based line and column, as graphql's own errors count them. */
function offsetOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = body.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

/**
 * graphql-jit's errors as graphql-js's own GraphQLError, so Apollo's formatting (and ours) sees the
 * same message, path, locations, extensions and original error as from graphql-js.
 */
function asGraphqlError(e: unknown, document: DocumentNode): InstanceType<typeof GraphQLError> {
  const jit = e as {
    message: string;
    path?: readonly (string | number)[];
    locations?: readonly { line: number; column: number }[];
    originalError?: Error;
    extensions?: Record<string, unknown>;
  };
  const source = document.loc?.source;
  const positions = source && jit.locations ? jit.locations.map((l) => offsetOf(source.body, l.line, l.column)) : undefined;
  return new GraphQLError(jit.message, {
    source: positions ? source : undefined,
    positions,
    path: jit.path,
    originalError: jit.originalError,
    extensions: jit.extensions,
  });
}

/** A document compiled for one of its operations, or the errors compiling it found. */
export type Compiled = CompiledQuery | ExecutionResult;

/** Runs a compiled operation with the request's context and variables; its errors as graphql-js's own. */
export async function executeCompiled(
  entry: Compiled,
  document: DocumentNode,
  context: unknown,
  variables: Record<string, unknown>,
): Promise<ExecutionResult> {
  const result = isCompiledQuery(entry) ? await entry.query(undefined, context, variables) : entry;
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map((e) => asGraphqlError(e, document)) };
}

/** An operation Apollo has parsed, validated and let through its plugins, about to run compiled. */
export interface CompiledRun {
  /** The query text and operation name as the request sent them (none when the document has one operation). */
  source: string;
  operationName: string | null;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  compiled: CompiledQuery;
}

/**
 * A gateway over `schema` whose executor runs compiled operations. Compiled functions are kept per
 * document object (Apollo's document cache hands back the same object for the same query text, and
 * bounds how many there are) and operation name, and go when the document does. `onRun` hears of
 * every compiled query operation before it runs (prepared-operations.ts keeps them).
 */
export function compiledExecutionGateway(schema: GraphQLSchema, onRun?: (run: CompiledRun) => void): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string | null, Compiled>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let entry = byName.get(operationName);
    if (!entry) byName.set(operationName, (entry = compileQuery(schema, document, operationName ?? undefined)));
    return entry;
  };
  const executor: GatewayExecutor = async ({ document, operationName, operation, source, context, request }) => {
    const entry = compiledFor(document, operationName);
    if (onRun && isCompiledQuery(entry) && operation.operation === 'query')
      onRun({ source, operationName: request.operationName ?? null, document, operation, compiled: entry });
    return executeCompiled(entry, document, context, request.variables ?? {});
  };
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}
