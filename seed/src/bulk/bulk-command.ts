/**
 * What `npm run import:ctgov -- <records> --bulk` does, apart from finding the Neo4j instance:
 * build the new database beside the served one (bulk-import.ts), swap it in and start it
 * (`activate`, given by the caller, which owns the server), write the schema and the load markers,
 * and print the same summary as the chunked import. Exit status 1 when a record was rejected or
 * the import could not run; the served graph is untouched unless the new one was built whole.
 */
import type { Config } from '../../../runtime/config.js';
import type { Database } from '../../../runtime/db/database.js';
import { AdminImportError } from '../../../runtime/neo4j/admin-import.js';
import type { Neo4jPaths } from '../../../runtime/neo4j/paths.js';
import { RegistryApiError } from '../ctgov/api-pages.js';
import { openRecords, summaryLines, type ImportArgs } from '../ctgov/import-command.js';
import { MAX_PROBLEMS_KEPT, DEFAULT_BATCH } from '../ctgov/pipeline.js';
import type { RecordProgress } from '../ctgov/record-progress.js';
import { formatProblem, SeedValidationError } from '../validate/problem.js';
import { buildBulkDatabase, finishBulkLoad, type BulkBuild } from './bulk-import.js';

export interface BulkIo {
  config: Pick<Config, 'ctgovApiUrl' | 'registryDataDir' | 'seedDataDir'>;
  dist: Neo4jPaths;
  instanceDir: string;
  /** Stops the served database if it runs, swaps the built one in, starts it and returns it. */
  activate: () => Promise<{ db: Database; close: () => Promise<void> }>;
  out: (line: string) => void;
  err: (line: string) => void;
  progress?: RecordProgress;
}

export interface BulkReport {
  exitCode: number;
  written: boolean;
  build?: BulkBuild;
  /** Seconds from the start to the load markers written (the whole load). */
  seconds?: number;
}

const seconds = (s: number) => `${Math.round(s * 10) / 10} s`;

export async function runBulkImport(args: ImportArgs, io: BulkIo): Promise<BulkReport> {
  const { out, err } = io;
  const started = performance.now();
  const fail = (lines: string[]): BulkReport => {
    for (const l of lines) err(l);
    return { exitCode: 1, written: false };
  };
  const opened = await openRecords(args.source, io);
  if ('missing' in opened) return fail([opened.missing]);
  let build: BulkBuild;
  try {
    build = await buildBulkDatabase({
      records: opened.records,
      reviewDir: io.config.seedDataDir,
      registryDir: io.config.registryDataDir,
      dist: io.dist,
      instanceDir: io.instanceDir,
      batch: args.batch ?? DEFAULT_BATCH,
      maxProblems: MAX_PROBLEMS_KEPT,
      onRecord: (c) => io.progress?.update({ read: c.read, written: c.accepted, rejected: c.rejected }),
      onStage: (stage) => out(`${stage}…`),
    });
  } catch (e) {
    const untouched = 'Nothing was imported; the served graph is as it was.';
    if (e instanceof SeedValidationError)
      return fail(['The default sources or the curated links are invalid:', ...e.problems.map((p) => `  ${formatProblem(p)}`), untouched]);
    if (e instanceof RegistryApiError || e instanceof AdminImportError) return fail([e.message, untouched]);
    if ((e as NodeJS.ErrnoException).code && (e as NodeJS.ErrnoException).syscall)
      return fail([`Cannot read ${opened.what}: ${(e as Error).message}`, untouched]);
    throw e;
  }
  const { summary } = build;
  io.progress?.done({ read: summary.counts.read, written: summary.counts.accepted, rejected: summary.counts.rejected });
  for (const line of summaryLines(opened.what, summary)) out(line);
  if (summary.problemCount > 0) {
    err(`${summary.counts.rejected} record(s) rejected and left out; ${summary.problemCount} problem(s):`);
    for (const p of summary.problems) err(`  ${formatProblem(p)}`);
  }
  if (!build.admin) {
    out('No record was accepted: nothing was written; the served graph is as it was.');
    return { exitCode: summary.counts.rejected > 0 ? 1 : 0, written: false, build };
  }
  out(`Built the new database in ${seconds(build.planSeconds)} (CSV) + ${seconds(build.admin.seconds)} (neo4j-admin).`);
  out('Swapping it in and writing its indexes and load markers…');
  const active = await io.activate();
  try {
    await finishBulkLoad(active.db, build);
  } finally {
    await active.close();
  }
  const total = (performance.now() - started) / 1000;
  out(`Loaded ${summary.counts.accepted} accepted records beside the default sources in ${seconds(total)}.`);
  return { exitCode: summary.counts.rejected > 0 ? 1 : 0, written: true, build, seconds: total };
}
