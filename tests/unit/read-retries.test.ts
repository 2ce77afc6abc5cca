/** Auto-commit reads are retried as the driver retries a managed transaction: transient failures only, within the time allowed. */
import { describe, expect, it } from 'vitest';
import { withRetries, type RetryOptions } from '../../runtime/db/retry.js';

class Transient extends Error {}

/** A clock the sleeps advance, so the test waits for nothing and sees every wait. */
function clocked(opts: Partial<RetryOptions> = {}) {
  let t = 0;
  const waits: number[] = [];
  const options: RetryOptions = {
    maxRetryMs: 3_000,
    initialDelayMs: 1_000,
    jitter: 0,
    retryable: (e) => e instanceof Transient,
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    ...opts,
  };
  return { options, waits };
}

/** An attempt that fails with `failures` in turn, then answers. */
function failing(failures: Error[]) {
  let calls = 0;
  const attempt = async () => {
    const f = failures[calls++];
    if (f) throw f;
    return `answer after ${calls} attempts`;
  };
  return { attempt, calls: () => calls };
}

describe('read retries', () => {
  it('tries a transient failure again, waiting 1 s then 2 s, and returns the answer', async () => {
    const { options, waits } = clocked();
    const { attempt } = failing([new Transient('a'), new Transient('b')]);
    await expect(withRetries(attempt, options)).resolves.toBe('answer after 3 attempts');
    expect(waits).toEqual([1_000, 2_000]);
  });

  it('does not try again a failure that is not transient', async () => {
    const { options, waits } = clocked();
    const bad = new Error('syntax error');
    const { attempt, calls } = failing([bad]);
    await expect(withRetries(attempt, options)).rejects.toBe(bad);
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('gives up with the last failure when the next wait would pass the time allowed', async () => {
    const { options, waits } = clocked();
    const last = new Transient('third');
    const { attempt, calls } = failing([new Transient('first'), new Transient('second'), last]);
    await expect(withRetries(attempt, options)).rejects.toBe(last);
    expect(calls()).toBe(3);
    expect(waits).toEqual([1_000, 2_000]);
  });

  it('spreads each wait by the jitter, never beyond it', async () => {
    const { options, waits } = clocked({ jitter: 0.2, maxRetryMs: 100_000 });
    const { attempt } = failing(Array.from({ length: 5 }, () => new Transient('again')));
    await withRetries(attempt, options);
    waits.forEach((w, k) => {
      expect(w).toBeGreaterThanOrEqual(0.8 * 1_000 * 2 ** k);
      expect(w).toBeLessThanOrEqual(1.2 * 1_000 * 2 ** k);
    });
    expect(waits).toHaveLength(5);
  });
});
