/**
 * The one database boundary: a driver per process, READ/WRITE transactions tagged with the
 * operation name and bounded by a timeout, results converted to plain objects, Neo4j failures
 * mapped to our error codes. Nothing Neo4j-typed leaves this module. Reads pass two guards: the
 * process's admission (at most `maxConcurrentReads` at once, the rest queue briefly, then
 * OVERLOADED) and a circuit breaker that fails them fast while Neo4j is down or hung (health.ts).
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type QueryResult } from 'neo4j-driver';
import { DatabaseError } from './database-error.js';
import { toPlain } from './convert.js';
import { Semaphore } from './admission.js';
import { CircuitBreaker, type DatabaseHealth } from './health.js';
import { withRetries, type RetryOptions } from './retry.js';

export type Row = Record<string, unknown>;
/** Runs one statement inside a transaction and returns its rows as plain objects. */
export type ReadRun = <T extends Row = Row>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

/** What a read repository needs of a database: a Database, or one open read transaction (readsIn). */
export type Reader = Pick<Database, 'name' | 'read' | 'readTransaction'>;

/**
 * Every read through the returned Reader runs in the one open transaction `run` belongs to: a
 * request's several repository calls then share one snapshot, one timeout and one BEGIN/COMMIT.
 */
export function readsIn(run: ReadRun, name: string): Reader {
  return {
    name,
    read: <T extends Row>(_operation: string, cypher: string, params?: Record<string, unknown>) => run<T>(cypher, params),
    readTransaction: <T>(_operation: string, work: (r: ReadRun) => Promise<T>) => work(run),
  };
}

/** Runs `work` with a Reader whose every read shares one read transaction of `db` (readsIn). */
export const readTogether = <T>(db: Reader, operation: string, work: (tx: Reader) => Promise<T>): Promise<T> =>
  db.readTransaction(operation, (run) => work(readsIn(run, db.name)));

/** Runs each statement through `db.read`: for a unit of work of one statement, which needs no explicit transaction. */
export const readsOneByOne =
  (db: Reader, operation: string): ReadRun =>
  <T extends Row>(cypher: string, params?: Record<string, unknown>) =>
    db.read<T>(operation, cypher, params);

export interface Database {
  readonly name: string;
  /** Runs one parameterised statement as an auto-commit READ query (its own transaction, retried when transient). */
  read<T extends Row = Row>(operation: string, cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /**
   * Runs several parameterised statements in one READ transaction: one snapshot, one timeout, one
   * connection. `work` may be retried on a transient failure, so it must start from scratch each time.
   */
  readTransaction<T>(operation: string, work: (run: ReadRun) => Promise<T>): Promise<T>;
  /** Runs a unit of work in one WRITE transaction (all or nothing). */
  writeTransaction<T>(
    operation: string,
    work: (run: (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T>;
  /** Whether Neo4j answers, within `timeoutMs` (1 s by default); false at once while it is known to be down. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** The circuit breaker's view: up, or down since when and why. */
  readonly health: DatabaseHealth;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /** Reads running at once in this process (below the pool of 50, which leaves room for the loaders' writes). */
  maxConcurrentReads?: number;
  /** How long a read may wait for its turn before it is refused as OVERLOADED. */
  maxQueueWaitMs?: number;
  /** Circuit breaker timings (health.ts); the defaults suit a server. */
  stallMs?: number;
  probeTimeoutMs?: number;
  retryMs?: number;
  log?: (line: string) => void;
}

const APP = 'nen-evidence-graph';
/** As the driver retries a managed transaction (maxTransactionRetryTime below, its default delays). */
const MAX_RETRY_MS = 3_000;
const READ_RETRIES: RetryOptions = {
  maxRetryMs: MAX_RETRY_MS,
  initialDelayMs: 1_000,
  jitter: 0.2,
  retryable: (e) => Neo4jError.isRetryable(e),
};

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
    // One transaction over its own memory limit (db.memory.transaction.max): this query is too big.
    if (/TransactionOutOfMemoryError|TransactionMemoryLimit/.test(e.code)) {
      return new DatabaseError(
        'QUERY_TOO_LARGE',
        'The query needed more memory than one query may use and was stopped; narrow it (smaller depth, limit or page).',
      );
    }
    // All transactions together over Neo4j's memory pool (dbms.memory.transaction.total.max), the
    // JVM's heap, or its most concurrent transactions: Neo4j is busy, the query is not wrong.
    if (/MemoryPoolOutOfMemoryError|General\.OutOfMemoryError|MaximumTransactionLimitReached/.test(e.code)) {
      return new DatabaseError('OVERLOADED', 'The database is busy answering other requests; try again in a moment.');
    }
    // The pool had no free connection in time: the process is overloaded, not the query wrong.
    if (/Connection acquisition timed out/.test(e.message)) {
      return new DatabaseError('OVERLOADED', 'The server is busy answering other requests; try again in a moment.');
    }
  }
  return e;
}

/**
 * Whether a failure is Neo4j answering that it is busy (a mapped OVERLOADED: its memory pool,
 * heap or transaction count): it is up and reachable, so a liveness probe that gets this passes.
 */
export function isBusyAnswer(e: unknown): boolean {
  const mapped = mapNeo4jError(e);
  return mapped instanceof DatabaseError && mapped.code === 'OVERLOADED' && e instanceof Neo4jError && e.code.startsWith('Neo.');
}

/** A result's records as plain rows (no Neo4j types). */
export const rowsOf = (result: QueryResult): Row[] => result.records.map((r) => toPlain(r.toObject()) as Row);

/**
 * Starts a driver query without the stack trace neo4j-driver takes of its caller for every query
 * (kept to decorate a later error): reading it formats the stack, through Node's source maps under
 * tsx, about 110 us of a 1.2 ms read on this machine. Our errors name their code and operation, so
 * the driver's errors lose only that stack. `start` must start the query synchronously.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

async function collect(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  return rowsOf(await withoutCallerStack(() => tx.run(cypher, params)));
}

/** Statements run in the open transaction `tx`, their rows as plain objects. */
export const readRunOf =
  (tx: ManagedTransaction): ReadRun =>
  <T extends Row>(cypher: string, params: Record<string, unknown> = {}) =>
    collect(tx, cypher, params) as Promise<T[]>;

export function createDatabase(opts: DatabaseOptions): Database {
  const driver: Driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.username, opts.password), {
    disableLosslessIntegers: false,
    // Fail fast when Neo4j is away: a request gets DATABASE_UNAVAILABLE in seconds, not a 30 s hang.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: MAX_RETRY_MS,
    maxConnectionPoolSize: 50,
    userAgent: APP,
  });
  const probeTimeoutMs = opts.probeTimeoutMs ?? 1_500;
  const breaker = new CircuitBreaker({
    // A fresh connection and a Bolt handshake with login, on a driver of its own: a pool busy with
    // heavy reads must not look like a dead Neo4j, and no Cypher is run (the first query after a
    // start compiles for seconds). A hung server never completes the handshake; a dead one refuses it.
    probe: async () => {
      const probe = neo4j.driver(opts.uri, neo4j.auth.basic(opts.username, opts.password), {
        connectionTimeout: probeTimeoutMs,
        maxConnectionPoolSize: 1,
        userAgent: `${APP}-probe`,
      });
      try {
        await probe.verifyConnectivity({ database: opts.database });
      } catch (e) {
        // Out of transaction memory under load (seen at 100k studies, concurrency 32) is an answer:
        // the circuit stays closed and the requests get OVERLOADED, not DATABASE_UNAVAILABLE.
        if (!isBusyAnswer(e)) throw e;
      } finally {
        void probe.close().catch(() => {});
      }
    },
    stallMs: opts.stallMs,
    probeTimeoutMs,
    retryMs: opts.retryMs,
    log: opts.log,
  });
  const admission = new Semaphore({ permits: opts.maxConcurrentReads ?? 40, maxQueue: 2_000, maxWaitMs: opts.maxQueueWaitMs ?? 5_000 });
  const guarded = <T>(work: () => Promise<T>): Promise<T> => breaker.guard((signal) => admission.run(work, signal));
  return {
    name: opts.database,
    health: breaker,
    // One statement needs no explicit transaction: an auto-commit query is one round trip, where
    // BEGIN ... COMMIT adds one (0.4 ms of a 1.2 ms read on this machine); retried as the driver would.
    read: <T extends Row>(operation: string, cypher: string, params: Record<string, unknown> = {}) =>
      guarded(async () => {
        try {
          return (await withRetries(async () => {
            const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
            try {
              const config = { timeout: opts.queryTimeoutMs, metadata: { app: APP, operation } };
              return rowsOf(await withoutCallerStack(() => session.run(cypher, params, config)));
            } finally {
              await session.close();
            }
          }, READ_RETRIES)) as T[];
        } catch (e) {
          throw mapNeo4jError(e);
        }
      }),
    readTransaction: (operation, work) =>
      guarded(async () => {
        const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
        try {
          return await session.executeRead((tx) => work(readRunOf(tx)), {
            timeout: opts.queryTimeoutMs,
            metadata: { app: APP, operation },
          });
        } catch (e) {
          throw mapNeo4jError(e);
        } finally {
          await session.close();
        }
      }),
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
    ping: (timeoutMs = 1_000) => breaker.check(timeoutMs),
    async close() {
      breaker.close();
      await driver.close();
    },
  };
}
