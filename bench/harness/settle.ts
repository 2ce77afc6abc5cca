/**
 * Ends what an earlier measurement left running in Neo4j before the next one starts. A request the
 * bench's client gave up on (after `timeoutMs`) keeps its transaction until the instance's own
 * transaction timeout (120 s, for loading); left running, one system's abandoned queries (the
 * peer's SHORTEST paths at 100k) would load Neo4j while another system is measured.
 */
import type { Driver } from 'neo4j-driver';

const RUNNING = `
  SHOW TRANSACTIONS YIELD transactionId, currentQuery, status
  WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND NOT currentQuery STARTS WITH 'TERMINATE TRANSACTIONS'
    AND NOT status STARTS WITH 'Terminated' AND NOT status STARTS WITH 'Closing'
  RETURN transactionId`;

/** Terminates every transaction running in the bench's Neo4j; returns how many there were. */
export async function settleNeo4j(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    const ids = (await session.run(RUNNING)).records.map((r) => String(r.get('transactionId')));
    if (ids.length > 0) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}
