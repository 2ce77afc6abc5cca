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

/**
 * Terminates every transaction running in the bench's Neo4j; returns how many there were, or null
 * when Neo4j could not be asked. Listing transactions needs memory too, so while abandoned queries
 * hold Neo4j's whole transaction memory pool it is retried (a terminated query frees its share);
 * it never fails a measurement.
 */
export async function settleNeo4j(driver: Driver, attempts = 10): Promise<number | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const session = driver.session();
    try {
      const ids = (await session.run(RUNNING)).records.map((r) => String(r.get('transactionId')));
      if (ids.length > 0) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
      return ids.length;
    } catch {
      await new Promise((r) => setTimeout(r, 1_000));
    } finally {
      await session.close();
    }
  }
  return null;
}
