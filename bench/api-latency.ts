/**
 * `npm run bench:api` — latency of typical API requests over HTTP against the seeded graph,
 * sequential then with 8 concurrent clients. Reports p50/p95/max in ms per query.
 */
import { performance } from 'node:perf_hooks';
import { percentile, startBenchApp } from './support/bench-app.js';
import { must } from '../kernel/must.js';

const QUERIES: Record<string, string> = {
  'search "sunitnib"': '{ search(query: "sunitnib") { score node { id } } }',
  'node RADIANT-3 with results':
    '{ node(id: "study:radiant-3") { ... on Study { results { value endpoint { code } arm { label } provenance { quote } } } } }',
  'neighborhood Pan-NETs depth 2': '{ neighborhood(id: "population:pan-net", depth: 2, limit: 500) { nodes { id } edges { id } } }',
  'paths sunitinib → SANET-p': '{ paths(from: "intervention:sunitinib", to: "study:sanet-p", excludeKinds: [REFERENCE]) { length } }',
  'studies everolimus in Pan-NETs':
    '{ studies(filter: { intervention: "intervention:everolimus", population: "population:pan-net" }) { totalCount nodes { id } } }',
  'compare PFS in Pan-NETs':
    '{ compare(interventions: ["intervention:everolimus", "intervention:sunitinib", "intervention:surufatinib"], endpoint: "PFS", population: "population:pan-net") { rows { value } } }',
};

const ROUNDS = 60;
const CONCURRENCY = 8;

async function time(url: string, query: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - t;
}

const app = await startBenchApp();
try {
  console.log(`| Query | sequential p50 | p95 | ${CONCURRENCY} concurrent p50 | p95 | max |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, query] of Object.entries(QUERIES)) {
    for (let i = 0; i < 10; i++) await time(app.url, query); // warm-up: plans cached, JIT warm
    const seq: number[] = [];
    for (let i = 0; i < ROUNDS; i++) seq.push(await time(app.url, query));
    const conc: number[] = [];
    for (let i = 0; i < ROUNDS / CONCURRENCY; i++)
      conc.push(...(await Promise.all(Array.from({ length: CONCURRENCY }, () => time(app.url, query)))));
    seq.sort((a, b) => a - b);
    conc.sort((a, b) => a - b);
    const f = (n: number) => n.toFixed(1);
    console.log(
      `| ${name} | ${f(percentile(seq, 50))} | ${f(percentile(seq, 95))} | ${f(percentile(conc, 50))} | ${f(percentile(conc, 95))} | ${f(must(conc.at(-1), 'the concurrent requests were timed'))} |`,
    );
  }
} finally {
  await app.close();
}
