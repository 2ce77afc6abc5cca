/**
 * Exports other tools open, and paths that mean something (issue 10), in Debian's Chromium: the
 * Cytoscape JSON (`{"elements": {...}}`) and GraphML of a canvas are read back by NetworkX through
 * python3 (an independent parser) with exactly the canvas's nodes and edges, "+N" groups as nodes
 * naming what they leave out, and every property (design, phase, values, quotes); the SVG draws the
 * evidence borders and every label whole. The first path from sunitinib to SANET-p goes through a
 * population, target or biomarker, never Placebo or an endpoint; paths show their relationship
 * types and can avoid a single node.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { canvasState, clickNode, haveNetworkx, readWithNetworkx, settled } from './explorer-helpers.js';

if (haveBrowser && !haveNetworkx() && process.env.CI) {
  throw new Error('The export tests read files back with NetworkX: python3 with networkx (apt-get install python3-networkx) is needed.');
}

const SLOW = 240_000;

describe.skipIf(!haveBrowser || !haveNetworkx())('exports and paths in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function save(format: 'json' | 'graphml' | 'svg'): Promise<{ file: string; text: string; name: string }> {
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId(`export-${format}`).click(),
    ]);
    const file = (await download.path())!;
    return { file, text: await readFile(file, 'utf8'), name: download.suggestedFilename() };
  }

  it(
    'exports exactly what the canvas holds, read back by NetworkX, groups named and every property kept',
    async () => {
      await page.goto(`${app.url}/?nodes=population:pan-net`);
      await page.waitForFunction(() => window.__cy?.getElementById('population:pan-net').nonempty(), null, { timeout: 60_000 });
      await clickNode(page, 'population:pan-net');
      await page.waitForFunction(() => window.__cy!.nodes('.group').length > 0, null, { timeout: 90_000 });
      await settled(page);
      // Hide one study: hidden nodes are not on the canvas, so not in the export.
      const studies = (await canvasState(page)).nodes.filter((id) => id.startsWith('study:'));
      const hidden = studies[0]!;
      const hiddenLabel = await page.evaluate((id) => String(window.__cy!.getElementById(id).data('fullLabel')), hidden);
      await page.getByRole('button', { name: `Actions for ${hiddenLabel}`, exact: true }).click();
      await page.getByRole('menuitem', { name: 'Hide' }).click();
      await page.waitForFunction((id) => window.__cy!.getElementById(id).hasClass('hidden'), hidden);
      const canvas = await page.evaluate(() => {
        const shown = window.__cy!.elements(':visible');
        return {
          nodes: shown.nodes().length,
          edges: shown.edges().length,
          groups: shown.nodes('.group').map((n) => ({ id: n.id(), count: n.data('count') as number })),
          kinds: shown.nodes().map((n) => String(n.data('kind'))),
        };
      });
      expect(canvas.groups.length).toBe(1);
      const study = (await canvasState(page)).nodes.find((id) => id.startsWith('study:') && id !== hidden)!;
      const result = (await canvasState(page)).nodes.find((id) => id.startsWith('result:'))!;
      const api = (
        await app.query<{ s: { design: string; phase: string | null }; r: { value: number | null; provenance: { quote: string } } }>(
          'query($s: ID!, $r: ID!) { s: node(id: $s) { ... on Study { design phase } } r: node(id: $r) { ... on Result { value provenance { quote } } } }',
          { s: study, r: result },
        )
      ).data!;
      const pick = [
        { node: study, key: 'design' },
        { node: result, key: 'quote' },
        { node: result, key: 'value' },
        { node: canvas.groups[0]!.id, key: 'leftOut' },
      ];

      const json = await save('json');
      expect(json.name).toBe('nen-evidence-graph.cyjs');
      const parsed = JSON.parse(json.text) as { elements: { nodes: unknown[]; edges: unknown[] } };
      expect(Object.keys(parsed.elements)).toEqual(['nodes', 'edges']);
      const fromJson = readWithNetworkx(json.file, 'cyjs', pick);
      expect([fromJson.nodes, fromJson.edges]).toEqual([canvas.nodes, canvas.edges]);
      expect(fromJson.kinds.GROUP).toBe(1);
      expect(fromJson.picked[`${study}|design`]).toBe(api.s.design);
      expect(fromJson.picked[`${result}|quote`]).toBe(api.r.provenance.quote);
      expect(fromJson.picked[`${canvas.groups[0]!.id}|leftOut`]).toMatch(
        new RegExp(`^${canvas.groups[0]!.count} neighbours of kind POPULATION of population:pan-net are not on the canvas$`),
      );
      expect(JSON.stringify(parsed)).not.toContain(hidden);

      const graphml = await save('graphml');
      const fromGraphml = readWithNetworkx(graphml.file, 'graphml', pick);
      expect([fromGraphml.nodes, fromGraphml.edges]).toEqual([canvas.nodes, canvas.edges]);
      expect(fromGraphml.kinds).toEqual(fromJson.kinds);
      expect(fromGraphml.picked[`${study}|design`]).toBe(api.s.design);
      expect(fromGraphml.picked[`${result}|quote`]).toBe(api.r.provenance.quote);
      // Typed keys: a value reads back as a number.
      if (typeof api.r.value === 'number') expect(fromGraphml.picked[`${result}|value`]).toBe(api.r.value);
      expect(graphml.text).not.toContain(hidden);
      expect(await page.getByTestId('export-status').innerText()).toMatch(
        /^Saved nen-evidence-graph\.graphml \(\d+ nodes, \d+ edges; 1 of the nodes are “\+N” groups standing for neighbours not on the canvas\)\.$/,
      );

      const svg = await save('svg');
      expect(svg.text.match(/<g class="node/g)).toHaveLength(canvas.nodes);
      expect(svg.text.match(/class="level-border"/g)).toHaveLength(canvas.kinds.filter((k) => k === 'STUDY').length);
      expect(svg.text).toContain('<g class="node group"');
      // Every label whole: the text of each node, its lines joined, is its full name.
      const labels = await page.evaluate(() =>
        window
          .__cy!.nodes(':visible')
          .not('.group')
          .map((n) => ({ id: n.id(), full: String(n.data('fullLabel')) })),
      );
      for (const { id, full } of labels) {
        const g = new RegExp(
          `<g class="node" data-id="${id.replace(/[.+]/g, '\\$&')}"[^>]*>.*?<text [^>]*class="node-label">(.*?)</text>`,
        ).exec(svg.text);
        const text = g![1]!
          .replace(/<tspan[^>]*>/g, ' ')
          .replace(/<\/tspan>/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        const unescape = (s: string) =>
          s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
        expect([id, unescape(text)]).toEqual([id, full.replace(/\s+/g, ' ').trim()]);
      }
      expect(svg.text).not.toContain('…</tspan>');
    },
    SLOW,
  );

  it(
    'finds paths most specific first: through a population, target or biomarker, not Placebo or an endpoint; avoids a chosen node',
    async () => {
      await page.goto(app.url);
      await page.getByTestId('path-from').fill('sunitinib');
      await page
        .getByRole('option', { name: /Sunitinib$/ })
        .first()
        .waitFor({ timeout: 60_000 });
      await page.getByTestId('path-from').press('Enter');
      await page.getByTestId('path-to').fill('SANET-p');
      await page
        .getByRole('option', { name: /SANET-p$/ })
        .first()
        .waitFor({ timeout: 60_000 });
      await page.getByTestId('path-to').press('Enter');
      await page.getByTestId('find-paths').click();
      await page.getByTestId('path-list').waitFor({ timeout: 90_000 });
      await page.waitForFunction(() => window.__cy!.nodes('.path').length > 0, null, { timeout: 60_000 });
      const first = await page.evaluate(() => {
        const cy = window.__cy!;
        const nodes = cy.nodes('.path');
        return nodes.map((n) => ({ id: n.id(), kind: String(n.data('kind')) }));
      });
      const inner = first.filter((n) => n.id !== 'intervention:sunitinib' && n.id !== 'study:sanet-p');
      expect(inner.some((n) => ['POPULATION', 'TARGET', 'BIOMARKER'].includes(n.kind))).toBe(true);
      expect(inner.some((n) => n.id === 'intervention:placebo' || n.kind === 'ENDPOINT')).toBe(false);
      // The path as words: its nodes with the relationship types between them, its score and why.
      const item = page.getByTestId('path-item').first();
      expect(await item.innerText()).toMatch(/^Sunitinib —[A-Z_|]+— .+ —[A-Z_|]+— SANET-p \(\d+ steps, score [\d.e-]+\)/);
      expect((await item.getByTestId('path-why').innerText()).length).toBeGreaterThan(10);
      // Not through a node of the first path: no path passes it any more.
      const avoid = inner.find((n) => n.kind === 'POPULATION')!;
      const label = await page.evaluate((id) => String(window.__cy!.getElementById(id).data('fullLabel')), avoid.id);
      await item.getByRole('button', { name: `not through ${label}` }).click();
      await page.getByTestId('path-avoided').getByText(label).waitFor();
      await page.waitForFunction(
        (id) => document.querySelectorAll('[data-testid="path-item"]').length > 0 && !window.__cy!.getElementById(id).hasClass('path'),
        avoid.id,
        { timeout: 90_000 },
      );
      const texts = await page.getByTestId('path-item').allInnerTexts();
      expect(texts.some((t) => t.includes(` ${label} `))).toBe(false);
    },
    SLOW,
  );
});
