/**
 * The one database boundary: a driver per process, READ/WRITE transactions tagged with the
 * operation name and bounded by a timeout, results converted to plain objects, Neo4j failures
 * mapped to our error codes. Nothing Neo4j-typed leaves this module.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { DatabaseError } from './database-error.js';
import { toPlain } from './convert.js';

export type Row = Record<string, unknown>;

export interface Database {
  readonly name: string;
  /** Runs one parameterised statement in a READ transaction. */
  read<T extends Row = Row>(operation: string, cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Runs a unit of work in one WRITE transaction (all or nothing). */
  writeTransaction<T>(
    operation: string,
    work: (run: (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const APP = 'nen-evidence-graph';

/** Maps a Neo4j failure to a DatabaseError; a bug-shaped failure stays as it is (masked at the API's edge). */
export function mapNeo4jError(e: unknown): unknown {
  if (e instanceof Neo4jError) {
    if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') {
      return new DatabaseError('DATABASE_UNAVAILABLE', 'The evidence database is not reachable right now; try again shortly.');
    }
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration|Terminated/.test(e.code)) {
      return new DatabaseError(
        'QUERY_TIMEOUT',
        'The query took too long and was stopped; narrow it (smaller depth, limit or fewer filters).',
      );
    }
  }
  return e;
}

async function collect(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

export function createDatabase(opts: {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}): Database {
  const driver: Driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.username, opts.password), {
    disableLosslessIntegers: false,
    // Fail fast when Neo4j is away: a request gets DATABASE_UNAVAILABLE in seconds, not a 30 s hang.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: APP,
  });
  return {
    name: opts.database,
    async read<T extends Row>(operation: string, cypher: string, params: Record<string, unknown> = {}) {
      const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.executeRead((tx) => collect(tx, cypher, params), {
          timeout: opts.queryTimeoutMs,
          metadata: { app: APP, operation },
        })) as T[];
      } catch (e) {
        throw mapNeo4jError(e);
      } finally {
        await session.close();
      }
    },
    async writeTransaction(operation, work, timeoutMs = 600_000) {
      const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((tx) => work((cypher, params = {}) => collect(tx, cypher, params)), {
          timeout: timeoutMs,
          metadata: { app: APP, operation },
        });
      } catch (e) {
        throw mapNeo4jError(e);
      } finally {
        await session.close();
      }
    },
    async ping() {
      try {
        await driver.verifyConnectivity({ database: opts.database });
        return true;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}
