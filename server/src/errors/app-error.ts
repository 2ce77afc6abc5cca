/**
 * Errors the API surfaces, each with a stable code (GraphQL `extensions.code`). Anything else
 * reaching the edge is masked as INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, argument?: string) => new AppError('BAD_USER_INPUT', message, argument ? { argument } : {});
