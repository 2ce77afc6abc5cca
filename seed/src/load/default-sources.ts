/**
 * What `npm start`, `npm run seed`, the tests and the benchmarks load: the curated review, then
 * the registry records shipped with it (they link to the review's vocabulary, so they come
 * second). Each is validated before anything is written and loaded only when it changed.
 */
import type { Database } from '../../../runtime/db/database.js';
import type { GraphCounts } from '../../../runtime/graph-meta.js';
import type { GraphPlan } from '../plan/plan-builder.js';
import { prepareSeed, type PreparedSeed } from '../review/pipeline.js';
import { loadPlan, type Progress } from '../write/write-graph.js';
import { prepareShippedRegistry, type PreparedRegistry } from '../ctgov/pipeline.js';
import { vocabularyFromPlans } from '../ctgov/resolve.js';
import { DEFAULT_REGISTRY_DIR } from '../ctgov/registry-dir.js';

export interface DefaultSourcePaths {
  /** The curated review's YAML folder. */
  reviewDir: string;
  /** The registry records shipped with the project (Config.registryDataDir); seed/registry/records when not given. */
  registryDir?: string;
  /** The curated review-to-registry links; `links.yaml` beside the registry folder when not given. */
  registryLinksFile?: string;
}

export interface PreparedSources {
  /** The review's validated files (for reports and the provenance check). */
  review: PreparedSeed;
  /** The shipped registry records, planned with the review's vocabulary. */
  registry: PreparedRegistry;
  /** Every default source's plan, in the order they load. */
  plans: GraphPlan[];
}

/** Plans every default source; throws (a SeedValidationError) with every problem found before anything is written. */
export async function prepareDefaultSources(paths: DefaultSourcePaths): Promise<PreparedSources> {
  const review = await prepareSeed(paths.reviewDir);
  const registry = await prepareShippedRegistry(
    paths.registryDir ?? DEFAULT_REGISTRY_DIR,
    vocabularyFromPlans([review.plan]),
    paths.registryLinksFile,
  );
  return { review, registry, plans: [review.plan, registry.plan] };
}

export interface SourcesOutcome {
  /** The load ids written (unchanged ones are skipped). */
  written: string[];
  counts: GraphCounts;
}

export async function loadSources(
  db: Database,
  plans: GraphPlan[],
  opts: { force?: boolean; progress?: (label: string) => Progress } = {},
): Promise<SourcesOutcome> {
  const written: string[] = [];
  let counts: GraphCounts = { nodes: {}, relationships: {} };
  for (const plan of plans) {
    const outcome = await loadPlan(db, plan, { force: opts.force, progress: opts.progress?.(plan.source.title) });
    if (outcome.written) written.push(plan.loadId);
    counts = outcome.counts;
  }
  return { written, counts };
}

export function formatCounts(counts: GraphCounts): string {
  const lines = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `  ${k.padEnd(20)} ${v}`);
  return ['Nodes:', ...lines(counts.nodes), 'Relationships:', ...lines(counts.relationships)].join('\n');
}
