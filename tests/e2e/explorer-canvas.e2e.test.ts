/**
 * The explorer's canvas is the graph (issue 10), in Debian's Chromium: after every expansion,
 * filter and restore the canvas shows exactly the relationships the API has among its nodes; a
 * shared link restores the same view (nodes, edges, selection, groups, positions) without
 * Cytoscape warnings; "+N" groups come back on re-expansion; labels are short, whole on hover,
 * hidden when zoomed out or colliding; menus stay in the viewport and work from the keyboard;
 * diamonds and chevrons are hit over their whole box; the legend shows study borders; side
 * panels fold at 1024×768; big canvases use WebGL where the browser has it. Assertions read
 * window.__cy and what a user reads; expected edges come from the API itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { canvasPositions, canvasState, clickNode, graphEdgesAmong, settled } from './explorer-helpers.js';

const SLOW = 240_000;

describe.skipIf(!haveBrowser)('explorer canvas in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const warnings: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const edgesAmong = (ids: string[]) => graphEdgesAmong((q, v) => app.query(q, v), ids);
  const invalidEndpoints = (list: string[]) => list.filter((w) => w.includes('invalid endpoints'));

  it(
    'shows every relationship among the nodes on the canvas after each expansion, filter and restore',
    async () => {
      await page.goto(`${app.url}/?nodes=study:radiant-3`);
      await page.waitForFunction(() => window.__cy?.getElementById('study:radiant-3').nonempty(), null, { timeout: 60_000 });
      await settled(page);
      const seen: string[] = [];
      for (const id of ['study:radiant-3', 'population:pan-net-progressive', 'population:pan-net']) {
        const before = (await canvasState(page)).nodes.length;
        await clickNode(page, id);
        await page.waitForFunction((n) => window.__cy!.nodes().not('.group').length > n, before, { timeout: 90_000 });
        await settled(page);
        const canvas = await canvasState(page);
        expect(canvas.edges).toEqual(await edgesAmong(canvas.nodes));
        seen.push(`${id}: ${canvas.nodes.length} nodes, ${canvas.edges.length} edges (+${canvas.groups.length} groups)`);
      }
      console.log(`Canvas after RADIANT-3 → Progressive Pan-NETs → Pan-NETs: ${seen.join('; ')}`);

      // Filtering: the relationships among the nodes still shown, no more, no fewer.
      await page.getByTestId('filters').getByLabel('Result', { exact: true }).uncheck();
      await page.waitForFunction(() => window.__cy!.nodes('[kind = "RESULT"]').not('.filtered').length === 0);
      const filtered = await canvasState(page);
      expect(filtered.nodes.some((id) => id.startsWith('result:'))).toBe(false);
      expect(filtered.edges).toEqual(await edgesAmong(filtered.nodes));
      await page.getByTestId('filters').getByLabel('Result', { exact: true }).check();
      await page.waitForFunction(() => window.__cy!.nodes('.filtered').length === 0);

      // Restore: the same link in a new page shows the same canvas, places and selection, without warnings.
      await clickNode(page, 'study:radiant-3');
      await page.waitForFunction(() => window.__cy!.getElementById('study:radiant-3').selected());
      await settled(page);
      const original = await canvasState(page);
      const positions = await canvasPositions(page);
      const link = page.url();
      expect(link).toContain('pos=');
      expect(link).toContain('selected=study:radiant-3');
      const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const otherWarnings: string[] = [];
      other.on('console', (m) => {
        if (m.type() === 'warning' || m.type() === 'error') otherWarnings.push(m.text());
      });
      try {
        await other.goto(link);
        await other.waitForFunction((n) => (window.__cy?.nodes().not('.group').length ?? 0) === n, original.nodes.length, {
          timeout: 90_000,
        });
        await settled(other);
        const restored = await canvasState(other);
        expect(restored).toEqual(original);
        expect(restored.edges).toEqual(await edgesAmong(restored.nodes));
        const restoredPositions = await canvasPositions(other);
        for (const [id, p] of Object.entries(positions)) {
          if (id.startsWith('group:')) continue;
          expect([id, Math.abs(restoredPositions[id]!.x - p.x) <= 1 && Math.abs(restoredPositions[id]!.y - p.y) <= 1]).toEqual([id, true]);
        }
        await other.getByTestId('details-title').filter({ hasText: 'RADIANT-3' }).waitFor();
        expect(invalidEndpoints(otherWarnings)).toEqual([]);
      } finally {
        await other.close();
      }
      expect(invalidEndpoints(warnings)).toEqual([]);
    },
    SLOW,
  );

  it(
    'groups a large neighbourhood as "+N", opens it, and groups it again when the node is expanded again',
    async () => {
      await page.goto(`${app.url}/?nodes=population:pan-net`);
      await page.waitForFunction(() => window.__cy?.getElementById('population:pan-net').nonempty(), null, { timeout: 60_000 });
      await clickNode(page, 'population:pan-net');
      await page.waitForFunction(() => window.__cy!.nodes('.group').length > 0, null, { timeout: 90_000 });
      await settled(page);
      const total = (
        await app.query<{ neighborSummary: { kind: string; relationshipType: string; count: number }[] }>(
          'query { neighborSummary(id: "population:pan-net") { kind relationshipType count } }',
        )
      ).data!.neighborSummary.find((g) => g.kind === 'POPULATION' && g.relationshipType === '*')!.count;
      expect((await canvasState(page)).groups).toEqual([{ id: 'group:population:pan-net:POPULATION', label: `+${total} Populations` }]);
      await clickNode(page, 'group:population:pan-net:POPULATION');
      await page.waitForFunction(() => window.__cy!.nodes('.group').length === 0, null, { timeout: 90_000 });
      await settled(page);
      expect((await canvasState(page)).nodes.filter((id) => id.startsWith('population:')).length).toBe(total + 1);
      await clickNode(page, 'population:pan-net', 'right');
      const before = (await canvasState(page)).nodes.length;
      await page.getByRole('menuitem', { name: 'Collapse neighbours' }).click();
      await page.waitForFunction((n) => window.__cy!.nodes().not('.group').length < n, before);
      await settled(page);
      // Subgroups that other subgroups on the canvas hold on to stay; the rest go.
      const kept = await page.evaluate(
        () => window.__cy!.getElementById('population:pan-net').neighborhood('node[kind = "POPULATION"]').length,
      );
      expect(kept).toBeLessThan(total);
      await clickNode(page, 'population:pan-net');
      await page.waitForFunction(() => window.__cy!.nodes('.group').length > 0, null, { timeout: 90_000 });
      await settled(page);
      expect((await canvasState(page)).groups).toEqual([
        { id: 'group:population:pan-net:POPULATION', label: `+${total - kept} Populations` },
      ]);
      // The link keeps the group: a new page shows it too.
      expect(page.url()).toContain(`groups=population:pan-net~POPULATION~${total}`);
    },
    SLOW,
  );

  it(
    'labels nodes short, names them whole on hover, hides labels zoomed out and where they collide',
    async () => {
      await page.goto(`${app.url}/?nodes=intervention:sunitinib`);
      await page.waitForFunction(() => window.__cy?.getElementById('intervention:sunitinib').nonempty(), null, { timeout: 60_000 });
      await clickNode(page, 'intervention:sunitinib');
      await page.waitForFunction(() => window.__cy!.getElementById('study:raymond-ref113').nonempty(), null, { timeout: 90_000 });
      await settled(page);
      const raymond = await page.evaluate(() => ({
        label: window.__cy!.getElementById('study:raymond-ref113').data('label'),
        full: window.__cy!.getElementById('study:raymond-ref113').data('fullLabel'),
      }));
      expect(raymond).toEqual({ label: 'Raymond et al', full: 'Phase III RCT of sunitinib in Pan-NETs (Raymond et al)' });
      const box = (await page.getByTestId('canvas').boundingBox())!;
      const at = await page.evaluate(() => window.__cy!.getElementById('study:raymond-ref113').renderedPosition());
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await page.getByTestId('canvas-tooltip').filter({ hasText: raymond.full }).waitFor();
      await page.mouse.move(box.x + 5, box.y + 5);

      // Zoomed out, Cytoscape draws no label (on-screen font below min-zoomed-font-size); zoomed in it does.
      const drawn = (zoom: number) =>
        page.evaluate((z) => {
          const cy = window.__cy!;
          cy.zoom(z);
          // pstyle is Cytoscape's parsed style (pfValue in px), not in its typings.
          type Parsed = { pstyle(name: string): { pfValue: number } };
          return cy
            .nodes(':visible')
            .map(
              (n) =>
                (n as unknown as Parsed).pstyle('font-size').pfValue * cy.zoom() >=
                (n as unknown as Parsed).pstyle('min-zoomed-font-size').pfValue,
            );
        }, zoom);
      expect((await drawn(0.3)).every((d) => !d)).toBe(true);
      expect((await drawn(1.2)).every((d) => d)).toBe(true);

      // Where two labels would overlap, the less connected one is hidden (it shows on hover); shown ones never overlap.
      await page.evaluate(() => window.__cy!.zoom(0.8));
      await page.waitForTimeout(400); // the label pass runs once the viewport has been still for 120 ms
      const overlaps = await page.evaluate(() => {
        const cy = window.__cy!;
        const shown = cy.nodes(':visible').not('.group').not('.label-hidden');
        const boxes = shown.map((n) => ({
          id: n.id(),
          b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        }));
        const hits: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!.b, boxes[j]!.b];
            if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) hits.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
          }
        return { hits, hidden: cy.nodes('.label-hidden').length, total: cy.nodes(':visible').length };
      });
      expect(overlaps.hits).toEqual([]);
    },
    SLOW,
  );

  it(
    'keeps the node menu inside the canvas, works it from the keyboard and gives focus back',
    async () => {
      await page.goto(`${app.url}/?nodes=study:radiant-3&selected=study:radiant-3`);
      await page.waitForFunction(() => window.__cy?.getElementById('study:radiant-3').nonempty(), null, { timeout: 60_000 });
      await settled(page);
      // Put the node in the bottom-right corner of the canvas and open its menu there.
      const box = (await page.getByTestId('canvas').boundingBox())!;
      await page.evaluate(
        ([w, h]) => {
          const cy = window.__cy!;
          const p = cy.getElementById('study:radiant-3').renderedPosition();
          cy.panBy({ x: (w as number) - 20 - p.x, y: (h as number) - 20 - p.y });
        },
        [box.width, box.height] as const,
      );
      await page.mouse.click(box.x + box.width - 20, box.y + box.height - 20, { button: 'right' });
      const menu = page.getByTestId('node-menu');
      await menu.waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="node-menu"]')!.textContent!.includes('Counting'), null, {
        timeout: 60_000,
      });
      const wrap = (await page.locator('.canvas-wrap').boundingBox())!;
      const m = (await menu.boundingBox())!;
      console.log(
        `Node menu of RADIANT-3: ${Math.round(m.height)} px tall, ${Math.round(m.y + m.height)} px bottom in a ${page.viewportSize()!.height} px viewport`,
      );
      expect(m.y).toBeGreaterThanOrEqual(wrap.y);
      expect(m.x).toBeGreaterThanOrEqual(wrap.x);
      expect(m.y + m.height).toBeLessThanOrEqual(wrap.y + wrap.height + 0.5);
      expect(m.x + m.width).toBeLessThanOrEqual(wrap.x + wrap.width + 0.5);
      expect(m.y + m.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      expect(await focused()).toBe('Expand');
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('canvas');

      // From the canvas list, by keyboard only: open, move, act; focus comes back to the button.
      const actions = page.getByRole('button', { name: 'Actions for RADIANT-3' });
      await actions.focus();
      await page.keyboard.press('Enter');
      await menu.waitFor();
      expect(await focused()).toBe('Expand');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).not.toBe('Expand');
      await page.keyboard.press('End');
      expect(await focused()).toBe('Close');
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Actions for RADIANT-3');
      await page.keyboard.press('Enter');
      await menu.waitFor();
      await menu.getByRole('menuitem', { name: 'Pin in place' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__cy!.getElementById('study:radiant-3').locked());
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Actions for RADIANT-3');

      // From the canvas itself: Shift+F10 opens the selected node's menu.
      await page.getByTestId('canvas').focus();
      await page.keyboard.press('Shift+F10');
      await menu.waitFor();
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
    },
    SLOW,
  );

  it(
    'hits diamonds and chevrons anywhere on their drawn box',
    async () => {
      await page.goto(`${app.url}/?nodes=endpoint:pfs,adverse-event:diarrhea`);
      await page.waitForFunction(() => window.__cy?.nodes().length === 2, null, { timeout: 60_000 });
      await settled(page);
      for (const id of ['endpoint:pfs', 'adverse-event:diarrhea']) {
        // Corners of the box, and the notch of the chevron, lie outside the drawn polygon.
        for (const [fx, fy] of [
          [0, 0],
          [0.4, 0.4],
          [-0.4, -0.4],
          [0.4, -0.4],
          [-0.4, 0.4],
          [0, -0.35],
        ]) {
          const size = await page.evaluate((nodeId) => {
            const cy = window.__cy!;
            const n = cy.getElementById(nodeId);
            cy.nodes().unselect();
            cy.zoom(2.5);
            cy.center(n);
            return { shape: n.style('shape'), w: n.renderedWidth(), h: n.renderedHeight() };
          }, id);
          expect(['diamond', 'vee']).toContain(size.shape);
          await clickNode(page, id, 'left', { x: fx! * size.w, y: fy! * size.h });
          await page.waitForFunction((nodeId) => window.__cy!.getElementById(nodeId).selected(), id, { timeout: 10_000 });
          await settled(page);
        }
      }
    },
    SLOW,
  );

  it('has a legend for study borders, drawn as the canvas draws them, and for registry records', async () => {
    await page.goto(`${app.url}/?nodes=study:raymond-ref113,study:nct00510068`);
    await page.waitForFunction(() => window.__cy?.nodes().length === 2, null, { timeout: 60_000 });
    const levels = await page
      .getByTestId('legend-levels')
      .locator('li')
      .evaluateAll((els) =>
        els.map((li) => ({
          level: Number((li as HTMLElement).dataset.level),
          style: getComputedStyle(li.querySelector('.legend-shape')!).borderTopStyle,
          text: li.textContent,
        })),
      );
    expect(levels).toHaveLength(9);
    expect(levels[0]).toMatchObject({ level: 1, style: 'double', text: '1. Phase III randomized controlled trial' });
    const raymond = await page.evaluate(() => ({
      style: window.__cy!.getElementById('study:raymond-ref113').style('border-style'),
      level: window.__cy!.getElementById('study:raymond-ref113').data('level'),
    }));
    expect(levels.find((l) => l.level === raymond.level)!.style).toBe(raymond.style);
    await page.getByTestId('legend-marks').getByText('ClinicalTrials.gov record').waitFor();
    const record = await page.evaluate(() => {
      const n = window.__cy!.getElementById('study:nct00510068');
      return { registry: n.hasClass('registry'), outline: n.style('outline-color') };
    });
    expect(record).toEqual({ registry: true, outline: 'rgb(11,110,121)' });
  });

  it(
    'folds the side panels at 1024×768 so the canvas gets the screen',
    async () => {
      const small = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      try {
        await small.goto(`${app.url}/?nodes=study:radiant-3&selected=study:radiant-3`);
        await small.waitForFunction(() => window.__cy?.getElementById('study:radiant-3').nonempty(), null, { timeout: 60_000 });
        const width = async () => (await small.getByTestId('canvas').boundingBox())!.width;
        // The tools start folded on a small screen; the details stay.
        expect(await small.getByTestId('toggle-tools').getAttribute('aria-expanded')).toBe('false');
        expect(await width()).toBeGreaterThan(600);
        await small.getByTestId('toggle-details').click();
        await small.waitForFunction(() => document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect().width > 950);
        // Cytoscape follows its container.
        await small.waitForFunction(
          () => Math.abs(window.__cy!.width() - document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect().width) < 2,
        );
        await small.getByTestId('toggle-tools').click();
        await small.getByRole('heading', { name: 'Path finder' }).waitFor();
        expect(await width()).toBeGreaterThan(700);
      } finally {
        await small.close();
      }
    },
    SLOW,
  );

  it(
    'draws a big canvas with the WebGL renderer where the browser has WebGL 2 on a GPU, with the canvas renderer on software WebGL',
    async () => {
      const sub = await app.query<{ neighborhood: { nodes: { id: string }[] } }>(
        '{ neighborhood(id: "population:gep-nen", depth: 3, limit: 700) { nodes { id } } }',
      );
      const ids = sub.data!.neighborhood.nodes.map((n) => n.id);
      const edges = await edgesAmong(ids);
      expect(ids.length + edges.length).toBeGreaterThanOrEqual(1500);
      await page.goto(app.url);
      await page.evaluate((list) => window.history.replaceState(null, '', `/?${new URLSearchParams({ nodes: list.join(',') })}`), ids);
      await page.reload();
      // Done when every node is drawn, or when the app says why it cannot draw them; on a timeout the
      // assertion below says what the canvas holds instead of only that the wait ran out.
      await page
        .waitForFunction((n) => window.__cy?.nodes().length === n || document.querySelector('[role="alert"]'), ids.length, {
          timeout: 180_000,
        })
        .catch(() => {});
      const drawn = await page.evaluate(() => ({
        nodes: window.__cy?.nodes().length ?? null,
        alert: document.querySelector('[role="alert"]')?.textContent ?? null,
      }));
      expect(drawn).toEqual({ nodes: ids.length, alert: null });
      await settled(page, 180_000);
      const renderer = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return {
          webgl: (window.__cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl === true,
          available: gl !== null,
          gpu: gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null,
          elements: window.__cy!.elements().length,
        };
      });
      console.log(
        `Big canvas: ${renderer.elements} elements, WebGL 2: ${renderer.available} (${renderer.gpu}), WebGL renderer: ${renderer.webgl}`,
      );
      // WebGL on a GPU; Chromium's software SwiftShader (this machine, CI) draws slower than the canvas renderer.
      const software = /SwiftShader|llvmpipe|softpipe/i.test(renderer.gpu ?? '');
      expect(renderer.webgl).toBe(renderer.available && !software);
      expect((await canvasState(page)).edges).toEqual(edges);
    },
    SLOW,
  );
});
