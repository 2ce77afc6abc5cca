/** The writing half of `npm run seed`: connect (embedded or NEO4J_URI), load every default source, print counts. */
import { readConfig } from '../../runtime/config.js';
import { connect } from '../../runtime/db/connect.js';
import type { GraphPlan } from './plan/plan-builder.js';
import { formatCounts, loadSources } from './load/default-sources.js';
import { progressBar } from './write/progress-bar.js';

export async function runSeedCommand(plans: GraphPlan[], opts: { force: boolean }): Promise<number> {
  const connection = await connect(readConfig());
  try {
    const outcome = await loadSources(connection.db, plans, { force: opts.force, progress: (label) => progressBar(`Writing ${label}`) });
    for (const plan of plans) {
      const what = `${plan.source.title} (hash ${plan.hash.slice(0, 12)})`;
      console.log(
        outcome.written.includes(plan.loadId)
          ? `Loaded ${what} into ${connection.uri}.`
          : `The graph already holds ${what}; nothing written. Use --force to write anyway.`,
      );
    }
    console.log(formatCounts(outcome.counts));
    return 0;
  } finally {
    await connection.close();
  }
}
