/** The operational settings: shutdown grace, CORS, the rate limit and where the review's text is. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SEED_SOURCE, readConfig } from '../../runtime/config.js';

describe('operational configuration', () => {
  it('defaults to a 10 s shutdown grace, no CORS, no rate limit and the shared copy of the review', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      shutdownGraceMs: 10_000,
      corsOrigins: [],
      rateLimitPerMinute: 0,
      seedSource: { file: path.resolve(DEFAULT_SEED_SOURCE), fromEnv: false },
    });
    expect(c.seedSource.file).toMatch(/shared\/sources\/gep-nen-therapy-review\.txt$/);
  });

  it('reads them from the environment', () => {
    const c = readConfig({
      SHUTDOWN_GRACE_MS: '2500',
      CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      RATE_LIMIT_PER_MINUTE: '60000',
      SEED_SOURCE: '/data/review.txt',
    });
    expect(c).toMatchObject({
      shutdownGraceMs: 2500,
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      rateLimitPerMinute: 60000,
      seedSource: { file: '/data/review.txt', fromEnv: true },
    });
    expect(readConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it('reports every bad setting at once', () => {
    const bad = () => readConfig({ SHUTDOWN_GRACE_MS: '-1', CORS_ORIGINS: 'example.org', RATE_LIMIT_PER_MINUTE: 'lots' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/SHUTDOWN_GRACE_MS[\s\S]*CORS_ORIGINS[\s\S]*RATE_LIMIT_PER_MINUTE/);
  });
});
