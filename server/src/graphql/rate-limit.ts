/**
 * A token bucket per client address, filled with cost points (see cost.ts): a client may spend
 * `perMinute` points a minute, in bursts of up to a minute's worth. A request is charged its cost
 * (at least 1) before it runs; one the bucket cannot pay is refused with RATE_LIMITED (HTTP 429)
 * and told when to retry.
 */

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the bucket holds enough for this request (0 when allowed). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before full (idle) ones are dropped: a bucket refilled to the top is no different from a new one. */
const PRUNE_AT = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  /** `now` is injectable so the refill can be tested without waiting. */
  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Charges `cost` points to `client` when its bucket holds them. */
  take(client: string, cost: number): RateDecision {
    // A request dearer than a whole minute's worth is charged a full bucket, so it can pass at all.
    const charge = Math.min(Math.max(1, cost), this.perMinute);
    const now = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * this.perMs);
    b.at = now;
    this.buckets.set(client, b);
    if (this.buckets.size > PRUNE_AT) this.prune(now);
    if (b.tokens >= charge) {
      b.tokens -= charge;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const needed = charge - b.tokens;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(needed / this.perMs / 1000)) };
  }

  private prune(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) * this.perMs >= this.perMinute) this.buckets.delete(k);
  }
}
