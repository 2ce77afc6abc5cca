/**
 * The seed pipeline's stages in order: read → validate → plan. Writing is separate
 * (write/write-graph.ts) because only it needs a database.
 */
import { readSeedFiles } from './read/read-seed-files.js';
import { validateSeed, type ValidFile } from './validate/validate-seed.js';
import { SeedValidationError } from './validate/problem.js';
import { planGraph, type GraphPlan } from './plan/plan-graph.js';

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
