/**
 * A single read runs as one auto-commit query (runtime/db/database.ts): it must still be stopped at
 * the query timeout with QUERY_TIMEOUT and carry its operation's name to Neo4j, as the managed
 * transaction it replaced did.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, type Database } from '../../runtime/db/database.js';
import { DatabaseError } from '../../runtime/db/database-error.js';

/** Long enough to outlast any timeout below by far: a count over two billion numbers. */
const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';

let db: Database;
let watcher: Database;

beforeAll(() => {
  db = createDatabase({ ...inject('neo4j'), queryTimeoutMs: 1_500 });
  watcher = createDatabase({ ...inject('neo4j'), queryTimeoutMs: 10_000 });
});
afterAll(async () => {
  await db?.close();
  await watcher?.close();
});

describe('single reads', () => {
  it('answers with plain rows', async () => {
    const rows = await db.read<{ id: string; n: number }>('test.plain', 'MATCH (s:Study {id: $id}) RETURN s.id AS id, 40 + 2 AS n', {
      id: 'study:radiant-3',
    });
    expect(rows).toEqual([{ id: 'study:radiant-3', n: 42 }]);
  });

  it('is stopped at the query timeout as QUERY_TIMEOUT, and carries its operation name while it runs', async () => {
    const started = Date.now();
    const slow = db.read('test.slow-count', SLOW).then(
      () => null,
      (e: unknown) => e,
    );
    // Seen from another connection while it runs: Neo4j knows it by our app and operation name.
    let seen: unknown[] = [];
    for (let tries = 0; tries < 20 && seen.length === 0; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = (
        await watcher.read<{ metaData: Record<string, unknown> }>(
          'test.watch',
          `SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 2000000000)' RETURN metaData`,
        )
      ).map((r) => r.metaData);
    }
    expect(seen).toEqual([{ app: 'nen-evidence-graph', operation: 'test.slow-count' }]);
    const error = await slow;
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
