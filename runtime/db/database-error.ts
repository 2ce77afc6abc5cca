/**
 * A failure of the database, not of the caller: Neo4j unreachable, or a transaction stopped by
 * its timeout. The API maps these to its error codes at the edge; the loaders print them.
 */
export const DATABASE_ERROR_CODES = ['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT'] as const;
export type DatabaseErrorCode = (typeof DATABASE_ERROR_CODES)[number];

export class DatabaseError extends Error {
  readonly code: DatabaseErrorCode;

  constructor(code: DatabaseErrorCode, message: string) {
    super(message);
    this.name = 'DatabaseError';
    this.code = code;
  }
}
