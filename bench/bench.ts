/**
 * `npm run bench [-- --quick] [--scales review,10000] [--systems api,raw] [--ops node,studies] [--concurrency 1,32]`
 *
 * Side by side and interleaved, per operation at concurrency 1 and 32: the project's API over HTTP
 * (startApp), the raw floor (the API's repositories in one READ transaction per request, no
 * GraphQL) and the peer, @neo4j/graphql, over the same database. At the review's data and at
 * synthetic registries of 10k, 100k and 600k studies loaded beside it with the project's own
 * importer, as a first load through Neo4j's bulk importer (`--loader chunked`: the chunked Cypher
 * importer), whose time and peak RSS are reported too. Each scale gets a fresh Neo4j of its
 * own; every system runs in a process of its own; requests only go to 127.0.0.1 and every loop is
 * bounded in count and time; before every warm-up and slice, transactions still running in Neo4j
 * (requests the client gave up on) are ended. Writes bench/results/<date>.json and .md (the README's tables).
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../runtime/config.js';
import { NEO4J_VERSION, PROJECT_ROOT } from '../runtime/neo4j/paths.js';
import { writeSyntheticRegistry } from '../seed/src/synthetic/write-registry.js';
import { startChild, type Child } from './harness/children.js';
import { describeMachine } from './harness/machine.js';
import { benchHome, startBenchNeo4j, type BenchNeo4j } from './harness/neo4j.js';
import { requestFor, sizeOfAnswer, type OperationName, type SystemName, type Targets } from './harness/operations.js';
import { BUDGETS, parseBenchArgs, USAGE, type BenchOptions, type Budget } from './harness/options.js';
import { markdownOf, writeResults, type BenchResults, type LoadRecord } from './harness/report.js';
import { percentile, runLoop } from './harness/request-loop.js';
import { chooseTargets } from './harness/targets.js';
import { settleNeo4j } from './harness/settle.js';
import neo4j, { type Driver } from 'neo4j-driver';
import type { LoadChildReport } from './loader/load-child.js';
import { createDatabase } from '../runtime/db/database.js';
import { finishBulkLoad } from '../seed/src/bulk/bulk-import.js';
import { must } from '../kernel/must.js';

const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench/results');
const started = Date.now();
const log = (line: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
const loadAverage = () => Math.round(must(os.loadavg()[0], 'os.loadavg() gives three averages') * 100) / 100;
/** Hundredths of a millisecond: at 1-3 ms, tenths made API/raw ratios move by 5-8% per step. */
const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The synthetic registry of a scale, generated once and kept (same seed, same bytes). */
async function syntheticRegistry(
  home: string,
  studies: number,
  seed: number,
): Promise<{ file: string; generated?: LoadRecord['generated'] }> {
  const file = path.join(home, 'registries', `synthetic-${studies}-seed${seed}.zip`);
  if (await stat(file).catch(() => null)) return { file };
  log(`Generating ${studies.toLocaleString('en')} synthetic studies (seed ${seed}) into ${path.relative(PROJECT_ROOT, file)}…`);
  const t0 = Date.now();
  const report = await writeSyntheticRegistry({ studies, seed, out: file });
  return { file, generated: { seconds: (Date.now() - t0) / 1000, fileMb: report.fileBytes / 2 ** 20, jsonMb: report.jsonBytes / 2 ** 20 } };
}

async function runLoader(args: string[], env: Record<string, string>): Promise<LoadChildReport> {
  const child = startChild('bench/loader/load-child.ts', args, env, (line) => log(`  loader: ${line}`));
  const report = (await child.lastJson) as LoadChildReport | undefined;
  return report ?? { ok: false, seconds: 0, maxRssMb: 0, exitCode: 1, lines: [], error: 'the loader ended without a report (killed?)' };
}

type LoadOutcome = LoadChildReport & { stages?: LoadRecord['bulk'] };

async function chunkedLoad(file: string, env: Record<string, string>): Promise<LoadOutcome> {
  log('Importing the synthetic studies with the ClinicalTrials.gov importer, in chunks…');
  return runLoader(['registry', file], env);
}

/**
 * `import:ctgov --bulk`'s stages, timed as one load: the child builds the new database beside the
 * served one; the bench (which owns the server) swaps it in, restarts it and writes its indexes and markers.
 */
async function bulkLoad(file: string, neo: BenchNeo4j, env: Record<string, string>): Promise<LoadOutcome> {
  log("Importing the synthetic studies with Neo4j's bulk importer (import:ctgov --bulk)…");
  const build = await runLoader(['bulk', file, neo.dir], env);
  if (!build.ok || !build.bulk) return build;
  const t = performance.now();
  await neo.swapInBulkDatabase();
  const db = createDatabase({ uri: neo.uri, username: neo.username, password: neo.password, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await finishBulkLoad(db, build.bulk);
  } finally {
    await db.close();
  }
  const swapAndIndexSeconds = (performance.now() - t) / 1000;
  return {
    ...build,
    seconds: build.seconds + swapAndIndexSeconds,
    stages: {
      csvSeconds: build.bulk.planSeconds,
      importerSeconds: build.bulk.importerSeconds,
      swapAndIndexSeconds,
      importerMaxRssMb: build.bulk.importerMaxRssMb,
    },
  };
}

async function startSystem(system: SystemName, env: Record<string, string>): Promise<{ child: Child; url: string }> {
  const child = startChild('bench/systems/serve.ts', [system], env, (line) => log(`  ${system}: ${line}`));
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${system} did not start within 180 s`)), 180_000).unref(),
  );
  const { url } = (await Promise.race([child.firstJson, timeout])) as { url: string };
  return { child, url };
}

interface Accumulated {
  latencies: number[];
  errors: number;
  samples: string[];
  wallMs: number;
}

/** Ends what earlier requests left running in Neo4j, and says so when there was any. */
async function settleAndSay(neo: Driver): Promise<void> {
  const ended = await settleNeo4j(neo);
  if (ended === null) log('  could not list the transactions running in Neo4j (10 tries); measuring anyway');
  else if (ended > 0) log(`  ended ${ended} transaction${ended === 1 ? '' : 's'} still running in Neo4j from earlier requests`);
}

/** One operation at one concurrency: warm-up, then `rounds` interleaved slices per system. */
async function measure(
  op: OperationName,
  concurrency: number,
  urls: Map<SystemName, string>,
  targets: Targets,
  budget: Budget,
  neo: Driver,
): Promise<Map<SystemName, Accumulated>> {
  const systems = [...urls.keys()];
  // Every warm-up and slice starts on a Neo4j that runs nothing left over from the one before.
  const settle = () => settleAndSay(neo);
  const sent = new Map<SystemName, number>(systems.map((s) => [s, 0]));
  const check = (sys: SystemName) => (_status: number, body: unknown) => sizeOfAnswer(sys, op, body);
  const loop = async (sys: SystemName, maxRequests: number, maxMs: number) => {
    const offset = sent.get(sys)!;
    const result = await runLoop(
      urls.get(sys)!,
      concurrency,
      { maxRequests, maxMs, timeoutMs: budget.timeoutMs },
      (k) => requestFor(sys, op, targets, offset + k),
      check(sys),
    );
    sent.set(sys, offset + result.latencies.length + result.errors);
    return result;
  };
  for (const sys of systems) {
    await settle();
    await loop(sys, Math.max(budget.warmupRequests, concurrency), budget.warmupMs);
  }
  const acc = new Map<SystemName, Accumulated>(systems.map((s) => [s, { latencies: [], errors: 0, samples: [], wallMs: 0 }]));
  for (let round = 0; round < budget.rounds; round++) {
    // Each round starts with the next system, so none always runs first (or right after another's burst).
    const shift = round % systems.length;
    for (const sys of [...systems.slice(shift), ...systems.slice(0, shift)]) {
      await settle();
      const r = await loop(sys, concurrency * budget.sliceRequestsPerWorker, budget.sliceMs);
      const a = acc.get(sys)!;
      a.latencies.push(...r.latencies);
      a.errors += r.errors;
      a.wallMs += r.wallMs;
      for (const s of r.errorSamples) if (a.samples.length < 3) a.samples.push(s);
    }
  }
  return acc;
}

async function measureScale(
  synthetic: number,
  o: BenchOptions,
  budget: Budget,
  results: BenchResults,
  save: () => Promise<void>,
): Promise<void> {
  const config = readConfig();
  const name = synthetic === 0 ? 'review' : `synthetic-${synthetic}`;
  log(`== ${synthetic === 0 ? "The review's data" : `${synthetic.toLocaleString('en')} synthetic studies beside the review`}`);
  const neo: BenchNeo4j = await startBenchNeo4j(config, name, log);
  const systems: { system: SystemName; child: Child; url: string }[] = [];
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
  try {
    const env = { NEO4J_URI: neo.uri, NEO4J_USERNAME: neo.username, NEO4J_PASSWORD: neo.password, RATE_LIMIT_PER_MINUTE: '0' };
    // All three systems as deployed (npm start): graphql-js without its development-only checks.
    const systemEnv = { ...env, NODE_ENV: 'production' };
    log('Loading the review and the shipped registry records…');
    const review = await runLoader(['defaults'], env);
    if (!review.ok) throw new Error(`loading the review failed: ${review.error ?? review.lines.join(' ')}`);
    let facts = await chooseTargets(neo);
    if (synthetic === 0) {
      results.loads.push({
        scale: facts.studiesInGraph,
        data: 'review',
        studies: facts.studiesInGraph,
        seconds: review.seconds,
        studiesPerSecond: facts.studiesInGraph / review.seconds,
        maxRssMb: review.maxRssMb,
        ok: true,
        lines: review.lines,
      });
    } else {
      const { file, generated } = await syntheticRegistry(benchHome(config), synthetic, o.seed);
      const load = o.loader === 'bulk' ? await bulkLoad(file, neo, env) : await chunkedLoad(file, env);
      const lines = load.error ? [...load.lines, load.error] : load.lines;
      results.loads.push({
        scale: synthetic,
        data: 'synthetic',
        studies: synthetic,
        seconds: load.seconds,
        studiesPerSecond: load.ok ? synthetic / load.seconds : null,
        maxRssMb: load.maxRssMb,
        ok: load.ok,
        lines,
        generated,
        loader: o.loader,
        ...(load.stages ? { bulk: load.stages } : {}),
      });
      log(
        `  ${load.ok ? 'Loaded' : 'FAILED'} in ${load.seconds.toFixed(1)} s, loader peak RSS ${Math.round(load.maxRssMb)} MB${load.ok ? '' : `: ${lines.slice(-2).join(' ')}`}`,
      );
      if (!load.ok) {
        results.scales.push({
          scale: synthetic,
          studiesInGraph: facts.studiesInGraph,
          hub: null,
          skipped: `the import failed after ${load.seconds.toFixed(0)} s: ${lines.slice(-1)[0] ?? 'no message'}`,
        });
        await save();
        return;
      }
      facts = await chooseTargets(neo);
    }
    const scale = synthetic === 0 ? facts.studiesInGraph : synthetic;
    const { targets } = facts;
    results.scales.push({ scale, studiesInGraph: facts.studiesInGraph, hub: targets.hub });
    log(
      `Graph: ${facts.studiesInGraph.toLocaleString('en')} studies; largest hub ${targets.hub.id} (${targets.hub.degree.toLocaleString('en')} relationships).`,
    );

    for (const system of o.systems) systems.push({ system, ...(await startSystem(system, systemEnv)) });
    const loadAverageStart = loadAverage();
    const urls = new Map(systems.map((s) => [s.system, s.url]));

    // A system whose first request of an operation failed is not measured on it. A failure is most
    // often a timeout, and the timed-out statement may run on in Neo4j: the peer's SHORTEST paths at
    // 100k ran for over 20 minutes, past their termination, and 32 more would load every later
    // measurement of every system.
    const failedFirst = new Map<OperationName, Map<SystemName, string>>();
    for (const op of o.ops) {
      const sizes: Partial<Record<SystemName, number | string>> = {};
      for (const s of systems) {
        await settleAndSay(driver);
        let size: number | string = 'no answer';
        const first = await runLoop(
          s.url,
          1,
          { maxRequests: 1, maxMs: 60_000, timeoutMs: budget.timeoutMs },
          (k) => requestFor(s.system, op, targets, k),
          (_status, body) => {
            const a = sizeOfAnswer(s.system, op, body);
            size = 'error' in a ? `error: ${a.error}` : a.size;
            return a;
          },
        );
        if (typeof size !== 'number' && first.errorSamples[0]) size = `error: ${first.errorSamples[0]}`;
        sizes[s.system] = size;
        if (first.errors > 0) {
          failedFirst.set(op, new Map([...(failedFirst.get(op) ?? []), [s.system, String(size)]]));
          log(`  ${s.system} failed its first ${op} request (${String(size).slice(0, 120)}): it is not measured on ${op} at this scale`);
        }
      }
      results.answers.push({ scale, op, sizes });
    }

    for (const op of o.ops) {
      for (const concurrency of o.concurrencies) {
        const skipped = failedFirst.get(op) ?? new Map<SystemName, string>();
        const measured = new Map([...urls].filter(([system]) => !skipped.has(system)));
        const acc =
          measured.size > 0 ? await measure(op, concurrency, measured, targets, budget, driver) : new Map<SystemName, Accumulated>();
        for (const [system, failure] of skipped) {
          const sample = `not measured: its first ${op} request failed (${failure.slice(0, 200)})`;
          acc.set(system, { latencies: [], errors: 1, samples: [sample], wallMs: 0 });
        }
        const parts: string[] = [];
        for (const [system, a] of acc) {
          const row = {
            scale,
            system,
            op,
            concurrency,
            p50: round2(percentile(a.latencies, 50)),
            p99: round2(percentile(a.latencies, 99)),
            rps: round2(a.wallMs > 0 ? a.latencies.length / (a.wallMs / 1000) : 0)!,
            errors: a.errors,
          };
          results.rows.push(row);
          if (a.samples.length > 0) results.errors.push({ scale, system, op, concurrency, samples: a.samples });
          parts.push(`${system} ${row.p50 ?? '-'}/${row.p99 ?? '-'} ms ${row.rps}/s${row.errors ? ` ${row.errors} errors` : ''}`);
        }
        log(`${op} c=${concurrency}: ${parts.join(' | ')}`);
      }
      await save();
    }
    must(results.scales.at(-1), 'this scale was recorded above').loadAverage = { start: loadAverageStart, end: loadAverage() };
  } catch (e) {
    log(`Scale ${name} stopped: ${(e as Error).message}`);
    if (!results.scales.some((s) => s.scale === synthetic))
      results.scales.push({ scale: synthetic, studiesInGraph: 0, hub: null, skipped: (e as Error).message });
    else must(results.scales.at(-1), 'some scale is recorded').skipped ??= `stopped: ${(e as Error).message}`;
  } finally {
    await Promise.all(systems.map((s) => s.child.stop()));
    await driver.close();
    await neo.stopAndDelete();
    await save();
  }
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  // Ctrl-C: exiting runs the exit hooks that stop the systems, the loader and the bench's Neo4j.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the bench; results so far are in bench/results.`);
      process.exit(130);
    });
  }
  const config = readConfig();
  if (config.external) log('NEO4J_URI is set; the bench ignores it and starts Neo4j instances of its own (it loads and deletes data).');
  const budget = BUDGETS[options.quick ? 'quick' : 'full'];
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    mode: options.quick ? 'quick' : 'full',
    machine: describeMachine({ version: NEO4J_VERSION, heap: config.embedded.heap, pageCache: config.embedded.pageCache }),
    scales: [],
    loads: [],
    answers: [],
    rows: [],
    errors: [],
  };
  let base: string | undefined;
  const save = async () => {
    base = await writeResults(RESULTS_DIR, results, base);
  };
  for (const scale of options.scales) await measureScale(scale, options, budget, results, save);
  await save();
  console.log(markdownOf(results));
  log(`Results: ${path.relative(process.cwd(), path.join(RESULTS_DIR, `${base}.json`))} and .md`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
