/**
 * `npx tsx bench/canvas-sizes.ts` (after `npm run build:client`): how long the explorer takes to
 * show canvases of about 500, 2,000 and 5,000 elements, in Debian's Chromium. For each size it
 * restores a shared link of real graph nodes (grown breadth-first from GEP-NENs until the nodes
 * and the relationships among them reach the size), once without positions (fetch, add, fcose
 * layout, first frame) and once with the positions the first run wrote into the link (fetch, add,
 * first frame; no layout), reading the explorer's own performance marks. Where the loaded graph
 * has fewer elements than a size, the whole graph is measured and the table says so; the 5,000
 * row is then also measured on the same canvas with synthetic elements (same stylesheet, renderer
 * and layout options). Prints a Markdown table and writes it to /tmp/readme-canvas.md.
 *
 * BENCH_APP_URL=http://127.0.0.1:4000 measures a running app instead of starting one.
 */
import { writeFile } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { startBenchApp } from './support/bench-app.js';

const SIZES = [500, 2000, 5000];
const RUNS = 3;
const OUT = '/tmp/readme-canvas.md';

const app = process.env.BENCH_APP_URL ? { url: process.env.BENCH_APP_URL, close: async () => {} } : await startBenchApp();

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body.data;
}

/** Node ids in breadth-first order from GEP-NENs (depth 3, then more seeds), as many as the API bounds allow. */
async function nodeOrder(): Promise<string[]> {
  const seen = new Set<string>();
  for (const seed of [
    'population:gep-nen',
    'population:pan-net',
    'intervention:everolimus',
    'intervention:lu177-dotatate',
    'endpoint:pfs',
    'population:si-net',
  ]) {
    const d = await gql<{ neighborhood: { nodes: { id: string }[] } }>(
      'query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 1000) { nodes { id } } }',
      { id: seed },
    ).catch(() => null);
    for (const n of d?.neighborhood.nodes ?? []) seen.add(n.id);
    if (seen.size >= 2000) break;
  }
  return [...seen].slice(0, 2000);
}

const elementsOf = async (ids: string[]) =>
  ids.length +
  (await gql<{ subgraph: { edges: unknown[] } }>('query($ids: [ID!]!) { subgraph(ids: $ids) { edges { id } } }', { ids })).subgraph.edges
    .length;

/** The shortest prefix of `order` whose nodes and edges reach `target` elements (the whole order when none does). */
async function prefixFor(order: string[], target: number): Promise<{ ids: string[]; elements: number }> {
  let lo = 1;
  let hi = order.length;
  if ((await elementsOf(order)) < target) return { ids: order, elements: await elementsOf(order) };
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await elementsOf(order.slice(0, mid))) >= target) hi = mid;
    else lo = mid + 1;
  }
  const ids = order.slice(0, lo);
  return { ids, elements: await elementsOf(ids) };
}

interface Timing {
  firstRender: number;
  layout: number | null;
  elements: number;
  webgl: boolean;
  link: string;
}

/** Opens a link in a fresh page and reads the explorer's marks (ms since navigation start). */
async function restore(page: Page, search: string, nodes: number): Promise<Timing> {
  await page.goto(`${app.url}/`);
  await page.evaluate((s) => window.history.replaceState(null, '', `/?${s}`), search);
  await page.reload();
  await page
    .waitForFunction((n) => (window as any).__cy?.nodes().length >= n, nodes, { timeout: Number(process.env.WAIT_MS ?? 300_000) })
    .catch(async (e: Error) => {
      const held = await page.evaluate(() => [(window as any).__cy?.nodes().length ?? null, location.search.length]);
      throw new Error(`expected ${nodes} nodes on the canvas, it holds ${held[0]} (link of ${held[1]} characters): ${e.message}`);
    });
  await page.waitForFunction(
    () => performance.getEntriesByName('explorer:first-render').length > 0 && !document.querySelector('[data-testid="busy"]'),
    null,
    { timeout: 300_000 },
  );
  return page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const start = mark('explorer:layout-start');
    const done = mark('explorer:layout-done');
    const cy = (window as any).__cy;
    return {
      firstRender: mark('explorer:first-render')!,
      layout: start !== null && done !== null ? done - start : null,
      elements: cy.elements().length,
      webgl: cy.renderer().webgl === true,
      link: location.search.slice(1),
    };
  });
}

/** The same canvas with `n` synthetic elements (a third of them nodes, on a random grid): first frame and fcose layout. */
async function synthetic(page: Page, n: number): Promise<{ firstRender: number; layout: number; webgl: boolean }> {
  return page.evaluate(async (count) => {
    const cy = (window as any).__cy;
    const nodes = Math.round(count / 3);
    const els: any[] = [];
    for (let i = 0; i < nodes; i++)
      els.push({
        group: 'nodes',
        data: { id: `n${i}`, kind: 'STUDY', label: `Synthetic ${i}` },
        position: { x: (i % 60) * 40, y: Math.floor(i / 60) * 40 },
      });
    for (let i = 0; i < count - nodes; i++)
      els.push({
        group: 'edges',
        data: { id: `e${i}`, source: `n${i % nodes}`, target: `n${(i * 7 + 1 + Math.floor(i / nodes)) % nodes}`, type: 'SYNTHETIC' },
      });
    cy.elements().remove();
    const t0 = performance.now();
    cy.add(els);
    // Two animation frames: the one that draws the added elements has run (Cytoscape's WebGL renderer emits no 'render').
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const firstRender = performance.now() - t0;
    const t1 = performance.now();
    cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeRepulsion: () => 8000,
      idealEdgeLength: () => 90,
      nodeSeparation: 60,
      // As the explorer lays out a canvas this big (client/src/graph/layout.ts, LARGE_LAYOUT_NODES).
      initialEnergyOnIncremental: 0.1,
    }).run();
    return { firstRender, layout: performance.now() - t1, webgl: cy.renderer().webgl === true };
  }, n);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number | null) => (x === null ? '–' : `${Math.round(x)}`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const order = await nodeOrder();
  const rows: string[] = [];
  let bigPage: Page | null = null;
  for (const size of SIZES) {
    const { ids, elements } = await prefixFor(order, size);
    const fresh: Timing[] = [];
    const placed: Timing[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // tsx compiles this file with esbuild's keepNames, which wraps the functions handed to
      // page.evaluate in a __name(...) helper that only exists in Node: give the page one.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      // Encoded as the app writes links: a raw '+' in an id (`…-everolimus-+-octreotide-…`) would read as a space.
      const first = await restore(page, new URLSearchParams({ nodes: ids.join(',') }).toString(), ids.length);
      fresh.push(first);
      placed.push(await restore(page, first.link, ids.length));
      if (run === RUNS - 1 && size === SIZES[SIZES.length - 1]) bigPage = page;
      else await page.close();
    }
    const note = elements < size ? ` (the whole loaded graph: ${elements} elements)` : '';
    rows.push(
      `| ${size.toLocaleString('en')}${note} | ${ids.length} | ${fresh[0]!.elements} | ${fresh[0]!.webgl ? 'WebGL' : 'canvas'} | ${ms(median(fresh.map((t) => t.firstRender)))} | ${ms(median(fresh.map((t) => t.layout ?? 0)))} | ${ms(median(placed.map((t) => t.firstRender)))} |`,
    );
    console.log(rows[rows.length - 1]);
    if (size === SIZES[SIZES.length - 1] && elements < size && bigPage) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await synthetic(bigPage, size));
      rows.push(
        `| 5,000 synthetic (same canvas, no API) | ${Math.round(size / 3)} | ${size} | ${runs[0]!.webgl ? 'WebGL' : 'canvas'} | ${ms(median(runs.map((r) => r.firstRender)))} (add + first frame) | ${ms(median(runs.map((r) => r.layout)))} | – |`,
      );
      console.log(rows[rows.length - 1]);
    }
    await bigPage?.close();
    bigPage = null;
  }
  const table = [
    '| Size asked | Nodes | Elements on the canvas | Renderer | Link without positions: first frame after layout (ms) | of which fcose layout (ms) | Link with positions: first frame (ms) |',
    '|---|---:|---:|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
  const text = `Canvas benchmark (\`npx tsx bench/canvas-sizes.ts\`, Debian's Chromium headless, median of ${RUNS} runs, ms since the page started loading, on this 2-core machine with no GPU: WebGL is Chromium's software SwiftShader):\n\n${table}\n`;
  console.log(`\n${text}`);
  await writeFile(OUT, text);
} finally {
  await browser.close();
  await app.close();
}
