/**
 * Both sources side by side in the explorer (issue 7), in Debian's Chromium: RADIANT-3's panel
 * shows "Review says / Registry says" with the enrolment the sources disagree on flagged (the
 * review's 140, the registry's 410), why the record is linked, a link to the public record page,
 * the evidence level resting on the registry ("(registry)" with its reason), and provenance that
 * names its source; the record's own panel says it is a ClinicalTrials.gov record and lists the
 * review studies linked to it; registry nodes are marked on the canvas and can be filtered by
 * source; a population's panel rolls up the studies of its subgroups. Expected values come from
 * the API itself where they are data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { settled } from './explorer-helpers.js';

interface Radiant3 {
  enrolled: number;
  evidenceNote: string;
  provenance: { ref: number; section: string };
  registry: { nct: string; url: string; enrollment: number; enrollmentType: string; link: { reason: string; detail: string } };
  discrepancies: { field: string; values: { value: string; source: { kind: string } }[] }[];
}

describe.skipIf(!haveBrowser)('both sources in the explorer, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let radiant3: Radiant3;

  beforeAll(async () => {
    app = await startTestApp();
    radiant3 = (
      await app.query<{ node: Radiant3 }>(
        `{ node(id: "study:radiant-3") { ... on Study { enrolled evidenceNote provenance { ref section }
            registry { nct url enrollment enrollmentType link { reason detail } }
            discrepancies { field values { value source { kind } } } } } }`,
      )
    ).data!.node;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const details = () => page.getByTestId('details');

  it('shows RADIANT-3 as the review and the registry give it, the enrolment they disagree on flagged', async () => {
    expect(radiant3.enrolled).toBe(140);
    expect(radiant3.registry).toMatchObject({ nct: 'NCT00510068', url: 'https://clinicaltrials.gov/study/NCT00510068', enrollment: 410 });
    await page.goto(`${app.url}/?nodes=study:radiant-3&selected=study:radiant-3`);
    const table = page.getByTestId('source-compare');
    await table.waitFor({ timeout: 60_000 });
    await table.getByRole('heading', { name: 'Review says / Registry says' }).waitFor();
    const enrolment = table.locator('[data-testid="source-row"][data-field="enrolled"]');
    expect(await enrolment.getAttribute('data-differs')).toBe('true');
    expect((await enrolment.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual([
      '140',
      `410 (${radiant3.registry.enrollmentType.toLowerCase()})`,
    ]);
    await enrolment.getByRole('img', { name: 'The sources disagree' }).waitFor();
    // Exactly the fields the API lists as discrepancies are flagged.
    const flagged = await table
      .locator('[data-testid="source-row"][data-differs="true"]')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.field));
    const listed = radiant3.discrepancies.map((d) => d.field);
    expect(flagged.filter((f) => f !== 'allocation').sort()).toEqual([...listed].sort());
    for (const field of ['design', 'phase', 'status', 'enrolled', 'allocation', 'masking', 'dates', 'conditions']) {
      expect(await table.locator(`[data-testid="source-row"][data-field="${field}"]`).count()).toBe(1);
    }
    expect((await table.locator('[data-field="allocation"] td').allInnerTexts()).map((t) => t.trim())).toEqual([
      'not stated',
      'randomized',
    ]);
    expect((await table.locator('[data-field="masking"] td').nth(1).innerText()).trim()).toBe('double');

    const link = table.getByTestId('registry-link');
    expect(await link.getAttribute('href')).toBe('https://clinicaltrials.gov/study/NCT00510068');
    expect((await link.innerText()).trim()).toBe('NCT00510068');
    expect((await table.getByTestId('registry-link-reason').innerText()).trim()).toBe(`— Same acronym: ${radiant3.registry.link.detail}`);
  });

  it('labels the evidence level as the registry’s, with the reason, and names the source of every quote', async () => {
    const level = details().getByTestId('evidence-level');
    expect((await level.innerText()).trim()).toBe('Phase III randomized controlled trial (registry)');
    expect(await level.getAttribute('title')).toBe(radiant3.evidenceNote);
    expect((await details().getByTestId('evidence-note').innerText()).trim()).toBe(radiant3.evidenceNote);
    const study = details().getByTestId('provenance').first();
    expect(await study.getAttribute('data-source')).toBe('REVIEW');
    expect((await study.locator('footer').innerText()).trim()).toBe(`Review [${radiant3.provenance.ref}] · ${radiant3.provenance.section}`);
    // The disagreement's own values, each with its source's provenance.
    await details().getByText('Where each disagreeing value comes from').click();
    const enrolment = details().locator('[data-testid="discrepancy"][data-field="enrolled"]');
    const footers = await enrolment.getByTestId('provenance').locator('footer').allInnerTexts();
    expect(footers[0]).toMatch(/^Review \[\d+(, \d+)*\] · /);
    expect(footers[1]).toMatch(/^ClinicalTrials\.gov NCT00510068 · protocolSection\./);
    expect(await enrolment.getByTestId('provenance').nth(1).getAttribute('data-source')).toBe('REGISTRY');
  });

  it('shows the registry record’s own study as a ClinicalTrials.gov record, with the review studies linked to it', async () => {
    await details().getByTestId('registry-link').waitFor();
    await page.goto(`${app.url}/?nodes=study:nct00510068&selected=study:nct00510068`);
    await details().getByTestId('registry-note').waitFor({ timeout: 60_000 });
    expect(await details().getByTestId('registry-note').innerText()).toMatch(
      /^A ClinicalTrials\.gov record \(NCT00510068 on ClinicalTrials\.gov\), in the registry's own words\.$/,
    );
    expect(await details().getByTestId('source-badge').innerText()).toBe('ClinicalTrials.gov');
    const linked = details().getByTestId('linked-review-studies');
    await linked.getByRole('button', { name: 'RADIANT-3', exact: true }).waitFor();
    expect(await linked.innerText()).toContain(`Same acronym: ${radiant3.registry.link.detail}`);
    expect(await details().getByTestId('registry-fields').innerText()).toContain('Enrolment\n410 (actual)');
    await linked.getByRole('button', { name: 'RADIANT-3', exact: true }).click();
    await page
      .getByTestId('details-title')
      .filter({ hasText: /^RADIANT-3$/ })
      .waitFor();
  });

  it('marks registry records on the canvas and filters the canvas by source', async () => {
    await page.goto(`${app.url}/?nodes=study:radiant-3,study:nct00510068`);
    await page.waitForFunction(() => window.__cy?.nodes().length === 2, null, { timeout: 60_000 });
    await settled(page);
    const classes = await page.evaluate(() =>
      window.__cy!.nodes().map((n) => [n.id(), n.hasClass('registry'), n.hasClass('level-from-registry'), n.data('levelLabel')]),
    );
    expect(classes).toContainEqual(['study:nct00510068', true, true, 'Phase III randomized controlled trial (registry)']);
    expect(classes).toContainEqual(['study:radiant-3', false, true, 'Phase III randomized controlled trial (registry)']);
    // The RADIANT-3 → record edge is on the canvas: REGISTERED_AS.
    expect(await page.evaluate(() => window.__cy!.edges().map((e) => e.data('type')))).toEqual(['REGISTERED_AS']);
    await page.getByTestId('filter-sources-REGISTRY').check();
    await page.waitForFunction(() => window.__cy!.getElementById('study:radiant-3').hasClass('filtered'));
    expect(await page.evaluate(() => window.__cy!.getElementById('study:nct00510068').hasClass('filtered'))).toBe(false);
    expect(page.url()).toContain('source=REGISTRY');
  });

  it('rolls the studies of a population’s subgroups up into its panel, with a link to compare in it', async () => {
    const api = (
      await app.query<{ studies: { totalCount: number; nodes: { id: string }[] } }>(
        '{ studies(filter: { population: "population:pan-net" }, first: 200) { totalCount nodes { id } } }',
      )
    ).data!.studies;
    await page.goto(`${app.url}/?nodes=population:pan-net&selected=population:pan-net`);
    const rollup = page.getByTestId('population-rollup');
    await rollup.waitFor({ timeout: 60_000 });
    const listed = await rollup.getByTestId('rollup-study').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.study));
    expect([...listed].sort()).toEqual(api.nodes.map((n) => n.id).sort());
    for (const id of ['study:radiant-3', 'study:sanet-p', 'study:raymond-ref113']) expect(listed).toContain(id);
    // RADIANT-3 sits under a subgroup, and says which.
    expect(await rollup.locator('[data-study="study:radiant-3"]').innerText()).toContain('in Progressive Pan-NETs');
    const compare = rollup.getByTestId('compare-in-population');
    const href = (await compare.getAttribute('href'))!;
    expect(href).toMatch(/^\?view=compare&interventions=intervention:[^&]+&endpoint=[A-Z]+&population=population:pan-net$/);
    await compare.click();
    await page.getByTestId('compare-population').getByText('Pan-NETs').waitFor({ timeout: 60_000 });
  });
});
