/**
 * Errors the API surfaces, each with a stable code (GraphQL `extensions.code`). Anything else
 * reaching the edge is masked as INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  /** Refused before it ran: its cost is over the per-request budget, or it has too many aliases. */
  'QUERY_TOO_COSTLY',
  /** This client spent its points for now (HTTP 429, with Retry-After). */
  'RATE_LIMITED',
  /** Neo4j is down, restarting or hung: the database is at fault, not the query. */
  'DATABASE_UNAVAILABLE',
  /** Neo4j stopped this query at its timeout: narrowing it helps. */
  'QUERY_TIMEOUT',
  /** This query alone needed more memory than Neo4j gives one transaction: narrowing it helps. */
  'QUERY_TOO_LARGE',
  /** Too much work is waiting for Neo4j, or Neo4j's memory for all transactions is used up: retry shortly. */
  'OVERLOADED',
  /** The request ended (the client went away) before its database work ran. */
  'CANCELLED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends GraphQLError {
  /** `http`: the status (and headers) of the response when the error refuses the whole request. */
  constructor(
    code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
    http?: { status: number; headers?: Map<string, string> },
  ) {
    super(message, { extensions: { code, ...extra, ...(http ? { http } : {}) } });
  }
}

export const badInput = (message: string, argument?: string) => new AppError('BAD_USER_INPUT', message, argument ? { argument } : {});
