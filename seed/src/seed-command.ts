/** The writing half of `npm run seed`: connect (embedded or NEO4J_URI), seed, print counts. */
import { readConfig } from '../../server/src/config.js';
import { connect } from '../../server/src/db/connect.js';
import type { PreparedSeed } from './pipeline.js';
import { formatCounts, seedGraph } from './seed-graph.js';
import { progressBar } from './write/progress-bar.js';

export async function runSeedCommand(prepared: PreparedSeed, opts: { force: boolean }): Promise<number> {
  const connection = await connect(readConfig());
  try {
    const outcome = await seedGraph(connection.db, prepared.plan, { force: opts.force, progress: progressBar('Writing graph') });
    console.log(outcome.written ? `Seeded ${connection.uri} (hash ${prepared.plan.hash.slice(0, 12)}).` : `The graph already holds this data (hash ${prepared.plan.hash.slice(0, 12)}); nothing written. Use --force to write anyway.`);
    console.log(formatCounts(outcome.counts));
    return 0;
  } finally {
    await connection.close();
  }
}
