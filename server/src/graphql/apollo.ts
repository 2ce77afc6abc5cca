/**
 * The Apollo Server: schema.graphql + resolvers; before anything runs, a token cap on parsing, a
 * depth limit, the read-only rule and the request guard (aliases, cost budget, empty ids, rate
 * limit); errors surfaced only with a stable code and with every echo of the caller's input cut
 * short. Unexpected errors are masked as INTERNAL_SERVER_ERROR (details logged, never sent).
 * Operations it has run are kept (prepared-operations.ts) to serve their repeats.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../../../runtime/neo4j/paths.js';
import { LIMITS } from '../limits.js';
import { AppError, ERROR_CODES } from '../errors/app-error.js';
import { DatabaseError } from '../../../runtime/db/database-error.js';
import type { Context } from '../context.js';
import { resolvers } from './resolvers.js';
import { depthLimitRule } from './depth-limit.js';
import { readOnlyRule } from './read-only.js';
import { createRequestGuard, requestGuardPlugin } from './request-guard.js';
import { RateLimiter } from './rate-limit.js';
import { compiledExecutionGateway } from './compiled-execution.js';
import { PreparedOperations } from './prepared-operations.js';

export const typeDefs = readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');

/** Apollo's own codes for requests that never reached a resolver (parse, validation, bad variables). */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Longest piece of the caller's own input (a quoted name, id or value) an error message repeats. */
const MAX_ECHO = 60;
/** Longest error message sent. */
const MAX_MESSAGE = 1_000;

/**
 * Cuts every quoted run longer than MAX_ECHO (GraphQL's own messages quote the caller's field
 * names, enum values and variable values) and the whole message at MAX_MESSAGE.
 */
export function capEcho(message: string): string {
  const quoted = message.replace(/"([^"]{60,})"/g, (_, inner: string) => `"${inner.slice(0, MAX_ECHO)}…"`);
  return quoted.length > MAX_MESSAGE ? `${quoted.slice(0, MAX_MESSAGE)}…` : quoted;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // An error of ours thrown by a plugin may arrive wrapped (graphql-runtime.ts says why).
  const inner = (unwrapped as { originalError?: unknown } | null)?.originalError;
  const original =
    unwrapped instanceof AppError || unwrapped instanceof DatabaseError
      ? unwrapped
      : inner instanceof AppError || inner instanceof DatabaseError
        ? inner
        : unwrapped;
  // `formatted.extensions` already holds the error's own extensions, less the HTTP status Apollo took out.
  if (original instanceof AppError) {
    return {
      message: capEcho(original.message),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...formatted.extensions },
    };
  }
  if (original instanceof DatabaseError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    return { message: capEcho(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('Unexpected error in a GraphQL request:', original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies (typeof ERROR_CODES)[number] },
  };
}

/**
 * schema.graphql with its resolvers, built as Apollo would build it from typeDefs and resolvers:
 * built here because execution is ours (compiled-execution.ts).
 */
export const executableSchema = (): GraphQLSchema => makeExecutableSchema({ typeDefs, resolvers: resolvers as never });

export interface ApolloOptions {
  /** Cost points one client address may spend per minute (Config.rateLimitPerMinute); 0 or none: no limit. */
  rateLimitPerMinute?: number;
}

/** The GraphQL endpoint: Apollo, and the operations it has prepared whose repeats skip its pipeline. */
export interface GraphqlApi {
  apollo: ApolloServer<Context>;
  prepared: PreparedOperations;
}

export function createGraphqlApi(opts: ApolloOptions = {}): GraphqlApi {
  const guard = createRequestGuard({
    budget: LIMITS.cost.budget,
    defaultListSize: LIMITS.cost.defaultListSize,
    rateLimiter: opts.rateLimitPerMinute ? new RateLimiter(opts.rateLimitPerMinute) : undefined,
  });
  const schema = executableSchema();
  const prepared = new PreparedOperations({ schema, guard, formatError, ...LIMITS.prepared });
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecutionGateway(schema, (run) => prepared.remember(run)),
    introspection: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [depthLimitRule(LIMITS.maxQueryDepth), readOnlyRule],
    formatError,
    includeStacktraceInErrorResponses: false,
    // No field sets cache hints, and Apollo's default cache-control plugin wraps every resolver to
    // read them: about 5% of the server's CPU on a 200-node neighbourhood. Repeats served by the
    // prepared operations pass no plugin: a check every request needs belongs in the guard.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestGuardPlugin(guard)],
    // main.ts owns shutdown: it stops HTTP, Apollo and then Neo4j in order.
    stopOnTerminationSignals: false,
  });
  return { apollo, prepared };
}
