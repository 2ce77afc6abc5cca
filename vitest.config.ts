import { defineConfig } from 'vitest/config';

/**
 * One suite, three kinds: tests/unit (no I/O), tests/integration (a real Neo4j started by the
 * global setup, or NEO4J_URI), tests/e2e (Debian's Chromium against the built client).
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
