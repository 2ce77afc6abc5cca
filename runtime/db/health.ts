/**
 * A circuit breaker for Neo4j. While the database is known to be down (killed, restarting) or hung
 * (stopped, not answering), reads fail at once with DATABASE_UNAVAILABLE instead of each waiting
 * out its own timeout, and readiness says so without asking. Trouble is suspected when a read fails
 * with "unavailable" or has waited `stallMs`; a cheap probe (RETURN 1 on a connection of its own)
 * then decides. While down, the probe is retried every `retryMs` and the first answer closes the
 * circuit again.
 */
import { DatabaseError } from './database-error.js';
import type { Cancellation } from './admission.js';

export type HealthState = 'up' | 'down';

export interface HealthStatus {
  state: HealthState;
  /** Why it is down (the last failure seen), null while up. */
  reason: string | null;
  /** When the current state began (ISO time). */
  since: string;
}

/** What the rest of the app sees of the breaker. */
export interface DatabaseHealth {
  status(): HealthStatus;
  /** Something saw trouble: probe now, and open the circuit if the probe fails. */
  suspect(reason: string): void;
  /** Something knows Neo4j is gone (the supervisor saw it exit): open the circuit now. */
  markDown(reason: string): void;
}

export interface HealthOptions {
  /** Resolves when Neo4j answered a trivial query; rejects or never settles otherwise. */
  probe(): Promise<void>;
  /** A read that has waited this long makes the breaker probe. */
  stallMs?: number;
  /** A probe not answered within this time counts as failed. */
  probeTimeoutMs?: number;
  /** While down, probe again this often. */
  retryMs?: number;
  log?: (line: string) => void;
}

/** Resolves to `value` after `ms` (an unref'd timer: it never keeps the process alive). */
function after<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());
}

const downMessage = (reason: string) =>
  `The evidence database is not reachable right now (${reason}); the query is not at fault. Try again shortly.`;

/** One read under the breaker: when it started, and how the breaker cancels it (a Cancellation for the admission queue). */
class Flight implements Cancellation {
  readonly started = performance.now();
  /** Whether its stall has been reported: a long read makes the breaker probe once, not at every look. */
  stallSeen = false;
  aborted = false;
  reason: Error | undefined;
  private listeners: (() => void)[] | undefined;
  private reject: ((e: Error) => void) | undefined;

  /** `running`'s outcome, or the breaker's error the moment it cancels this read (`running` then settles for nobody). */
  settle<T>(running: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.reject = reject;
      running.then(resolve, reject);
      if (this.aborted) reject(this.reason!);
    });
  }

  cancel(e: Error): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = e;
    this.reject?.(e);
    for (const listener of this.listeners ?? []) listener();
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    (this.listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    this.listeners = this.listeners?.filter((l) => l !== listener);
  }
}

export class CircuitBreaker implements DatabaseHealth {
  private state: HealthState = 'up';
  private reason: string | null = null;
  private since = new Date();
  private probing: Promise<boolean> | undefined;
  private lastProbeAt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** The reads in flight, oldest first, so tripping the breaker releases their callers at once. */
  private readonly inFlight = new Set<Flight>();
  private stallWatch: NodeJS.Timeout | undefined;
  private readonly stallMs: number;
  private readonly probeTimeoutMs: number;
  private readonly retryMs: number;
  /** Probes in a row that got no answer in time. */
  private unanswered = 0;

  constructor(private readonly opts: HealthOptions) {
    this.stallMs = opts.stallMs ?? 2_000;
    this.probeTimeoutMs = opts.probeTimeoutMs ?? 1_500;
    this.retryMs = opts.retryMs ?? 1_000;
  }

  status(): HealthStatus {
    return { state: this.state, reason: this.reason, since: this.since.toISOString() };
  }

  /** Throws DATABASE_UNAVAILABLE while the circuit is open. */
  assertUp(): void {
    if (this.state === 'down') throw new DatabaseError('DATABASE_UNAVAILABLE', downMessage(this.reason ?? 'down'));
  }

  /**
   * Runs one read under the breaker: refused at once while down; released with
   * DATABASE_UNAVAILABLE the moment the breaker trips while it waits (its `cancel` fires, so work
   * still queued never starts); a probe once it has waited stallMs. A failure reported as
   * DATABASE_UNAVAILABLE makes the breaker probe; a QUERY_TIMEOUT while the probe fails too is the
   * database's fault, not the query's, and is reported as DATABASE_UNAVAILABLE.
   */
  async guard<T>(work: (cancel: Cancellation) => Promise<T>): Promise<T> {
    this.assertUp();
    // Every read passes here: one small object and one promise, no timer or AbortController of its
    // own (with them, guard and admission took 5.4 us per read in process; 0.5 without); one shared
    // timer watches for stalls.
    const flight = new Flight();
    this.inFlight.add(flight);
    this.watchForStalls();
    try {
      return await flight.settle(work(flight));
    } catch (e) {
      if (e instanceof DatabaseError && e.code === 'DATABASE_UNAVAILABLE') this.suspect(e.message);
      // Long enough for a whole probe round (a silent probe is asked again once).
      if (e instanceof DatabaseError && e.code === 'QUERY_TIMEOUT' && !(await this.check(2 * this.probeTimeoutMs + 500))) {
        throw new DatabaseError('DATABASE_UNAVAILABLE', downMessage(this.reason ?? 'it stopped answering while the query ran'));
      }
      throw e;
    } finally {
      this.inFlight.delete(flight);
    }
  }

  /**
   * While reads are in flight, looks a few times per stallMs at those that have waited stallMs
   * (the oldest first: the Set keeps them in the order they started) and probes when one newly
   * has; stops when none is in flight.
   */
  private watchForStalls(): void {
    if (this.stallWatch) return;
    const look = () => {
      if (this.inFlight.size === 0) {
        clearInterval(this.stallWatch);
        this.stallWatch = undefined;
        return;
      }
      const stalledSince = performance.now() - this.stallMs;
      for (const flight of this.inFlight) {
        if (flight.started > stalledSince) break;
        if (!flight.stallSeen) {
          flight.stallSeen = true;
          this.suspect(`a query waited ${this.stallMs / 1000} s`);
        }
      }
    };
    this.stallWatch = setInterval(look, Math.max(1, Math.floor(this.stallMs / 4)));
    this.stallWatch.unref();
  }

  suspect(reason: string): void {
    if (this.closed || this.state === 'down') return;
    // One probe at a time, and not more than one a second: under load many reads stall at once.
    if (this.probing || Date.now() - this.lastProbeAt < 1_000) return;
    void this.probeNow(reason);
  }

  /**
   * A bounded liveness check: false at once while down, else the answer within timeoutMs of a probe
   * sent after the check was asked. A probe already in flight is waited for, not joined: it may
   * have been answered just before Neo4j hung (readiness said 200 right after a SIGSTOP).
   */
  async check(timeoutMs: number): Promise<boolean> {
    if (this.state === 'down') return false;
    const older = this.probing;
    const fresh = (async () => {
      if (older) await older;
      return this.state === 'down' ? false : this.probeNow('a readiness probe got no answer');
    })();
    return Promise.race([fresh, after(timeoutMs, false)]);
  }

  markDown(reason: string): void {
    this.trip(reason);
  }

  /** Opens the circuit: reads waiting now are released and new ones refused until a probe answers. */
  private trip(reason: string): void {
    if (this.closed || this.state === 'down') return;
    this.state = 'down';
    this.reason = reason;
    this.since = new Date();
    this.opts.log?.(`Neo4j is not answering (${reason}): failing requests fast until it is back.`);
    const error = new DatabaseError('DATABASE_UNAVAILABLE', downMessage(reason));
    for (const flight of this.inFlight) flight.cancel(error);
    this.inFlight.clear();
    this.scheduleRetry();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.stallWatch);
    this.stallWatch = undefined;
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    this.retryTimer = setTimeout(async () => {
      if (await this.probeNow(this.reason ?? 'down')) {
        const downFor = Math.round((Date.now() - this.since.getTime()) / 100) / 10;
        this.state = 'up';
        this.reason = null;
        this.since = new Date();
        this.opts.log?.(`Neo4j answers again after ${downFor} s: serving requests.`);
      } else this.scheduleRetry();
    }, this.retryMs);
    this.retryTimer.unref();
  }

  /**
   * Probes (joining a probe already running). A refused connection opens the circuit for `reason`
   * at once; a probe that gets no answer in time is repeated once, and a second silence opens it
   * (one slow answer on a busy machine is not a hung database).
   */
  private probeNow(reason: string): Promise<boolean> {
    this.probing ??= (async () => {
      this.lastProbeAt = Date.now();
      let failure: string | null;
      try {
        failure = await Promise.race([
          this.opts.probe().then(
            () => null,
            (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '',
          ),
          after(this.probeTimeoutMs, 'silent'),
        ]);
      } finally {
        this.probing = undefined;
      }
      if (failure === null) {
        this.unanswered = 0;
        return true;
      }
      if (failure === 'silent' && this.state === 'up' && ++this.unanswered < 2) return this.probeNow(reason);
      this.unanswered = 0;
      this.trip(
        failure === 'silent'
          ? `${reason}; Neo4j did not answer a probe within ${this.probeTimeoutMs / 1000} s twice`
          : `${reason}; ${failure}`,
      );
      return false;
    })();
    return this.probing;
  }
}
