/**
 * `npm start`: the whole app in one process. Reads the configuration, validates every default
 * source (quotes checked against the review's text when it is at hand, as `npm run seed` does),
 * opens Neo4j (the embedded one unless NEO4J_URI is set), loads what changed, serves the API and
 * the client. On SIGTERM or Ctrl-C it stops accepting connections, lets requests in flight finish
 * (SHUTDOWN_GRACE_MS), then stops everything it started; a second signal stops it at once.
 */
import { ConfigError, readConfig } from '../../runtime/config.js';
import { MissingPrerequisiteError } from '../../runtime/neo4j/prerequisites.js';
import { prepareDefaultSources } from '../../seed/src/load/default-sources.js';
import { SeedValidationError, formatProblem } from '../../seed/src/validate/problem.js';
import { progressBar } from '../../seed/src/write/progress-bar.js';
import { startApp } from './start-app.js';
import { checkQuotesWithSource, describeSourceCheck } from '../../seed/src/review/provenance/check-against-source.js';

/** A quote that is not verbatim refuses the start, like the seed; a source not at hand is only said. */
class QuoteCheckError extends Error {}

async function main(): Promise<void> {
  const config = readConfig();
  const { plans, review } = await prepareDefaultSources({ reviewDir: config.seedDataDir, registryDir: config.registryDataDir });
  const quotes = await checkQuotesWithSource(review.files, config.seedSource.file);
  if (quotes.status === 'failed') {
    throw new QuoteCheckError(
      `${describeSourceCheck(quotes)}\n${quotes.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\nFix the curated data and start again.`,
    );
  }
  if (quotes.status === 'unavailable' && config.seedSource.fromEnv)
    throw new QuoteCheckError(`SEED_SOURCE=${config.seedSource.file} ${quotes.reason}.`);
  console.log(describeSourceCheck(quotes));
  const app = await startApp({ config, plans, progress: (label) => progressBar(`Loading ${label}`) });
  for (const plan of plans) {
    const what = `${plan.source.title} (hash ${plan.hash.slice(0, 12)})`;
    console.log(app.loaded?.written.includes(plan.loadId) ? `Loaded ${what}.` : `The graph already holds ${what}.`);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      console.log(`\n${signal} again: stopping now.`);
      process.exit(1);
    }
    closing = true;
    console.log(`\n${signal}: no new requests; letting those in flight finish (up to ${config.shutdownGraceMs / 1000} s)…`);
    await app.close();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  console.log(`NEN Evidence Graph is running at ${app.url}/ (GraphQL: ${app.url}/graphql). Ctrl-C stops it.`);
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof MissingPrerequisiteError || e instanceof QuoteCheckError) console.error(e.message);
  else if (e instanceof SeedValidationError) {
    console.error(`The curated data is invalid; fix it and start again:\n${e.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  } else console.error(e);
  process.exit(1);
});
