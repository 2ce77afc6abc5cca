/** Neo4j's failures under pressure reach clients as stable codes, never INTERNAL_SERVER_ERROR. */
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { isBusyAnswer, mapNeo4jError } from '../../runtime/db/database.js';
import { DatabaseError } from '../../runtime/db/database-error.js';
import { formatError } from '../../server/src/graphql/apollo.js';

const neo4jError = (code: string, message = 'failed') => new Neo4jError(message, code, '50N42', 'error');
const codeOf = (e: unknown) => (e instanceof DatabaseError ? e.code : 'not mapped');

describe("Neo4j's errors under pressure", () => {
  it('map one transaction over its memory limit to QUERY_TOO_LARGE', () => {
    expect(codeOf(mapNeo4jError(neo4jError('Neo.ClientError.General.TransactionOutOfMemoryError')))).toBe('QUERY_TOO_LARGE');
  });

  it('map the transaction memory pool, the heap and the transaction count limit to OVERLOADED', () => {
    for (const code of [
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'Neo.TransientError.General.OutOfMemoryError',
      'Neo.TransientError.Transaction.MaximumTransactionLimitReached',
    ]) {
      expect(codeOf(mapNeo4jError(neo4jError(code))), code).toBe('OVERLOADED');
    }
  });

  it("count Neo4j's busy answers as answers for the liveness probe, but not a lost connection or the driver's own pool", () => {
    expect(isBusyAnswer(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'))).toBe(true);
    expect(isBusyAnswer(neo4jError('Neo.TransientError.Transaction.MaximumTransactionLimitReached'))).toBe(true);
    expect(isBusyAnswer(neo4jError('ServiceUnavailable'))).toBe(false);
    expect(isBusyAnswer(neo4jError('N/A', 'Connection acquisition timed out in 10000 ms.'))).toBe(false);
    expect(isBusyAnswer(neo4jError('Neo.ClientError.Security.Unauthorized'))).toBe(false);
  });

  it('map a pool acquisition timeout to OVERLOADED and leave a syntax error unmapped', () => {
    expect(codeOf(mapNeo4jError(neo4jError('N/A', 'Connection acquisition timed out in 10000 ms.')))).toBe('OVERLOADED');
    expect(codeOf(mapNeo4jError(neo4jError('Neo.ClientError.Statement.SyntaxError')))).toBe('not mapped');
  });

  it('reach the client with their code and message at the edge', () => {
    for (const code of ['QUERY_TOO_LARGE', 'OVERLOADED'] as const) {
      const formatted = formatError({ message: 'x', extensions: {} }, new DatabaseError(code, `said ${code}`));
      expect(formatted).toMatchObject({ message: `said ${code}`, extensions: { code } });
    }
  });
});
