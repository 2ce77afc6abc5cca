/**
 * One load, in a process of its own so its peak RSS is the loader's alone:
 *   tsx bench/loader/load-child.ts defaults          the review and the shipped registry records
 *   tsx bench/loader/load-child.ts registry <path> [--batch N]   a registry (zip, folder) through
 *                                                    the chunked importer `npm run import:ctgov` runs (runImport)
 *   tsx bench/loader/load-child.ts bulk <path> <instance folder>   stages 1-2 of `import:ctgov --bulk`: the
 *                                                    new database built beside the served one (the bench
 *                                                    swaps it in and writes its markers: bulk-import.ts)
 * against the Neo4j that NEO4J_URI names. Progress goes to stderr; the last stdout line is JSON:
 * { ok, seconds, maxRssMb, exitCode, lines } (lines: the importer's summary).
 */
import { readConfig } from '../../runtime/config.js';
import { createDatabase } from '../../runtime/db/database.js';
import { loadSources, prepareDefaultSources } from '../../seed/src/load/default-sources.js';
import { parseImportArgs, runImport, summaryLines } from '../../seed/src/ctgov/import-command.js';
import { recordProgress } from '../../seed/src/ctgov/record-progress.js';
import { ensureNeo4jDistribution } from '../../runtime/neo4j/fetch.js';
import { buildBulkDatabase } from '../../seed/src/bulk/bulk-import.js';
import { DEFAULT_BATCH, MAX_PROBLEMS_KEPT } from '../../seed/src/ctgov/pipeline.js';
import { readRecords } from '../../seed/src/ctgov/read-records.js';
import type { LoadMarker } from '../../seed/src/write/write-graph.js';

export interface LoadChildReport {
  ok: boolean;
  seconds: number;
  /** Peak resident set size of this process, in MiB. */
  maxRssMb: number;
  exitCode: number;
  lines: string[];
  /** A registry import: its chunks (write transactions) and milliseconds per step over them all. */
  chunks?: number;
  timings?: Record<string, number>;
  /** A bulk build: what the bench needs to finish it, and where its time and memory went. */
  bulk?: BulkChildReport;
  error?: string;
}

export interface BulkChildReport {
  markers: LoadMarker[];
  /** Reading, validating and planning the records and writing CSV. */
  planSeconds: number;
  importerSeconds: number;
  importerMaxRssMb: number | null;
}

const started = Date.now();

async function main(argv: string[]): Promise<LoadChildReport> {
  const config = readConfig();
  if (!config.external) throw new Error('load-child.ts needs NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD');
  // A loader on a busy machine: reads get the writer's generous timeout, and the circuit breaker
  // (meant for a server's requests) trips only on a Neo4j that stays silent for long.
  const db = createDatabase({
    ...config.external,
    database: config.database,
    queryTimeoutMs: 120_000,
    stallMs: 60_000,
    probeTimeoutMs: 15_000,
  });
  const lines: string[] = [];
  let exitCode = 0;
  let timings: LoadChildReport['timings'];
  let chunks: number | undefined;
  let bulk: BulkChildReport | undefined;
  try {
    if (argv[0] === 'defaults') {
      const { plans } = await prepareDefaultSources({ reviewDir: config.seedDataDir });
      await loadSources(db, plans, { force: true });
      lines.push(`Loaded ${plans.map((p) => p.source.title).join(' and ')}.`);
    } else if (argv[0] === 'registry' && argv[1]) {
      const report = await runImport(parseImportArgs(argv.slice(1)), {
        config,
        db,
        out: (line) => lines.push(line),
        err: (line) => lines.push(line),
        progress: recordProgress(process.stderr),
      });
      exitCode = report.exitCode;
      timings = report.timings;
      chunks = report.chunks;
    } else if (argv[0] === 'bulk' && argv[1] && argv[2]) {
      const progress = recordProgress(process.stderr, undefined, 'planned into CSV');
      const build = await buildBulkDatabase({
        records: readRecords(argv[1]),
        reviewDir: config.seedDataDir,
        registryDir: config.registryDataDir,
        dist: await ensureNeo4jDistribution(config.embedded.home, (line) => process.stderr.write(`${line}\n`)),
        instanceDir: argv[2],
        batch: DEFAULT_BATCH,
        maxProblems: MAX_PROBLEMS_KEPT,
        onRecord: (c) => progress.update({ read: c.read, written: c.accepted, rejected: c.rejected }),
        onStage: (stage) => process.stderr.write(`${stage}…\n`),
      });
      lines.push(...summaryLines(argv[1], build.summary));
      exitCode = build.summary.counts.rejected > 0 || !build.admin ? 1 : 0;
      bulk = {
        markers: build.markers,
        planSeconds: build.planSeconds,
        importerSeconds: build.admin?.seconds ?? 0,
        importerMaxRssMb: build.admin?.maxRssMb ?? null,
      };
      if (build.admin) lines.push(build.admin.summary.split('\n').slice(0, 6).join(' ').replace(/\s+/g, ' '));
    } else throw new Error('usage: tsx bench/loader/load-child.ts defaults | registry <path> | bulk <path> <instance folder>');
  } finally {
    await db.close();
  }
  const seconds = (Date.now() - started) / 1000;
  return { ok: exitCode === 0, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, exitCode, lines, chunks, timings, bulk };
}

main(process.argv.slice(2)).then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  },
  (e) => {
    const report: LoadChildReport = {
      ok: false,
      seconds: (Date.now() - started) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      exitCode: 1,
      lines: [],
      error: e instanceof Error ? e.message : String(e),
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(1);
  },
);
