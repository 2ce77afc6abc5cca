/**
 * `npm start`: the whole app in one process. Reads the configuration, validates every default
 * source, opens Neo4j (the embedded one unless NEO4J_URI is set), loads what changed, serves the
 * API and the client, and on Ctrl-C stops everything it started.
 */
import { ConfigError, readConfig } from '../../runtime/config.js';
import { MissingPrerequisiteError } from '../../runtime/neo4j/prerequisites.js';
import { prepareDefaultSources } from '../../seed/src/load/default-sources.js';
import { SeedValidationError, formatProblem } from '../../seed/src/validate/problem.js';
import { progressBar } from '../../seed/src/write/progress-bar.js';
import { startApp } from './start-app.js';

async function main(): Promise<void> {
  const config = readConfig();
  const { plans } = await prepareDefaultSources({ reviewDir: config.seedDataDir, registryDir: config.registryDataDir });
  const app = await startApp({ config, plans, progress: (label) => progressBar(`Loading ${label}`) });
  for (const plan of plans) {
    const what = `${plan.source.title} (hash ${plan.hash.slice(0, 12)})`;
    console.log(app.loaded?.written.includes(plan.loadId) ? `Loaded ${what}.` : `The graph already holds ${what}.`);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping…`);
    await app.close();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  console.log(`NEN Evidence Graph is running at ${app.url}/ (GraphQL: ${app.url}/graphql). Ctrl-C stops it.`);
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof MissingPrerequisiteError) console.error(e.message);
  else if (e instanceof SeedValidationError) {
    console.error(`The curated data is invalid; fix it and start again:\n${e.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  } else console.error(e);
  process.exit(1);
});
