/**
 * The review source's stages in order: read → validate → plan. Writing is shared by every source
 * (write/write-graph.ts) and is the only stage that needs a database.
 */
import { readSeedFiles } from './read-seed-files.js';
import { validateSeed, type ValidFile } from './validate-seed.js';
import { SeedValidationError } from '../validate/problem.js';
import { planGraph } from './plan-review.js';
import type { GraphPlan } from '../plan/plan-builder.js';

export interface PreparedSeed {
  files: ValidFile[];
  plan: GraphPlan;
}

/** Reads and validates every file of `dataDir`, then plans the graph; throws with every problem found. */
export async function prepareSeed(dataDir: string): Promise<PreparedSeed> {
  const raw = await readSeedFiles(dataDir);
  const { files, problems } = validateSeed(raw);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { files, plan: planGraph(files) };
}
