/**
 * A failure of the database, not of the caller: Neo4j unreachable or not answering, a transaction
 * stopped by its timeout, or more work waiting for Neo4j than this process lets through. The API
 * maps these to its error codes at the edge; the loaders print them.
 */
export const DATABASE_ERROR_CODES = ['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT', 'QUERY_TOO_LARGE', 'OVERLOADED', 'CANCELLED'] as const;
/**
 * - DATABASE_UNAVAILABLE: Neo4j is down, restarting or hung; the query is not at fault.
 * - QUERY_TIMEOUT: Neo4j is healthy and stopped this query at its timeout; narrowing it helps.
 * - QUERY_TOO_LARGE: this query alone needed more memory than Neo4j lets one transaction hold; narrowing it helps.
 * - OVERLOADED: too much work is already waiting for Neo4j (or for a pooled connection), or Neo4j's memory for
 *   all transactions together is used up; retry shortly.
 * - CANCELLED: the request this work belonged to ended first (the client went away).
 */
export type DatabaseErrorCode = (typeof DATABASE_ERROR_CODES)[number];

export class DatabaseError extends Error {
  readonly code: DatabaseErrorCode;

  constructor(code: DatabaseErrorCode, message: string) {
    super(message);
    this.name = 'DatabaseError';
    this.code = code;
  }
}
