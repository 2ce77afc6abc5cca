/**
 * `npm run seed` — validate the curated review (and the registry records shipped with it) and
 * load them into Neo4j.
 *   --check    validate only; needs no database
 *   --report   print the coverage per review section (validates, writes nothing)
 *   --force    write even when the graph already holds data of the same hash
 * Before writing (and with --check), every quote is checked verbatim against the review's text
 * when it is at hand (SEED_SOURCE, else ../shared/sources/ beside the project); when it is not, the
 * output says the quotes were not checked.
 * Exit code 1 when the data is invalid (every problem printed), a quote is not verbatim in the
 * source, SEED_SOURCE names a file that cannot be read, or the write fails.
 */
import { SeedValidationError, formatProblem } from './validate/problem.js';
import { coverageBySection, coverageTable } from './review/coverage.js';
import { readConfig } from '../../runtime/config.js';
import { prepareDefaultSources } from './load/default-sources.js';
import { checkQuotesWithSource, describeSourceCheck } from './review/provenance/check-against-source.js';

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const config = readConfig();
  let prepared;
  try {
    prepared = await prepareDefaultSources({ reviewDir: config.seedDataDir, registryDir: config.registryDataDir });
  } catch (e) {
    if (e instanceof SeedValidationError) {
      console.error(`Seed data is invalid; nothing was written. ${e.problems.length} problem(s):`);
      for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
      return 1;
    }
    throw e;
  }
  const { plan, files } = prepared.review;
  const nodeCount = Object.values(plan.nodes).reduce((n, rows) => n + rows.length, 0);
  const relCount = plan.relationships.reduce((n, g) => n + g.rows.length, 0);
  if (flags.has('--report')) {
    console.log(coverageTable(coverageBySection(files)));
    return 0;
  }
  const quotes = await checkQuotesWithSource(files, config.seedSource.file);
  if (quotes.status === 'failed') {
    console.error(`${describeSourceCheck(quotes)} nothing was written.`);
    for (const p of quotes.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  if (quotes.status === 'unavailable' && config.seedSource.fromEnv) {
    console.error(`SEED_SOURCE=${config.seedSource.file} ${quotes.reason}; nothing was written.`);
    return 1;
  }
  console.log(describeSourceCheck(quotes));
  if (flags.has('--check')) {
    console.log(
      `Seed data is valid: ${files.length} files, ${nodeCount} nodes, ${relCount} relationships (hash ${plan.hash.slice(0, 12)}).`,
    );
    return 0;
  }
  const { runSeedCommand } = await import('./seed-command.js');
  return runSeedCommand(prepared.plans, { force: flags.has('--force') });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
