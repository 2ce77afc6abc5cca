/**
 * `npm start`: the whole app in one process. Reads the configuration, opens Neo4j (the embedded
 * one unless NEO4J_URI is set), seeds it when the curated data changed, serves the API and the
 * client, and on Ctrl-C stops everything it started.
 */
import { ConfigError, readConfig } from './config.js';
import { connect } from './db/connect.js';
import { createApollo } from './graphql/apollo.js';
import { createHttpServer } from './http/app.js';
import { MissingPrerequisiteError } from '../neo4j/prerequisites.js';
import { prepareSeed } from '../../seed/src/pipeline.js';
import { seedGraph } from '../../seed/src/seed-graph.js';
import { SeedValidationError, formatProblem } from '../../seed/src/validate/problem.js';
import { progressBar } from '../../seed/src/write/progress-bar.js';

async function main(): Promise<void> {
  const config = readConfig();
  const prepared = await prepareSeed(config.seedDataDir);
  const connection = await connect(config);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping…`);
    // close() alone waits for idle keep-alive sockets (a browser holds them open for minutes).
    server.close();
    server.closeAllConnections();
    await apollo.stop();
    await connection.close();
    console.log('Stopped.');
    process.exit(0);
  };
  const outcome = await seedGraph(connection.db, prepared.plan, { progress: progressBar('Seeding') });
  console.log(outcome.written ? `Seeded the graph (data hash ${prepared.plan.hash.slice(0, 12)}).` : 'The graph already holds the current data.');
  const apollo = createApollo();
  await apollo.start();
  const server = createHttpServer({ apollo, db: connection.db, clientDir: config.clientDir });
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  console.log(`NEN Evidence Graph is running at http://${config.host}:${config.port}/ (GraphQL: http://${config.host}:${config.port}/graphql). Ctrl-C stops it.`);
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof MissingPrerequisiteError) console.error(e.message);
  else if (e instanceof SeedValidationError) {
    console.error(`The curated data is invalid; fix it and start again:\n${e.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  } else console.error(e);
  process.exit(1);
});
