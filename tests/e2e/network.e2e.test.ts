/**
 * The Evidence network view in Debian's Chromium: the network plot of randomized head-to-head
 * evidence drawn from the API (checked against the API's own answer), edge widths growing with
 * enrolment, an edge's trials listed on click with links to the explorer, and the population
 * filter kept in the URL. Assertions read window.__cyNetwork and the text on screen.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, haveBrowser, launchChromium } from '../support/browser.js';
import type cytoscape from 'cytoscape';
import { startTestApp, type TestApp } from '../support/test-app.js';

declare global {
  interface Window {
    __cyNetwork?: cytoscape.Core;
  }
}

interface ApiEdge {
  id: string;
  source: { id: string; name: string };
  target: { id: string; name: string };
  studies: { id: string; name: string }[];
  enrolled: number | null;
  studiesWithEnrolment: number;
}
const NETWORK = `query($p: ID) { evidenceNetwork(population: $p) { nodes { intervention { id } studyCount }
  edges { id source { id name } target { id name } studies { id name } enrolled studiesWithEnrolment } } }`;

/**
 * A point on an edge, in rendered coordinates, that no node, other edge or other edge's label
 * covers (the force-directed layout differs per run, so the midpoint may sit under a crossing).
 * Runs in the page.
 */
function clearPointOn(edgeId: string): { x: number; y: number } {
  const cy = window.__cyNetwork!;
  const edge = cy.getElementById(edgeId);
  const zoom = cy.zoom();
  const pan = cy.pan();
  const rendered = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
  // The line as drawn: straight, or through the bends of an edge routed around other nodes.
  const bends = (edge.segmentPoints?.() ?? []) as { x: number; y: number }[];
  const line = [edge.source().position(), ...bends, edge.target().position()].map(rendered);
  const distToSegment = (p: { x: number; y: number }, s: { x: number; y: number }, t: { x: number; y: number }) => {
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const k = Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(p.x - (s.x + k * dx), p.y - (s.y + k * dy));
  };
  const clear = (p: { x: number; y: number }) =>
    cy
      .nodes()
      .map((n) => Math.hypot(p.x - n.renderedPosition().x, p.y - n.renderedPosition().y) > n.renderedWidth() / 2 + 8)
      .every(Boolean) &&
    cy
      .edges()
      .map((e) => {
        if (e.id() === edgeId) return true;
        const m = e.renderedMidpoint();
        const labelHalf = (String(e.data('label')).length * 10 * 0.6 * zoom) / 2 + 10;
        const other = [e.source().position(), ...((e.segmentPoints?.() ?? []) as { x: number; y: number }[]), e.target().position()].map(
          rendered,
        );
        const near = other.slice(1).some((q, i) => distToSegment(p, other[i]!, q) <= e.numericStyle('width') * zoom + 8);
        return !near && Math.hypot(p.x - m.x, p.y - m.y) > labelHalf;
      })
      .every(Boolean);
  for (let i = 0; i < line.length - 1; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
      const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      if (clear(p)) return p;
    }
  }
  return edge.renderedMidpoint();
}

describe.skipIf(!haveBrowser)('evidence network in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let api: { nodes: { intervention: { id: string }; studyCount: number }[]; edges: ApiEdge[] };

  beforeAll(async () => {
    app = await startTestApp();
    api = (await app.query<{ evidenceNetwork: typeof api }>(NETWORK, { p: null })).data!.evidenceNetwork;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const canvasEdges = () =>
    page.evaluate(() =>
      window.__cyNetwork!.edges().map((e) => ({
        id: e.id(),
        source: e.data('source') as string,
        target: e.data('target') as string,
        studies: e.data('studies') as string[],
        enrolled: e.data('enrolled') as number | null,
        width: e.numericStyle('width'),
        dashed: e.style('line-style') === 'dashed',
      })),
    );
  const between = <T extends { source: string; target: string }>(edges: T[], a: string, b: RegExp) =>
    edges.find((e) => (e.source === a && b.test(e.target)) || (e.target === a && b.test(e.source)));

  it('draws the network the API returns', async () => {
    await page.goto(`${app.url}/?view=network`);
    await page.waitForFunction((n) => window.__cyNetwork?.edges().length === n, api.edges.length);
    const edges = await canvasEdges();
    expect(edges.map((e) => e.id).sort()).toEqual(api.edges.map((e) => e.id).sort());
    expect(await page.evaluate(() => window.__cyNetwork!.nodes().length)).toBe(api.nodes.length);

    // RADIANT-4 the review calls an RCT; RADIANT-3 it does not, but its registry record is randomized.
    expect(between(edges, 'intervention:everolimus', /^intervention:placebo$/)?.studies).toEqual(['RADIANT-3', 'RADIANT-4']);
    expect(between(edges, 'intervention:captem', /^intervention:temozolomide$/)).toBeDefined();
    // The API names the octreotide of NETTER-1's control arm; the test reads which one it is.
    const lu = between(
      api.edges.map((e) => ({ ...e, source: e.source.id, target: e.target.id })),
      'intervention:lu177-dotatate',
      /^intervention:octreotide/,
    );
    expect(lu).toBeDefined();
    expect(between(edges, 'intervention:lu177-dotatate', /^intervention:octreotide/)?.id).toBe(lu!.id);
    // Best supportive care given alongside a therapy is not a compared therapy.
    expect(await page.evaluate(() => window.__cyNetwork!.getElementById('intervention:best-supportive-care').empty())).toBe(true);
  });

  it('widens edges with enrolment and sizes nodes by their trials', async () => {
    const edges = await canvasEdges();
    // As the API gives it: null where no trial of the edge states its enrolment, drawn dashed at the least width.
    expect(edges.map((e) => [e.id, e.enrolled]).sort()).toEqual(api.edges.map((e) => [e.id, e.enrolled]).sort());
    for (const a of edges) {
      expect([a.id, a.dashed]).toEqual([a.id, a.enrolled === null]);
      for (const b of edges) {
        if ((a.enrolled ?? 0) < (b.enrolled ?? 0)) expect(a.width).toBeLessThan(b.width);
        if ((a.enrolled ?? 0) === (b.enrolled ?? 0)) expect(a.width).toBeCloseTo(b.width);
      }
    }
    expect(new Set(edges.map((e) => e.enrolled)).size).toBeGreaterThan(1);
    expect(Math.min(...edges.map((e) => e.width))).toBeGreaterThan(0);
    const nodes = await page.evaluate(() =>
      window.__cyNetwork!.nodes().map((n) => ({ id: n.id(), count: n.data('studyCount') as number, size: n.numericStyle('width') })),
    );
    const most = nodes.reduce((x, y) => (y.count > x.count ? y : x));
    expect(most.size).toBe(Math.max(...nodes.map((n) => n.size)));
  });

  it('lists the trials of a clicked edge with links to the explorer', async () => {
    const id = 'intervention:lu177-dotatate|intervention:octreotide-lar';
    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    const mid = await page.evaluate(clearPointOn, id);
    await page.mouse.move(box.x + mid.x, box.y + mid.y);
    await page.getByRole('tooltip').getByText('NETTER-1', { exact: false }).waitFor();
    await page.mouse.click(box.x + mid.x, box.y + mid.y);
    const details = page.getByTestId('network-edge-details');
    await details.getByRole('heading', { name: '177Lu-DOTATATE vs Octreotide LAR' }).waitFor();
    // The enrolment is the sum over the trials that state it, and says how many do.
    const api3 = api.edges.find((e) => e.id === id)!;
    expect(api3.studies.map((x) => x.id)).toContain('study:netter-1');
    const n = api3.studies.length;
    const trials = `${n} randomized trial${n === 1 ? '' : 's'}`;
    const enrolment =
      api3.enrolled === null
        ? 'enrolment not stated in the review'
        : api3.studiesWithEnrolment < n
          ? `${api3.enrolled} patients in ${api3.studiesWithEnrolment} of ${n} trials (the review states enrolment for ${api3.studiesWithEnrolment})`
          : `${api3.enrolled} patients enrolled`;
    expect(await details.locator('p').first().innerText()).toBe(`${trials}: ${enrolment}.`);
    const link = details.getByRole('link', { name: 'NETTER-1' });
    expect(await link.getAttribute('href')).toBe('?view=explore&nodes=study:netter-1&selected=study:netter-1');
    expect(new URL(page.url()).searchParams.get('edge')).toBe(id);
    expect(await page.evaluate((edgeId) => window.__cyNetwork!.getElementById(edgeId).hasClass('chosen'), id)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'network-lu177-dotatate-octreotide.png') });
  });

  it('lists every comparison with its trials and what the review states of their enrolment', async () => {
    const items = await page.getByTestId('network-edge-list').locator('li').allInnerTexts();
    expect(items).toHaveLength(api.edges.length);
    for (const e of api.edges) {
      const trials = `${e.studies.length} randomized trial${e.studies.length === 1 ? '' : 's'}`;
      const enrolment =
        e.enrolled === null
          ? 'enrolment not stated'
          : e.studiesWithEnrolment < e.studies.length
            ? `${e.enrolled} enrolled in ${e.studiesWithEnrolment} of ${e.studies.length}`
            : `${e.enrolled} enrolled`;
      expect(items).toContain(`${e.source.name} vs ${e.target.name} — ${trials}, ${enrolment}`);
    }
  });

  it('filters by population, keeps it in the URL and restores it from the link', async () => {
    const panNet = (await app.query<{ evidenceNetwork: typeof api }>(NETWORK, { p: 'population:pan-net' })).data!.evidenceNetwork;
    await page.getByTestId('network-population-search').fill('Pan-NETs');
    await page
      .getByRole('option', { name: /^Pan-NETs$/ })
      .first()
      .waitFor();
    await page.getByTestId('network-population-search').press('Enter');
    await page.waitForFunction((n) => window.__cyNetwork?.edges().length === n, panNet.edges.length);
    expect((await canvasEdges()).map((e) => e.id).sort()).toEqual(panNet.edges.map((e) => e.id).sort());
    expect(new URL(page.url()).searchParams.get('population')).toBe('population:pan-net');
    await page.reload();
    await page.getByTestId('network-population').getByText('Pan-NETs').waitFor();
    await page.waitForFunction((n) => window.__cyNetwork?.edges().length === n, panNet.edges.length);
  });

  it('routes every edge around the therapies it does not join', async () => {
    await page.goto(`${app.url}/?view=network`);
    await page.waitForFunction((n) => window.__cyNetwork?.edges().length === n, api.edges.length, { timeout: 60_000 });
    for (const layout of ['fcose', 'circle'] as const) {
      if (layout === 'circle') await page.getByTestId('network-layout').selectOption('circle');
      await page.waitForFunction((l) => new URL(location.href).searchParams.get('layout') === (l === 'circle' ? 'circle' : null), layout);
      const crossings = await page.evaluate(() => {
        const cy = window.__cyNetwork!;
        const dist = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const k = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(p.x - (a.x + k * dx), p.y - (a.y + k * dy));
        };
        const out: string[] = [];
        cy.edges().forEach((e) => {
          const line = [e.source().position(), ...((e.segmentPoints?.() ?? []) as { x: number; y: number }[]), e.target().position()];
          cy.nodes().forEach((n) => {
            if (n.same(e.source()) || n.same(e.target())) return;
            const d = Math.min(...line.slice(1).map((q, i) => dist(n.position(), line[i]!, q)));
            if (d <= n.width() / 2) out.push(`${e.id()} passes behind ${n.id()}`);
          });
        });
        return out;
      });
      expect([layout, crossings]).toEqual([layout, []]);
    }
  });

  it('marks RADIANT-3 and SANET-p as randomized by their registry records, and says why each trial is or is not an edge', async () => {
    const studies = (
      await app.query<{
        studies: {
          totalCount: number;
          nodes: {
            id: string;
            planned: boolean;
            nonComparative: boolean;
            evidenceDesign: string;
            evidenceNote: string | null;
            source: { kind: string };
            reviewStudies: { id: string }[];
          }[];
        };
      }>(
        '{ studies(first: 200) { totalCount nodes { id planned nonComparative evidenceDesign evidenceNote source { kind } reviewStudies { id } } } }',
      )
    ).data!.studies;
    await page.goto(`${app.url}/?view=network`);
    await page.waitForFunction((n) => window.__cyNetwork?.edges().length === n, api.edges.length, { timeout: 60_000 });
    for (const [edgeId, trial] of [
      ['intervention:everolimus|intervention:placebo', 'study:radiant-3'],
      ['intervention:placebo|intervention:surufatinib', 'study:sanet-p'],
    ] as const) {
      expect(api.edges.find((e) => e.id === edgeId)!.studies.map((x) => x.id)).toContain(trial);
      const drawn = await page.evaluate(
        (id) => ({
          basis: window.__cyNetwork!.getElementById(id).data('registryBasis'),
          colour: window.__cyNetwork!.getElementById(id).style('line-color'),
        }),
        edgeId,
      );
      expect(drawn).toEqual({ basis: 'some', colour: 'rgb(11,110,121)' });
      const apiEdge = api.edges.find((e) => e.id === edgeId)!;
      await page
        .getByTestId('network-edge-list')
        .getByRole('button', { name: `${apiEdge.source.name} vs ${apiEdge.target.name}`, exact: true })
        .click();
      const basis = page.getByTestId('network-edge-details').getByTestId('registry-basis');
      await basis.waitFor();
      expect((await basis.innerText()).trim()).toBe(`· randomized (registry): ${studies.nodes.find((x) => x.id === trial)!.evidenceNote}`);
    }
    const reasons = await page
      .getByTestId('trial-reason')
      .evaluateAll((els) =>
        els.map((e) => ({ study: (e as HTMLElement).dataset.study, code: (e as HTMLElement).dataset.code, text: e.textContent })),
      );
    expect(reasons).toHaveLength(studies.totalCount);
    const edgeStudies = new Set(api.edges.flatMap((e) => e.studies.map((x) => x.id)));
    for (const r of reasons) expect([r.study, r.code === 'edge']).toEqual([r.study, edgeStudies.has(r.study!)]);
    expect(reasons.find((r) => r.study === 'study:radiant-3')!.text).toContain('Randomized by its registry record');
    for (const st of studies.nodes) {
      const code = reasons.find((r) => r.study === st.id)!.code;
      if (st.source.kind === 'REGISTRY' && st.reviewStudies.length > 0) expect([st.id, code]).toEqual([st.id, 'registry-twin']);
      else if (!edgeStudies.has(st.id) && st.planned) expect([st.id, code]).toEqual([st.id, 'planned']);
      else if (!edgeStudies.has(st.id) && st.nonComparative) expect([st.id, code]).toEqual([st.id, 'non-comparative']);
      else if (!edgeStudies.has(st.id) && st.evidenceDesign === 'not_stated') expect([st.id, code]).toEqual([st.id, 'not-stated']);
    }
  });

  it('shows the effect size on an edge where one of its trials reports one: RADIANT-4’s hazard ratio', async () => {
    const radiant4 = (
      await app.query<{ node: { results: { statistic: string; valueText: string; endpoint: { code: string } }[] } }>(
        '{ node(id: "study:radiant-4") { ... on Study { results { statistic valueText endpoint { code } } } } }',
      )
    ).data!.node.results.filter((r) => r.statistic === 'hazard_ratio');
    expect(radiant4.length).toBeGreaterThan(0);
    const edge = await page.evaluate(() => ({
      label: String(window.__cyNetwork!.getElementById('intervention:everolimus|intervention:placebo').data('label')),
      effect: String(window.__cyNetwork!.getElementById('intervention:everolimus|intervention:placebo').data('effect')),
    }));
    expect(radiant4.some((r) => edge.effect.startsWith(r.valueText) && edge.effect.endsWith(` ${r.endpoint.code}`))).toBe(true);
    expect(edge.label).toContain(` · ${edge.effect}`);
    await page
      .getByTestId('network-edge-list')
      .getByRole('button', { name: /^Everolimus vs Placebo$/ })
      .click();
    expect((await page.getByTestId('network-edge-effect').innerText()).trim()).toBe(`Effect: ${edge.effect}`);
  });
});
