/**
 * Retries for single-statement reads, which run as auto-commit queries (one round trip fewer than
 * an explicit transaction's BEGIN ... COMMIT) and so lose the driver's own retries: a failure Neo4j
 * marks as transient is tried again with the same backoff the driver's managed transactions use.
 */
export interface RetryOptions {
  /** No new attempt starts after this long since the first (the driver's maxTransactionRetryTime). */
  maxRetryMs: number;
  /** The wait before the second attempt; each next wait doubles, give or take `jitter`. */
  initialDelayMs: number;
  /** Fraction of each wait added or taken at random, so retries from many requests spread out. */
  jitter: number;
  /** Whether an attempt's failure may be tried again. */
  retryable: (e: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetries<T>(attempt: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? pause;
  const started = now();
  let delay = opts.initialDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (e) {
      const waitMs = delay * (1 - opts.jitter + 2 * opts.jitter * Math.random());
      if (!opts.retryable(e) || now() - started + waitMs > opts.maxRetryMs) throw e;
      await sleep(waitMs);
      delay *= 2;
    }
  }
}
