/**
 * `npm run soak` — the app under steady load: 32 clients (SOAK_CONCURRENCY) send a mix of typical
 * queries back to back for 5 minutes (SOAK_SECONDS) against the real app and the seeded graph.
 * Reports requests, errors by code (the target is zero), latency p50/p99 overall and per query,
 * and the app process's memory at the start and the end, as Markdown for the README.
 */
import { performance } from 'node:perf_hooks';
import { percentile, startBenchApp } from './support/bench-app.js';
import { must } from '../kernel/must.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 32);

/** What researchers and the client ask, weighted by how often (the canvas expands and searches most). */
const MIX: { name: string; weight: number; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'search',
    weight: 4,
    query: 'query($q: String!) { search(query: $q, first: 12) { score node { id kind name } } }',
    variables: { q: 'sunitnib' },
  },
  {
    name: 'expand (neighbourhood, depth 1)',
    weight: 4,
    query:
      '{ neighborhood(id: "population:pan-net", depth: 1, limit: 60) { truncated nodes { id kind label } edges { id type source target } } }',
  },
  {
    name: 'details of a study',
    weight: 3,
    query:
      '{ node(id: "study:radiant-3") { id name ... on Study { arms { label treatments { intervention { name } dose } } results { valueText endpoint { code } arm { label } provenance { quote section } } populations { name } } } }',
  },
  {
    name: 'neighbourhood, depth 2',
    weight: 1,
    query: '{ neighborhood(id: "intervention:everolimus", depth: 2, limit: 500) { nodes { id } edges { id } } }',
  },
  {
    name: 'paths',
    weight: 1,
    query: '{ paths(from: "intervention:sunitinib", to: "study:sanet-p", excludeKinds: [REFERENCE]) { length nodes { id } } }',
  },
  {
    name: 'studies filter',
    weight: 2,
    query:
      '{ studies(filter: { intervention: "intervention:everolimus", population: "population:pan-net" }) { totalCount nodes { id name } } }',
  },
  {
    name: 'compare',
    weight: 2,
    query:
      '{ compare(interventions: ["intervention:everolimus", "intervention:sunitinib", "intervention:surufatinib"], endpoint: "PFS", population: "population:pan-net") { rows { value unit study { name } provenance { quote } } } }',
  },
  {
    name: 'evidence network',
    weight: 1,
    query: '{ evidenceNetwork { nodes { intervention { id name } studyCount } edges { id studies { id } } } }',
  },
];
const DECK = MIX.flatMap((m) => Array(m.weight).fill(m) as typeof MIX);

interface Sample {
  name: string;
  ms: number;
  error?: string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const memory = () => {
  global.gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
};

async function send(url: string, m: (typeof MIX)[number]): Promise<Sample> {
  const t = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: m.query, variables: m.variables ?? {} }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    const ms = performance.now() - t;
    if (res.status !== 200 || body.errors) return { name: m.name, ms, error: body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}` };
    return { name: m.name, ms };
  } catch (e) {
    return { name: m.name, ms: performance.now() - t, error: `network: ${(e as Error).message}` };
  }
}

const app = await startBenchApp();
try {
  for (const m of MIX) await send(app.url, m); // warm-up: plans compiled, caches filled
  const start = memory();
  const samples: Sample[] = [];
  const began = performance.now();
  const end = began + SECONDS * 1000;
  let next = began + 30_000;
  let turn = 0;
  const client = async () => {
    while (performance.now() < end) {
      samples.push(await send(app.url, must(DECK[turn++ % DECK.length], 'a deck of requests')));
      if (performance.now() > next) {
        next += 30_000;
        console.error(
          `  … ${Math.round((performance.now() - began) / 1000)} s: ${samples.length} requests, ${samples.filter((s) => s.error).length} errors, rss ${mb(process.memoryUsage().rss)}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const elapsed = (performance.now() - began) / 1000;
  const finish = memory();

  const f = (n: number) => n.toFixed(1);
  const stats = (list: Sample[]) => {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    return {
      n: list.length,
      errors: list.filter((s) => s.error).length,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      max: ms[ms.length - 1] ?? 0,
    };
  };
  const all = stats(samples);
  const codes = new Map<string, number>();
  for (const s of samples) if (s.error) codes.set(s.error, (codes.get(s.error) ?? 0) + 1);
  console.log(`Soak: ${SECONDS} s at concurrency ${CONCURRENCY}, ${new Date().toISOString().slice(0, 10)}.\n`);
  console.log('| | value |');
  console.log('|---|---:|');
  console.log(`| requests | ${all.n} (${f(all.n / elapsed)}/s) |`);
  console.log(`| errors | ${all.errors}${codes.size ? ` (${[...codes].map(([c, n]) => `${c}: ${n}`).join(', ')})` : ''} |`);
  console.log(`| latency p50 / p99 / max | ${f(all.p50)} / ${f(all.p99)} / ${f(all.max)} ms |`);
  console.log(`| memory (rss / heap used), start | ${mb(start.rss)} / ${mb(start.heap)} |`);
  console.log(`| memory (rss / heap used), end | ${mb(finish.rss)} / ${mb(finish.heap)} |`);
  console.log('\n| Query | requests | errors | p50 (ms) | p99 (ms) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const m of MIX) {
    const s = stats(samples.filter((x) => x.name === m.name));
    console.log(`| ${m.name} | ${s.n} | ${s.errors} | ${f(s.p50)} | ${f(s.p99)} |`);
  }
  process.exitCode = all.errors > 0 ? 1 : 0;
} finally {
  await app.close();
}
