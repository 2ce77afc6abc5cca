/**
 * The one place that reads the environment for the server, the loaders, the tests and the benchmarks.
 * Everything else receives a `Config`. Every problem is reported at once.
 */
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './neo4j/paths.js';

const MEMORY = /^\d+[kmg]$/i;
const port = z.coerce.number().int().min(1).max(65535);
/** An origin a browser sends (`https://example.org`, `http://localhost:5173`), or `*` for any. */
const ORIGIN = /^(\*|https?:\/\/[^/\s,]+)$/;

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, { message: 'must be a bolt:// or neo4j:// URI' })
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_HOME: z.string().min(1).default(path.join(PROJECT_ROOT, '.neo4j')),
  NEO4J_BOLT_PORT: port.default(7688),
  NEO4J_HEAP: z.string().regex(MEMORY, { message: 'must be a size such as 1g or 512m' }).default('1g'),
  NEO4J_PAGECACHE: z.string().regex(MEMORY, { message: 'must be a size such as 512m' }).default('512m'),
  SEED_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'seed/data')),
  REGISTRY_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'seed/registry/records')),
  CTGOV_API_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://clinicaltrials.gov' })
    .default('https://clinicaltrials.gov'),
  CLIENT_DIST_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'client/dist')),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  CORS_ORIGINS: z
    .string()
    .default('')
    .refine(
      (v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
          .every((o) => ORIGIN.test(o)),
      { message: 'must be * or a comma-separated list of origins such as https://example.org' },
    ),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(0),
  SEED_SOURCE: z.string().min(1).optional(),
});

/** Where the curators keep the review's text: `shared/sources` beside the project folder. */
export const DEFAULT_SEED_SOURCE = path.join(PROJECT_ROOT, '../shared/sources/gep-nen-therapy-review.txt');

export interface Config {
  port: number;
  host: string;
  /** Set: use this server and start none. Unset: start the embedded Neo4j. */
  external?: { uri: string; username: string; password: string };
  database: string;
  embedded: { home: string; boltPort: number; heap: string; pageCache: string };
  queryTimeoutMs: number;
  /** The curated YAML folder to validate and load. */
  seedDataDir: string;
  /** The ClinicalTrials.gov records shipped with the project (JSON, one study per file). */
  registryDataDir: string;
  /** Base URL of the ClinicalTrials.gov API v2 (`import:ctgov --query`), without a trailing slash. */
  ctgovApiUrl: string;
  /** The built client the server serves at `/`. */
  clientDir: string;
  /** How long a stopping server lets requests in flight finish before it closes their connections. */
  shutdownGraceMs: number;
  /** Origins allowed to call the API from a browser (CORS); empty: none (same origin only). `*`: any. */
  corsOrigins: string[];
  /** Cost points (see server/src/limits.ts) one client address may spend per minute; 0: no limit. */
  rateLimitPerMinute: number;
  /**
   * The review's text, to check every quote against before loading: SEED_SOURCE, else the shared
   * copy beside the project. `fromEnv`: the user named it (so a missing file is an error, not a note).
   */
  seedSource: { file: string; fromEnv: boolean };
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (parsed.success && parsed.data.NEO4J_URI && !parsed.data.NEO4J_PASSWORD)
    problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set');
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    external: e.NEO4J_URI ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD! } : undefined,
    database: e.NEO4J_DATABASE,
    embedded: { home: e.NEO4J_HOME, boltPort: e.NEO4J_BOLT_PORT, heap: e.NEO4J_HEAP, pageCache: e.NEO4J_PAGECACHE },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    seedDataDir: path.resolve(e.SEED_DATA_DIR),
    registryDataDir: path.resolve(e.REGISTRY_DATA_DIR),
    ctgovApiUrl: e.CTGOV_API_URL.replace(/\/+$/, ''),
    clientDir: path.resolve(e.CLIENT_DIST_DIR),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    seedSource: { file: path.resolve(e.SEED_SOURCE ?? DEFAULT_SEED_SOURCE), fromEnv: e.SEED_SOURCE !== undefined },
  };
}
