/**
 * `npm run import:ctgov -- <path>` or `npm run import:ctgov -- --query "<terms>"` — load
 * ClinicalTrials.gov API v2 study records (a file, a folder, a zip of the bulk download, or an API
 * search) into the graph as the registry source, beside the review. `--check` validates and plans
 * against the curated review without a database. Exit 1 when a record was rejected (every problem
 * printed; the others are still written) or the import could not run.
 */
import { readConfig } from '../../../runtime/config.js';
import { connect } from '../../../runtime/db/connect.js';
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
    progress: recordProgress(process.stderr),
  };
  if (args.check) return (await runImport(args, io)).exitCode;
  const connection = await connect(config, (line) => console.error(line));
  try {
    const report = await runImport(args, { ...io, db: connection.db });
    if (report.written) console.log(`Database: ${connection.uri}`);
    return report.exitCode;
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
