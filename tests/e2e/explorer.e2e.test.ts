/**
 * The explorer in Debian's Chromium, as a researcher uses it: search, put a node on the canvas,
 * click it to expand, find a path and see it highlighted. Assertions read the live Cytoscape
 * state (window.__cy) and the text on screen; a screenshot is kept under tests/e2e/screenshots.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, haveBrowser, launchChromium } from '../support/browser.js';
import type cytoscape from 'cytoscape';
import { startTestApp, type TestApp } from '../support/test-app.js';

declare global {
  interface Window {
    __cy?: cytoscape.Core;
  }
}

describe.skipIf(!haveBrowser)('explorer in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const canvasIds = () => page.evaluate(() => window.__cy!.nodes().map((n) => n.id()));

  /** Clicks a node where it is drawn, as a mouse would. */
  async function clickNode(id: string) {
    const box = await page.getByTestId('canvas').boundingBox();
    const pos = await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).renderedPosition(), id);
    await page.mouse.click(box!.x + pos.x, box!.y + pos.y);
  }

  it('searches with a typo, picks the suggestion and shows the node with its details', async () => {
    await page.goto(app.url);
    await page.getByTestId('search').fill('sunitnib');
    await page
      .getByRole('option', { name: /Sunitinib/ })
      .first()
      .waitFor();
    await page.getByTestId('search').press('Enter');
    await page.waitForFunction(() => window.__cy?.getElementById('intervention:sunitinib').nonempty());
    await expectLocator(page.getByTestId('details-title')).toHaveText('Sunitinib');
    expect(await canvasIds()).toEqual(['intervention:sunitinib']);
    expect(page.url()).toContain('nodes=intervention:sunitinib');
  });

  it('expands a node on click into its neighbours', async () => {
    await clickNode('intervention:sunitinib');
    await page.waitForFunction(() => window.__cy!.nodes().length > 1);
    const ids = await canvasIds();
    expect(ids).toContain('study:raymond-ref113');
    expect(ids).toContain('target:vegfr');
    const edges = await page.evaluate(() => window.__cy!.edges().map((e) => e.data('type')));
    expect(edges).toContain('EVALUATES');
  });

  it('shows a result with its value, p and the quote it came from', async () => {
    await page.goto(`${app.url}/?nodes=study:radiant-3&selected=result:radiant-3-pfs-everolimus-median`);
    await expectLocator(page.getByTestId('result-value')).toHaveText('11 months P < 0.01');
    await expectLocator(page.getByTestId('provenance')).toContainText('11.0 mo vs 4.6 mo');
    await expectLocator(page.getByTestId('provenance')).toContainText('Review [102] · Targeted therapies: Everolimus');
  });

  it('finds the path from sunitinib to SANET-p and highlights it', async () => {
    await page.goto(app.url);
    await page.getByTestId('path-from').fill('sunitinib');
    await page
      .getByRole('option', { name: /Sunitinib/ })
      .first()
      .waitFor();
    await page.getByTestId('path-from').press('Enter');
    await page.getByTestId('path-to').fill('SANET-p');
    await page
      .getByRole('option', { name: /SANET-p/ })
      .first()
      .waitFor();
    await page.getByTestId('path-to').press('Enter');
    await page.getByTestId('find-paths').click();
    await page.getByTestId('path-list').waitFor();
    await page.waitForFunction(() => window.__cy!.nodes('.path').length > 0);
    const highlighted = await page.evaluate(() => window.__cy!.nodes('.path').map((n) => n.id()));
    expect(highlighted[0] === 'intervention:sunitinib' || highlighted.includes('intervention:sunitinib')).toBe(true);
    expect(highlighted).toContain('study:sanet-p');
    expect(await page.evaluate(() => window.__cy!.edges('.path').length)).toBe(highlighted.length - 1);
    await expectLocator(page.getByTestId('path-list')).toContainText('Sunitinib —');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-path-sunitinib-sanet-p.png') });
  });

  it('brings a large neighbourhood as a group that opens on demand', async () => {
    await page.goto(`${app.url}/?nodes=population:pan-net`);
    await page.waitForFunction(() => window.__cy?.getElementById('population:pan-net').nonempty());
    await clickNode('population:pan-net');
    await page.waitForFunction(() => window.__cy!.nodes('.group').length > 0);
    const group = await page.evaluate(() => window.__cy!.nodes('.group').map((n) => ({ id: n.id(), label: n.data('label') })));
    expect(group).toEqual([{ id: 'group:population:pan-net:POPULATION', label: expect.stringMatching(/^\+21 Populations$/) }]);
    const before = (await canvasIds()).length;
    await clickNode('group:population:pan-net:POPULATION');
    await page.waitForFunction(() => window.__cy!.nodes('.group').length === 0);
    const after = await canvasIds();
    expect(after.length).toBe(before - 1 + 21);
    expect(after).toContain('population:pan-net-g3');
  });

  it('expands by kind from the context menu, hides, and undoes and redoes', async () => {
    await page.goto(`${app.url}/?nodes=intervention:sunitinib`);
    await page.waitForFunction(() => window.__cy?.getElementById('intervention:sunitinib').nonempty());
    const box = await page.getByTestId('canvas').boundingBox();
    const pos = await page.evaluate(() => window.__cy!.getElementById('intervention:sunitinib').renderedPosition());
    await page.mouse.click(box!.x + pos.x, box!.y + pos.y, { button: 'right' });
    await page.getByRole('menuitem', { name: /^Target \(\d+\)$/ }).click();
    await page.waitForFunction(() => window.__cy!.nodes('[kind = "TARGET"]').length > 0);
    const kinds = await page.evaluate(() => [...new Set(window.__cy!.nodes().map((n) => n.data('kind')))].sort());
    expect(kinds).toEqual(['INTERVENTION', 'TARGET']);
    await page.getByRole('button', { name: 'Actions for VEGFR' }).click();
    await page.getByRole('menuitem', { name: 'Hide' }).click();
    await page.waitForFunction(() => window.__cy!.getElementById('target:vegfr').hasClass('hidden'));
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => !window.__cy!.getElementById('target:vegfr').hasClass('hidden'));
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => window.__cy!.nodes().length === 1);
    await page.getByTestId('redo').click();
    await page.waitForFunction(() => window.__cy!.nodes('[kind = "TARGET"]').length > 0);
  });

  it('filters the canvas by evidence level and keeps filters and canvas in the link', async () => {
    await page.goto(`${app.url}/?nodes=intervention:sunitinib`);
    await page.waitForFunction(() => window.__cy?.getElementById('intervention:sunitinib').nonempty());
    await clickNode('intervention:sunitinib');
    await page.waitForFunction(() => window.__cy!.getElementById('study:ref115').nonempty());
    await page.getByTestId('filter-level').selectOption('1');
    await page.waitForFunction(() => window.__cy!.getElementById('study:ref115').hasClass('filtered'));
    expect(await page.evaluate(() => window.__cy!.getElementById('study:raymond-ref113').hasClass('filtered'))).toBe(false);
    await expectLocator(page.getByTestId('canvas-list')).toContainText('Phase III RCT of sunitinib');
    expect(await page.getByTestId('canvas-list').innerText()).not.toContain('Study: Real-world series of sunitinib');
    const link = page.url();
    expect(link).toContain('level=1');
    await page.goto(link);
    await page.waitForFunction(() => window.__cy?.getElementById('study:ref115').nonempty());
    expect(await page.evaluate(() => window.__cy!.getElementById('study:ref115').hasClass('filtered'))).toBe(true);
    expect(await page.getByTestId('filter-level').inputValue()).toBe('1');
  });

  it('exports what the canvas shows as GraphML and Cytoscape JSON, leaving hidden nodes out', async () => {
    await page.goto(`${app.url}/?nodes=intervention:sunitinib,study:raymond-ref113,target:vegfr&hidden=target:vegfr`);
    await page.waitForFunction(() => window.__cy?.getElementById('target:vegfr').hasClass('hidden'));
    const save = async (format: string) => {
      await page.getByTestId('export-button').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
      const file = await download.path();
      return (await import('node:fs/promises')).readFile(file!, 'utf8');
    };
    const graphml = await save('graphml');
    expect(graphml).toContain('<node id="intervention:sunitinib">');
    expect(graphml).toContain('<node id="study:raymond-ref113">');
    expect(graphml).toContain('<data key="n_phase">III</data>');
    expect(graphml).not.toContain('target:vegfr');
    expect(graphml).toMatch(/<edge [^>]*source="study:raymond-ref113" target="intervention:sunitinib"/);
    const json = JSON.parse(await save('json')) as { elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
    expect(json.elements.nodes.map((n) => n.data.id).sort()).toEqual(['intervention:sunitinib', 'study:raymond-ref113']);
  });

  it('shows a guideline with issuer, stance, statement, its quote and the studies behind it, one click from each', async () => {
    await page.goto(`${app.url}/?nodes=guideline:sunitinib-registration-pan-net&selected=guideline:sunitinib-registration-pan-net`);
    await expectLocator(page.getByTestId('details-title')).toHaveText('Sunitinib registration for advanced progressive Pan-NETs');
    const details = page.getByTestId('details');
    await expectLocator(details).toContainText('Regulatory authorities (agency not named in the review)');
    expect(await details.innerText()).toContain('approves');
    await expectLocator(page.getByTestId('provenance')).toContainText('37.5 mg');
    await details.getByRole('button', { name: 'Phase III RCT of sunitinib in Pan-NETs (Raymond et al)' }).click();
    await expectLocator(page.getByTestId('details-title')).toHaveText('Phase III RCT of sunitinib in Pan-NETs (Raymond et al)');
    await expectLocator(page.getByTestId('results-table')).toContainText('11.4 months');
    await page.waitForFunction(() => window.__cy!.getElementById('study:raymond-ref113').nonempty());
  });

  it('highlights a neighbourhood on hover, names an edge on hover, and pins a node in place', async () => {
    await page.goto(`${app.url}/?nodes=intervention:sunitinib,study:raymond-ref113,study:sanet-p`);
    await page.waitForFunction(() => window.__cy?.nodes().length === 3 && window.__cy.edges().length === 1);
    const box = await page.getByTestId('canvas').boundingBox();
    const at = (id: string) => page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).renderedPosition(), id);
    const p = await at('intervention:sunitinib');
    await page.mouse.move(box!.x + p.x, box!.y + p.y);
    await page.waitForFunction(() => window.__cy!.getElementById('study:sanet-p').hasClass('hover-faded'));
    expect(await page.evaluate(() => window.__cy!.getElementById('study:raymond-ref113').hasClass('hover-faded'))).toBe(false);
    const q = await at('study:raymond-ref113');
    await page.mouse.move(box!.x + (p.x + q.x) / 2, box!.y + (p.y + q.y) / 2);
    await page.waitForFunction(() => window.__cy!.edges('.hovered').length === 1);
    expect(await page.evaluate(() => window.__cy!.edges('.hovered').data('type'))).toBe('EVALUATES');
    await page.mouse.click(box!.x + q.x, box!.y + q.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Pin in place' }).click();
    await page.waitForFunction(() => window.__cy!.getElementById('study:raymond-ref113').locked());
    expect(page.url()).toContain('pins=study:raymond-ref113');
  });
});

/** Minimal async matchers over Playwright locators, so the suite needs no second assertion library. */
function expectLocator(locator: ReturnType<Page['getByTestId']>) {
  return {
    async toHaveText(text: string) {
      await locator.filter({ hasText: text }).first().waitFor();
      expect((await locator.first().innerText()).trim()).toBe(text);
    },
    async toContainText(text: string) {
      await locator.filter({ hasText: text }).first().waitFor();
    },
  };
}
