/**
 * Benchmarks run against the real app (startApp): the configured Neo4j (embedded by default,
 * started here if needed, with the default sources loaded) and the HTTP server on a free port.
 */
import { readConfig } from '../../runtime/config.js';
import { prepareDefaultSources } from '../../seed/src/load/default-sources.js';
import { startApp } from '../../server/app/start-app.js';
import { must } from '../../kernel/must.js';

export async function startBenchApp(): Promise<{ url: string; close(): Promise<void> }> {
  const config = readConfig();
  const { plans } = await prepareDefaultSources({ reviewDir: config.seedDataDir, registryDir: config.registryDataDir });
  return startApp({ config: { ...config, host: '127.0.0.1' }, plans, port: 0, log: () => {} });
}

export function percentile(sorted: number[], p: number): number {
  return must(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))], 'the percentile of no samples');
}
