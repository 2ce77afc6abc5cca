/**
 * Seeded randomness for the synthetic registry: every study draws from its own stream, derived
 * from (seed, study index) alone, so a study is the same whatever else is generated: the first
 * 10,000 studies of a 600,000-study registry are the 10,000-study registry, byte for byte.
 */
import { must } from '../../../kernel/must.js';

/** Mixes two 32-bit integers into one well-spread 32-bit seed (murmur3's finalizer over both). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A deterministic random stream (mulberry32: small, fast, good enough for test data). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The stream of study `index` under `seed`. */
  static forItem(seed: number, index: number): Random {
    return new Random(mixSeed(seed, index));
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    return must(items[Math.floor(this.next() * items.length)], 'pick needs at least one item');
  }

  /** One key of a weight table, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let u = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
      if ((u -= w) < 0) return k;
    }
    return must(entries.at(-1), 'a weight table has at least one key')[0];
  }

  /** A roughly log-normal positive number with the given median (spread: the log's standard deviation). */
  logNormal(median: number, spread: number): number {
    // Box-Muller; 1 - next() keeps the logarithm's argument above zero.
    const z = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
    return median * Math.exp(spread * z);
  }
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent (Zipf's law): a few
 * items are drawn very often (hubs), most rarely (the long tail).
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;
  /** The sum of all weights (the last cumulative one). */
  private readonly total: number;

  constructor(
    readonly size: number,
    exponent: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error('a Zipf sampler needs at least one item');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let r = 0; r < size; r++) this.cumulative[r] = total += 1 / Math.pow(r + 1, exponent);
    this.total = total;
  }

  /** The weights of ranks 0..rank together. */
  private upTo(rank: number): number {
    return must(this.cumulative[rank], `a rank from 0 to ${this.size - 1}, not ${rank}`);
  }

  /** The probability of rank `rank`. */
  probability(rank: number): number {
    return (this.upTo(rank) - (rank > 0 ? this.upTo(rank - 1) : 0)) / this.total;
  }

  sample(random: Random): number {
    const u = random.next() * this.total;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.upTo(mid) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
