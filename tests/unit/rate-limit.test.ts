/** The per-client token bucket: points per minute, refilled continuously, each address its own. */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/src/graphql/rate-limit.js';

describe('RateLimiter', () => {
  it('lets a client spend a minute of points at once, then refuses with the wait until it can pay', () => {
    let now = 0;
    const limiter = new RateLimiter(600, () => now);
    expect(limiter.take('10.0.0.1', 400).allowed).toBe(true);
    expect(limiter.take('10.0.0.1', 200).allowed).toBe(true);
    const refused = limiter.take('10.0.0.1', 100);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(limiter.take('10.0.0.1', 100).allowed).toBe(true);
  });

  it('keeps each address to its own bucket', () => {
    const limiter = new RateLimiter(100, () => 0);
    expect(limiter.take('a', 100).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
    expect(limiter.take('b', 100).allowed).toBe(true);
  });

  it('charges at least one point (free introspection still counts) and at most a full bucket', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0).allowed).toBe(false);
    now += 60_000;
    expect(limiter.take('a', 5_000).allowed).toBe(true);
  });
});
