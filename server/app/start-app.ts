/**
 * The whole app wired together, the one way `npm start`, the tests and the benchmarks start it:
 * a database (given, or opened from the configuration), the default sources loaded when asked,
 * Apollo and the HTTP server listening. The only module that joins the loaders and the API.
 */
import type { AddressInfo } from 'node:net';
import type { Config } from '../../runtime/config.js';
import { connect } from '../../runtime/db/connect.js';
import type { Database } from '../../runtime/db/database.js';
import { createGraphqlApi } from '../src/graphql/apollo.js';
import { closeGracefully, createHttpServer } from '../src/http/app.js';
import type { GraphPlan } from '../../seed/src/plan/plan-builder.js';
import { loadSources, type SourcesOutcome } from '../../seed/src/load/default-sources.js';
import type { Progress } from '../../seed/src/write/write-graph.js';

export interface StartAppOptions {
  config: Config;
  /** An open database to serve (the tests' throwaway Neo4j); otherwise one is opened from `config`. */
  database?: Database;
  /** Plans to load (unchanged ones are skipped) before serving. */
  plans?: GraphPlan[];
  /** Listen here instead of the configured port (0: any free port). */
  port?: number;
  log?: (line: string) => void;
  progress?: (label: string) => Progress;
}

export interface RunningApp {
  url: string;
  db: Database;
  /** The Bolt URI of the database served. */
  databaseUri: string;
  loaded: SourcesOutcome | null;
  /**
   * Stops in order: no new connections; requests in flight get `graceMs` (Config.shutdownGraceMs)
   * to finish; then the remaining connections, Apollo, the driver and the Neo4j this app started
   * (not a given database).
   */
  close(graceMs?: number): Promise<void>;
}

export async function startApp(opts: StartAppOptions): Promise<RunningApp> {
  const { config, log = console.log } = opts;
  const connection = opts.database ? { db: opts.database, uri: 'given', close: async () => {} } : await connect(config, log);
  try {
    const loaded = opts.plans ? await loadSources(connection.db, opts.plans, { progress: opts.progress }) : null;
    const graphql = createGraphqlApi({ rateLimitPerMinute: config.rateLimitPerMinute });
    const { apollo } = graphql;
    await apollo.start();
    const server = createHttpServer({ graphql, db: connection.db, clientDir: config.clientDir, corsOrigins: config.corsOrigins });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${config.host}:${port}`,
      db: connection.db,
      databaseUri: connection.uri,
      loaded,
      async close(graceMs = config.shutdownGraceMs) {
        const { cutOff } = await closeGracefully(server, graceMs);
        if (cutOff > 0) log(`${cutOff} request(s) were still running after ${graceMs / 1000} s and were cut off.`);
        await apollo.stop();
        await connection.close();
      },
    };
  } catch (e) {
    await connection.close();
    throw e;
  }
}
