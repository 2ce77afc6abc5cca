/**
 * Seeds a database with a prepared plan unless it already holds data of the same hash:
 * shared by `npm run seed`, `npm start` and the test harness.
 */
import type { Database } from '../../server/src/db/database.js';
import type { GraphPlan } from './plan/plan-graph.js';
import { countGraph, loadedSeedHash, loadedStateOf, writeGraph, type GraphCounts, type Progress } from './write/write-graph.js';

export interface SeedOutcome {
  written: boolean;
  counts: GraphCounts;
}

export async function seedGraph(db: Database, plan: GraphPlan, opts: { force?: boolean; progress?: Progress } = {}): Promise<SeedOutcome> {
  const loaded = await loadedSeedHash(db);
  const written = opts.force === true || loaded !== loadedStateOf(plan);
  if (written) await writeGraph(db, plan, opts.progress);
  return { written, counts: await countGraph(db) };
}

export function formatCounts(counts: GraphCounts): string {
  const lines = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `  ${k.padEnd(20)} ${v}`);
  return ['Nodes:', ...lines(counts.nodes), 'Relationships:', ...lines(counts.relationships)].join('\n');
}
