/**
 * `npm run import:ctgov -- <path>` or `npm run import:ctgov -- --query "<terms>"` — load
 * ClinicalTrials.gov API v2 study records (a file, a folder, a zip of the bulk download, or an API
 * search) into the graph as the registry source, beside the review. `--check` validates and plans
 * against the curated review without a database; `--bulk` makes a first load of a large registry
 * with Neo4j's bulk importer (seed/src/bulk). Exit 1 when a record was rejected (every problem
 * printed; the others are still written) or the import could not run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfig, type Config } from '../../../runtime/config.js';
import { ensureNeo4jDistribution } from '../../../runtime/neo4j/fetch.js';
import { runningServerPid } from '../../../runtime/neo4j/instance.js';
import { swapInBulkDatabase } from '../../../runtime/neo4j/swap-database.js';
import { runBulkImport, type BulkIo } from '../bulk/bulk-command.js';
import { connect, embeddedInstanceDir } from '../../../runtime/db/connect.js';
import { parseImportArgs, runImport, UsageError, type ImportArgs } from './import-command.js';
import { recordProgress } from './record-progress.js';

async function main(argv: string[]): Promise<number> {
  let args: ImportArgs;
  try {
    args = parseImportArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const config = readConfig();
  const io = {
    config,
    out: (line: string) => console.log(line),
    err: (line: string) => console.error(line),
    // In --bulk nothing is written until neo4j-admin runs: an accepted record is planned into CSV.
    progress: recordProgress(process.stderr, undefined, args.bulk ? 'planned into CSV' : 'written'),
  };
  if (args.check) return (await runImport(args, io)).exitCode;
  if (args.bulk) return bulkImport(args, config, io);
  const connection = await connect(config, (line) => console.error(line));
  try {
    const report = await runImport(args, { ...io, db: connection.db });
    if (report.written) console.log(`Database: ${connection.uri}`);
    return report.exitCode;
  } finally {
    await connection.close();
  }
}

/**
 * --bulk: the embedded Neo4j's database is rebuilt beside it and swapped in while it is stopped,
 * so this process must own it: an external Neo4j, or one `npm start` is running, is refused.
 */
async function bulkImport(args: ImportArgs, config: Config, io: Omit<BulkIo, 'dist' | 'instanceDir' | 'activate'>): Promise<number> {
  if (config.external) {
    io.err('--bulk needs the embedded Neo4j (it stops it to swap the new database in); NEO4J_URI names an external one.');
    return 1;
  }
  const instanceDir = embeddedInstanceDir(config);
  const pid = await runningServerPid(instanceDir);
  if (pid !== undefined) {
    io.err(
      `The embedded Neo4j is running (pid ${pid}, started by \`npm start\`?). Stop it first: --bulk swaps its database while it is stopped.`,
    );
    return 1;
  }
  const dist = await ensureNeo4jDistribution(config.embedded.home, io.err);
  // The importer writes where the instance's configuration says; a never-started instance has none yet.
  if (!existsSync(path.join(instanceDir, 'conf', 'neo4j.conf'))) await (await connect(config, io.err)).close();
  const report = await runBulkImport(args, {
    ...io,
    dist,
    instanceDir,
    activate: async () => {
      await swapInBulkDatabase(instanceDir);
      const connection = await connect(config, io.err);
      return { db: connection.db, close: () => connection.close() };
    },
  });
  return report.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
