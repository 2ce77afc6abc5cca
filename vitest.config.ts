import { defineConfig } from 'vitest/config';

/**
 * One suite, three kinds: tests/unit (no I/O), tests/integration (a real Neo4j started by the
 * global setup, or NEO4J_URI), tests/e2e (Debian's Chromium against the built client).
 *
 * Two projects, each with its own Neo4j from the global setup: `suite` runs every file in
 * parallel against a graph nobody writes to; `writes` runs the files that load data
 * (`*.writes.*.test.ts`) one at a time, after the rest, so no test reads a graph another is
 * rewriting.
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.writes.*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'writes',
          include: ['tests/**/*.writes.*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
