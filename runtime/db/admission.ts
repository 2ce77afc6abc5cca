/**
 * How much Neo4j work may run at once: a small FIFO semaphore, used twice. Once per process, below
 * the driver's pool size, so work beyond it waits in line (and is refused as OVERLOADED when the
 * line is too long or too slow) instead of timing out on a pool acquisition; and once per request
 * (`scopedDatabase`), so one request can never hold more than a few transactions whatever it asks.
 */
import { DatabaseError } from './database-error.js';
import type { Database, Row } from './database.js';

export interface SemaphoreOptions {
  /** Most holders at once. */
  permits: number;
  /** Most waiters; one more is refused at once. */
  maxQueue?: number;
  /** Longest wait for a permit before the waiter is refused. */
  maxWaitMs?: number;
}

/**
 * How a waiter learns it is no longer wanted: an AbortSignal, or anything with its abort part
 * (the circuit breaker's reads carry a lighter one than an AbortController's).
 */
export interface Cancellation {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

interface Waiter {
  grant(): void;
  refuse(e: Error): void;
}

const overloaded = () =>
  new DatabaseError('OVERLOADED', 'The server is busy answering other requests and this one would wait too long; try again in a moment.');

/** A counting semaphore with a bounded, first-come-first-served queue. */
export class Semaphore {
  private held = 0;
  private readonly queue: Waiter[] = [];
  /** Set by close(): why every run from then on is refused. */
  private closedWith: (() => Error) | undefined;

  constructor(private readonly opts: SemaphoreOptions) {}

  /** Holders now. */
  get active(): number {
    return this.held;
  }

  /** Waiters now. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Runs `work` holding one permit, released when it settles. Refused with OVERLOADED when the
   * queue is full or the wait exceeds maxWaitMs; refused with `signal`'s reason when it aborts first.
   */
  async run<T>(work: () => Promise<T>, signal?: Cancellation): Promise<T> {
    await this.acquire(signal);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /**
   * Refuses every waiter, and every later run, with `reason()` (made once, and only if anyone is
   * refused); holders run on to the end.
   */
  close(reason: () => Error): void {
    let error: Error | undefined;
    this.closedWith = () => (error ??= reason());
    for (const waiter of [...this.queue]) waiter.refuse(this.closedWith());
  }

  private acquire(signal?: Cancellation): Promise<void> {
    if (this.closedWith) return Promise.reject(this.closedWith());
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.held < this.opts.permits && this.queue.length === 0) {
      this.held++;
      return Promise.resolve();
    }
    if (this.queue.length >= (this.opts.maxQueue ?? Infinity)) return Promise.reject(overloaded());
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
      };
      const waiter: Waiter = {
        grant: () => {
          done();
          resolve();
        },
        refuse: (e) => {
          done();
          reject(e);
        },
      };
      const onAbort = () => waiter.refuse(signal!.reason as Error);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (this.opts.maxWaitMs !== undefined) {
        timer = setTimeout(() => waiter.refuse(overloaded()), this.opts.maxWaitMs);
        timer.unref();
      }
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue[0];
    // The permit passes straight to the next waiter, so a newcomer can never overtake the line.
    if (next) next.grant();
    else this.held--;
  }
}

/** Why a request's remaining database work is dropped: nobody is waiting for the answer any more. */
const requestEnded = () => new DatabaseError('CANCELLED', 'The request ended before its database work ran.');

/** A request's view of the database, and how the request says it has ended. */
export interface ScopedDatabase extends Database {
  /** The response was sent or the client went away: reads still waiting, and any asked later, are refused as CANCELLED. */
  end(): void;
}

/**
 * The database as one request sees it: at most `maxConcurrent` of its reads run at once (the rest
 * wait their turn), and once the request ends its reads still waiting are dropped instead of
 * running for nobody. Ending costs nothing when nothing waits (no signal or error is made per request).
 */
export function scopedDatabase(db: Database, opts: { maxConcurrent: number }): ScopedDatabase {
  const own = new Semaphore({ permits: opts.maxConcurrent });
  return {
    name: db.name,
    health: db.health,
    read: <T extends Row>(operation: string, cypher: string, params?: Record<string, unknown>) =>
      own.run(() => db.read<T>(operation, cypher, params)),
    readTransaction: (operation, work) => own.run(() => db.readTransaction(operation, work)),
    writeTransaction: (operation, work, timeoutMs) => own.run(() => db.writeTransaction(operation, work, timeoutMs)),
    ping: (timeoutMs) => db.ping(timeoutMs),
    // The process's database outlives every request: closing a request's view closes nothing.
    close: async () => {},
    end: () => own.close(requestEnded),
  };
}
