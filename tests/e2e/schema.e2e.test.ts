/**
 * The schema page in Debian's Chromium: the counts it shows are graphSummary's, the schema graph
 * (window.__cySchema) has a node per kind and an edge for every relationship pattern loaded
 * (relationship-kinds.ts checked against relationshipPatterns), each labelled with its own count,
 * the examples are the summary's, an example link opens the explorer with that node selected, and
 * the export menu saves the drawing. A screenshot is kept under tests/e2e/screenshots.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, haveBrowser, launchChromium } from '../support/browser.js';
import type cytoscape from 'cytoscape';
import { startTestApp, type TestApp } from '../support/test-app.js';

declare global {
  interface Window {
    __cy?: cytoscape.Core;
    __cySchema?: cytoscape.Core;
  }
}

interface Summary {
  graphSummary: {
    kinds: { kind: string; count: number; example: { id: string; kind: string; label: string } | null }[];
    relationships: { type: string; count: number }[];
    relationshipPatterns: { type: string; fromKind: string; toKind: string; count: number }[];
  };
}

describe.skipIf(!haveBrowser)('schema page in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let summary: Summary['graphSummary'];

  beforeAll(async () => {
    app = await startTestApp();
    const res = await app.query<Summary>(
      '{ graphSummary { kinds { kind count example { id kind label } } relationships { type count } relationshipPatterns { type fromKind toKind count } } }',
    );
    summary = res.data!.graphSummary;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows every kind and relationship type with graphSummary’s count', async () => {
    expect(summary.kinds.length).toBeGreaterThanOrEqual(11);
    await page.goto(`${app.url}/?view=schema`);
    await page.getByTestId('schema-kinds').waitFor();
    for (const { kind, count } of summary.kinds)
      expect([kind, await page.getByTestId(`kind-count-${kind}`).innerText()]).toEqual([kind, String(count)]);
    for (const { type, count } of summary.relationships)
      expect([type, await page.getByTestId(`rel-count-${type}`).innerText()]).toEqual([type, String(count)]);
    await page.waitForFunction(() => (window.__cySchema?.nodes().length ?? 0) > 0);
    expect(await page.getByTestId('schema-kinds').locator('tbody tr').count()).toBe(
      await page.evaluate(() => window.__cySchema!.nodes().length),
    );
  });

  it('draws the schema graph: a node per kind in its count, HAS_ARM from STUDY to ARM', async () => {
    await page.waitForFunction(() => (window.__cySchema?.nodes().length ?? 0) > 0);
    const nodes = await page.evaluate(() =>
      window.__cySchema!.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), count: n.data('count') })),
    );
    for (const { kind, count } of summary.kinds) expect(nodes).toContainEqual({ id: kind, kind, count });
    expect(nodes.length).toBeGreaterThanOrEqual(summary.kinds.length);
    const hasArm = await page.evaluate(() =>
      window
        .__cySchema!.edges('[type = "HAS_ARM"]')
        .map((e) => ({ source: e.source().id(), target: e.target().id(), label: e.data('label') })),
    );
    const count = summary.relationshipPatterns.find((r) => r.type === 'HAS_ARM' && r.fromKind === 'STUDY' && r.toKind === 'ARM')!.count;
    expect(count).toBeGreaterThan(0);
    expect(hasArm).toEqual([{ source: 'STUDY', target: 'ARM', label: `HAS_ARM ${count}` }]);
    const types = await page.evaluate(() => [...new Set(window.__cySchema!.edges().map((e) => e.data('type') as string))].sort());
    expect(types).toEqual(summary.relationships.map((r) => r.type).sort());
    const guideline = await page.evaluate(() => window.__cySchema!.getElementById('GUIDELINE').style('background-color'));
    expect(guideline).toBe('rgb(138,59,0)');
  });

  it('draws every loaded relationship pattern as an edge of the design, labelled with its own count', async () => {
    expect(summary.relationshipPatterns.length).toBeGreaterThan(summary.relationships.length);
    const edges = await page.evaluate(() =>
      window.__cySchema!.edges().map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        count: e.data('count') as number,
        label: e.data('label') as string,
        known: e.data('known') as boolean,
        dashed: e.style('line-style') === 'dashed',
      })),
    );
    for (const p of summary.relationshipPatterns) {
      const edge = edges.find((e) => e.id === `${p.type}:${p.fromKind}->${p.toKind}`);
      // known: relationship-kinds.ts lists this pair of kinds for this type.
      expect([p, edge]).toEqual([
        p,
        {
          id: `${p.type}:${p.fromKind}->${p.toKind}`,
          source: p.fromKind,
          target: p.toKind,
          count: p.count,
          label: `${p.type} ${p.count}`,
          known: true,
          dashed: false,
        },
      ]);
    }
    // A pair of the design with nothing loaded is drawn dashed at 0.
    const loaded = new Set(summary.relationshipPatterns.map((p) => `${p.type}:${p.fromKind}->${p.toKind}`));
    for (const e of edges.filter((x) => !loaded.has(x.id))) expect([e.id, e.count, e.dashed]).toEqual([e.id, 0, true]);
    // Per pair, not per type: CITES has its own count from studies, results, guidelines and observations, adding up to the type's.
    const cites = edges.filter((e) => e.label.startsWith('CITES '));
    expect(new Set(cites.map((e) => e.source))).toEqual(new Set(['STUDY', 'RESULT', 'GUIDELINE', 'OBSERVATION']));
    expect(cites.reduce((n, e) => n + e.count, 0)).toBe(summary.relationships.find((r) => r.type === 'CITES')!.count);
    expect(edges.some((e) => e.label.includes('in all'))).toBe(false);
  });

  it('shows the summary’s example of every kind, of that kind', async () => {
    await page.getByTestId('example-STUDY').waitFor();
    for (const { kind, count, example } of summary.kinds) {
      if (count === 0) continue;
      expect(example?.kind).toBe(kind);
      const link = page.getByTestId(`example-${kind}`);
      expect([kind, await link.getAttribute('title'), (await link.innerText()).trim()]).toEqual([kind, example!.id, example!.label]);
      const res = await app.query<{ node: { kind: string } | null }>('query($id: ID!) { node(id: $id) { kind } }', { id: example!.id });
      expect([kind, res.data!.node?.kind]).toEqual([kind, kind]);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'schema.png') });
  });

  it('saves the schema drawing as GraphML, SVG, Cytoscape JSON and PNG', async () => {
    const save = async (format: string) => {
      await page.getByTestId('export-button').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
      return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
    };
    const graphml = await save('graphml');
    expect(graphml.name).toBe('nen-evidence-schema.graphml');
    const xml = graphml.body.toString('utf8');
    expect(xml).toContain('<node id="STUDY"><data key="n_kind">STUDY</data>');
    expect(xml).toMatch(
      /<edge id="HAS_ARM:STUDY-&gt;ARM" source="STUDY" target="ARM"><data key="e_type">HAS_ARM<\/data><data key="e_label">HAS_ARM \d+<\/data><\/edge>/,
    );
    const svg = (await save('svg')).body.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const drawn = await page.evaluate(() => window.__cySchema!.nodes().length);
    expect(svg.match(/<g class="node"/g)).toHaveLength(drawn);
    const json = JSON.parse((await save('json')).body.toString('utf8')) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect(json.elements.nodes).toHaveLength(drawn);
    expect(json.elements.edges).toHaveLength(await page.evaluate(() => window.__cySchema!.edges().length));
    const png = await save('png');
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(await page.locator('.export-menu-status').innerText()).toMatch(/^Saved nen-evidence-schema\.png \(\d+ nodes, \d+ edges\)\.$/);
  });

  it('opens an example in the explorer with that node on the canvas and selected', async () => {
    const link = page.getByTestId('example-STUDY');
    const id = (await link.getAttribute('title'))!;
    const label = (await link.innerText()).trim();
    await link.click();
    await page.waitForFunction((nodeId) => window.__cy?.getElementById(nodeId).nonempty(), id);
    await page.getByTestId('details-title').filter({ hasText: label }).waitFor();
    expect((await page.getByTestId('details-title').innerText()).trim()).toBe(label);
    expect(new URL(page.url()).searchParams.get('selected')).toBe(id);
  });
});
