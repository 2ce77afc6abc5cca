/**
 * The Apollo Server: schema.graphql + resolvers, a depth limit, and errors surfaced only with a
 * stable code. Unexpected errors are masked as INTERNAL_SERVER_ERROR (details logged, never sent).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { PROJECT_ROOT } from '../../../runtime/neo4j/paths.js';
import { LIMITS } from '../limits.js';
import { AppError, ERROR_CODES } from '../errors/app-error.js';
import { DatabaseError } from '../../../runtime/db/database-error.js';
import type { Context } from '../context.js';
import { resolvers } from './resolvers.js';
import { depthLimitRule } from './depth-limit.js';

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

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
  }
  if (original instanceof DatabaseError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('Unexpected error in a GraphQL request:', original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies (typeof ERROR_CODES)[number] },
  };
}

export function createApollo(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as never,
    introspection: true,
    validationRules: [depthLimitRule(LIMITS.maxQueryDepth)],
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    // main.ts owns shutdown: it stops HTTP, Apollo and then Neo4j in order.
    stopOnTerminationSignals: false,
  });
}
