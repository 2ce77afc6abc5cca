/**
 * What `npm run import:ctgov` does, apart from connecting: read the graph's vocabulary, stream the
 * records (a path or an API search), validate and plan each, write the accepted ones `--batch` at
 * a time, each chunk in its own transaction (always, like --force), and print a summary with the
 * problems (the first MAX_PROBLEMS_KEPT; all are counted). Exit status 1 when any record was
 * rejected, the links file is invalid or the records cannot be read.
 */
import { stat } from 'node:fs/promises';
import type { Config } from '../../../runtime/config.js';
import type { Database } from '../../../runtime/db/database.js';
import { prepareSeed } from '../review/pipeline.js';
import { formatProblem, SeedValidationError } from '../validate/problem.js';
import { ChunkedLoad, type WriteTimings } from '../write/write-graph.js';
import { queryRecords, RegistryApiError } from './api-pages.js';
import { DEFAULT_BATCH, IMPORT_LOAD_ID, MAX_PROBLEMS_KEPT, streamRegistry, type RegistrySummary } from './pipeline.js';
import { registrySource } from './plan-records.js';
import { estimateRecordCount, readRecords, type RawRecord } from './read-records.js';
import type { RecordProgress } from './record-progress.js';
import { linksFileOf, readCuratedLinks, type CuratedLink } from './registry-links.js';
import { readVocabulary, vocabularyFromPlans, type RegistryVocabulary } from './resolve.js';

export type ImportSource = { path: string } | { query: string };

export interface ImportArgs {
  source: ImportSource;
  /** Validate and plan against the curated review's vocabulary; no database, nothing written. */
  check: boolean;
  /** Accepted records per write transaction (DEFAULT_BATCH when not given). */
  batch?: number;
  /** A first load through Neo4j's bulk importer: a new database of the default sources and these records (seed/src/bulk). */
  bulk?: boolean;
}

export const IMPORT_USAGE = [
  'usage: npm run import:ctgov -- <record.json | folder | bulk.zip> [--check] [--batch N]',
  '       npm run import:ctgov -- --query "<search terms>" [--check] [--batch N]',
  '       npm run import:ctgov -- <bulk.zip | folder> --bulk',
  `  --batch N  records written per transaction (default ${DEFAULT_BATCH})`,
  "  --bulk     a first load of a large registry with Neo4j's bulk importer: builds a new database of the",
  '             review, the shipped records and these records beside the served one, then swaps it in',
  '             (replacing what earlier imports wrote); needs the embedded Neo4j, not running elsewhere',
].join('\n');

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${IMPORT_USAGE}`);
    this.name = 'UsageError';
  }
}

const batchOf = (text: string | undefined): number => {
  const n = Number(text);
  if (!text || !Number.isInteger(n) || n < 1)
    throw new UsageError(`--batch needs a whole number of records above 0, not ${text ?? 'nothing'}`);
  return n;
};

/** Reads the command line: one path, or `--query <terms>`; `--check` validates only; `--batch N` records per transaction. */
export function parseImportArgs(argv: string[]): ImportArgs {
  let query: string | undefined;
  let check = false;
  let bulk = false;
  let batch = DEFAULT_BATCH;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--query') {
      query = argv[++i];
      if (!query || !query.trim()) throw new UsageError('--query needs search terms');
    } else if (a.startsWith('--query=')) query = a.slice('--query='.length);
    else if (a === '--check') check = true;
    else if (a === '--bulk') bulk = true;
    else if (a === '--batch') batch = batchOf(argv[++i]);
    else if (a.startsWith('--batch=')) batch = batchOf(a.slice('--batch='.length));
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (query !== undefined && paths.length > 0) throw new UsageError('give either a path or --query, not both');
  if (bulk && check) throw new UsageError('--bulk writes a new database; --check writes nothing: give one of them');
  if (query !== undefined) return { source: { query: query.trim() }, check, batch, bulk };
  if (paths.length !== 1) throw new UsageError(paths.length === 0 ? 'nothing to import' : 'give one path (a file, a folder or a zip)');
  const [path] = paths as [string];
  return { source: { path }, check, batch, bulk };
}

export interface ImportIo {
  /** The graph to write to; not needed with --check. */
  db?: Database;
  config: Pick<Config, 'ctgovApiUrl' | 'registryDataDir' | 'seedDataDir'>;
  out: (line: string) => void;
  err: (line: string) => void;
  progress?: RecordProgress;
}

export interface ImportReport {
  exitCode: number;
  prepared?: RegistrySummary;
  /** Whether the accepted records were written. */
  written: boolean;
  /** Chunks written and where their time went (milliseconds per step: planning and each statement). */
  chunks?: number;
  timings?: WriteTimings;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The summary lines of a prepared import. */
export function summaryLines(what: string, p: RegistrySummary): string[] {
  const { counts, stats } = p;
  const links = stats.links;
  const linked = links.NCT + links.ACRONYM + links.CURATED;
  return [
    `Read ${plural(counts.read, 'record')} from ${what}: ${counts.accepted} accepted, ${counts.rejected} rejected.`,
    `Planned ${plural(stats.studies, 'study', 'studies')}, ${plural(stats.arms, 'arm')}, ${plural(stats.results, 'result')}` +
      ` (${plural(stats.valuesLeftOut, 'reported value')} left out: not a number), ${plural(stats.adverseEventFacts, 'adverse-event count')}` +
      ` (${stats.adverseEventsLeftOut} left out: group is no arm that received an intervention).`,
    `Interventions: ${stats.interventionsMatched} matched to the graph's, ${stats.interventionsDeclared} registry-only. Conditions naming a population: ${stats.populationLinks}.`,
    `Linked to review studies: ${linked} (by NCT ${links.NCT}, by acronym ${links.ACRONYM}, curated ${links.CURATED}).`,
    ...p.warnings.map((w) => `Warning: ${w}`),
  ];
}

async function checkVocabulary(seedDataDir: string): Promise<RegistryVocabulary> {
  return vocabularyFromPlans([(await prepareSeed(seedDataDir)).plan]);
}

/** The records an import reads and how to name them, or why they cannot be read. */
export async function openRecords(
  source: ImportSource,
  io: Pick<ImportIo, 'config' | 'progress'>,
): Promise<{ what: string; records: AsyncIterable<RawRecord> } | { missing: string }> {
  if ('path' in source) {
    try {
      await stat(source.path);
    } catch {
      return { missing: `No such file or folder: ${source.path}` };
    }
    const expected = await estimateRecordCount(source.path).catch(() => undefined);
    if (expected !== undefined) io.progress?.total(expected);
    return { what: source.path, records: readRecords(source.path) };
  }
  return {
    what: `the ClinicalTrials.gov API search "${source.query}" (${io.config.ctgovApiUrl})`,
    records: queryRecords({ baseUrl: io.config.ctgovApiUrl, terms: source.query, onTotal: (n) => io.progress?.total(n) }),
  };
}

/** Runs one import; every failure is reported through `io` and the exit code, never thrown, except bugs and database failures. */
export async function runImport(args: ImportArgs, io: ImportIo): Promise<ImportReport> {
  const { config, out, err } = io;
  const fail = (lines: string[]): ImportReport => {
    for (const l of lines) err(l);
    return { exitCode: 1, written: false };
  };

  let vocabulary: RegistryVocabulary;
  if (args.check) {
    try {
      vocabulary = await checkVocabulary(config.seedDataDir);
    } catch (e) {
      if (e instanceof SeedValidationError)
        return fail([
          'The curated review is invalid, so records cannot be checked against it:',
          ...e.problems.map((p) => `  ${formatProblem(p)}`),
        ]);
      throw e;
    }
  } else {
    if (!io.db) throw new Error('runImport needs a database unless --check is given');
    vocabulary = await readVocabulary(io.db);
  }

  let links: CuratedLink[] = [];
  if (vocabulary.studies.length === 0) {
    out('Warning: the graph holds no review (run `npm run seed` first): no intervention, condition or study of it can be matched.');
  } else {
    const curated = await readCuratedLinks(linksFileOf(config.registryDataDir), vocabulary);
    if (curated.problems.length > 0) {
      return fail([
        `The curated links are invalid; nothing was imported. ${plural(curated.problems.length, 'problem')}:`,
        ...curated.problems.map((p) => `  ${formatProblem(p)}`),
      ]);
    }
    links = curated.links;
  }

  const { source } = args;
  const opened = await openRecords(source, io);
  if ('missing' in opened) return fail([opened.missing]);
  const { what, records } = opened;

  const batch = args.batch ?? DEFAULT_BATCH;
  const registry = registrySource('query' in source ? new Date().toISOString().slice(0, 10) : undefined);
  let load: ChunkedLoad | undefined;
  let writtenRecords = 0;
  let chunks = 0;
  const timings: WriteTimings = {};
  let planStart = performance.now();
  let prepared: RegistrySummary;
  try {
    prepared = await streamRegistry(records, {
      vocabulary,
      links,
      source: registry,
      loadId: IMPORT_LOAD_ID,
      batch,
      maxProblems: MAX_PROBLEMS_KEPT,
      onRecord: (counts) => io.progress?.update({ read: counts.read, written: writtenRecords, rejected: counts.rejected }),
      onPlan: async (plan, counts) => {
        timings.readAndPlan = (timings.readAndPlan ?? 0) + performance.now() - planStart;
        if (!args.check) {
          load ??= await ChunkedLoad.begin(io.db!, registry, IMPORT_LOAD_ID);
          await load.writeChunk(plan, { read: counts.read, written: writtenRecords + plan.scopes.length, rejected: counts.rejected });
          writtenRecords += plan.scopes.length;
          chunks++;
        }
        planStart = performance.now();
      },
    });
  } catch (e) {
    const partly =
      writtenRecords > 0
        ? `${plural(writtenRecords, 'record was', 'records were')} written before; the load is marked incomplete.`
        : 'Nothing was imported.';
    if (e instanceof RegistryApiError) return fail([e.message, partly]);
    if ((e as NodeJS.ErrnoException).code && (e as NodeJS.ErrnoException).syscall)
      return fail([`Cannot read ${what}: ${(e as Error).message}`, partly]);
    throw e;
  }
  timings.readAndPlan = (timings.readAndPlan ?? 0) + performance.now() - planStart;
  io.progress?.done({ read: prepared.counts.read, written: writtenRecords, rejected: prepared.counts.rejected });

  for (const line of summaryLines(what, prepared)) out(line);
  if (prepared.problemCount > 0) {
    err(
      `${plural(prepared.counts.rejected, 'record was', 'records were')} rejected; nothing of ${prepared.counts.rejected === 1 ? 'it' : 'them'} is written. ${plural(prepared.problemCount, 'problem')}${prepared.problems.length < prepared.problemCount ? ` (the first ${prepared.problems.length} shown)` : ''}:`,
    );
    for (const p of prepared.problems) err(`  ${formatProblem(p)}`);
  }

  let written = false;
  if (args.check) out('Checked only (--check): nothing was written.');
  else if (prepared.counts.accepted === 0) out('No record was accepted: nothing was written.');
  else {
    const hash = await load!.finish({ read: prepared.counts.read, written: writtenRecords, rejected: prepared.counts.rejected });
    Object.assign(timings, load!.timings);
    written = true;
    out(
      `Wrote ${plural(writtenRecords, 'accepted record')} into the graph in ${plural(chunks, 'transaction')} of up to ${batch} (load ${IMPORT_LOAD_ID}, hash ${hash.slice(0, 12)}).`,
    );
  }
  return { exitCode: prepared.counts.rejected > 0 ? 1 : 0, prepared, written, chunks, timings };
}
