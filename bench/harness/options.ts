/** `npm run bench` flags, and how long each measurement may run in quick and full mode. */
import { OPERATIONS, SYSTEM_NAMES, type OperationName, type SystemName } from './operations.js';
import { must } from '../../kernel/must.js';

/** A scale below this many studies means the review's own data (no synthetic studies). */
export const REVIEW_SCALE_BELOW = 1000;

export interface BenchOptions {
  quick: boolean;
  /** 0 stands for the review's data; other values are synthetic studies loaded beside it. */
  scales: number[];
  systems: SystemName[];
  ops: OperationName[];
  concurrencies: number[];
  seed: number;
  /** How synthetic registries are loaded: Neo4j's bulk importer (`import:ctgov --bulk`, a first load) or the chunked Cypher importer. */
  loader: 'bulk' | 'chunked';
}

export interface Budget {
  /** Requests and time to warm each system up (plans cached, JIT warm) before measuring. */
  warmupRequests: number;
  warmupMs: number;
  /** Interleaved rounds: each system in turn, `rounds` times, so drift hits all alike. */
  rounds: number;
  sliceMs: number;
  /** Requests per system and round at most, by concurrency (interpolated as concurrency × perWorker). */
  sliceRequestsPerWorker: number;
  timeoutMs: number;
}

export const BUDGETS: Record<'quick' | 'full', Budget> = {
  quick: { warmupRequests: 10, warmupMs: 1_000, rounds: 2, sliceMs: 1_000, sliceRequestsPerWorker: 200, timeoutMs: 30_000 },
  full: { warmupRequests: 100, warmupMs: 5_000, rounds: 3, sliceMs: 5_000, sliceRequestsPerWorker: 2_000, timeoutMs: 30_000 },
};

export const USAGE = `usage: npm run bench -- [--quick] [--scales review,10000,100000,600000] [--systems ${SYSTEM_NAMES.join(',')}]
                        [--ops ${OPERATIONS.join(',')}] [--concurrency 1,32] [--seed 42]
                        [--loader bulk|chunked]`;

function list<T extends string>(flag: string, text: string, allowed: readonly T[]): T[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i as T));
  if (bad.length > 0 || items.length === 0)
    throw new Error(`${flag}: ${bad.join(', ') || 'nothing given'} is not one of ${allowed.join(', ')}`);
  return items as T[];
}

function numbers(flag: string, text: string, min: number): number[] {
  const items = text
    .split(',')
    .map((s) => s.trim().replaceAll('_', ''))
    .filter(Boolean);
  if (items.length === 0 || items.some((i) => !/^\d+$/.test(i) || Number(i) < min))
    throw new Error(`${flag} takes whole numbers of at least ${min}, comma-separated`);
  return items.map(Number);
}

/** The first of `numbers` (which throws rather than give none). */
const wholeNumber = (flag: string, text: string, min: number) => must(numbers(flag, text, min)[0], 'numbers() gives at least one');

export function parseBenchArgs(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const value = (flag: string) => {
    const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    const arg = argv[i];
    if (arg === undefined) return undefined;
    const v = arg.includes('=') ? arg.slice(flag.length + 1) : argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const known = new Set(['--quick', '--scales', '--systems', '--ops', '--concurrency', '--seed', '--loader']);
  const args = argv.values();
  for (const arg of args) {
    const flag = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (!known.has(flag)) throw new Error(`unknown argument ${arg}`);
    if (flag !== '--quick' && !arg.includes('=')) args.next();
  }
  const scalesText = value('--scales') ?? (quick ? 'review,10000' : 'review,10000,100000,600000');
  const scales = scalesText
    .split(',')
    .map((s) => s.trim())
    .map((s) => (s === 'review' ? 0 : wholeNumber('--scales', s, 0)))
    .map((n) => (n < REVIEW_SCALE_BELOW ? 0 : n));
  return {
    quick,
    scales: [...new Set(scales)].sort((a, b) => a - b),
    systems: value('--systems') ? list('--systems', value('--systems')!, SYSTEM_NAMES) : [...SYSTEM_NAMES],
    ops: value('--ops') ? list('--ops', value('--ops')!, OPERATIONS) : [...OPERATIONS],
    concurrencies: value('--concurrency') ? numbers('--concurrency', value('--concurrency')!, 1) : [1, 32],
    seed: value('--seed') ? wholeNumber('--seed', value('--seed')!, 0) : 42,
    loader: value('--loader')
      ? must(list('--loader', value('--loader')!, ['bulk', 'chunked'] as const)[0], 'list() gives at least one')
      : 'bulk',
  };
}
