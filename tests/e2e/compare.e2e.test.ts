/**
 * The Compare view in Debian's Chromium, as a researcher uses it: pick everolimus, sunitinib and
 * surufatinib, PFS, Pan-NETs; read the table (RADIANT-3, Raymond et al, SANET-p), sort it, read a
 * quote, check the interval plot has a mark per number, restore it from the link and export CSV.
 * Expected rows come from the API itself; a screenshot is kept under tests/e2e/screenshots.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, haveBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const INTERVENTIONS = ['intervention:everolimus', 'intervention:sunitinib', 'intervention:surufatinib'];

describe.skipIf(!haveBrowser)('compare view in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let expected: { study: { id: string; name: string }; value: number | null; provenance: { quote: string } }[];
  let endpoints: { id: string; code: string; name: string }[];

  beforeAll(async () => {
    app = await startTestApp();
    const res = await app.query<{ compare: { rows: typeof expected } }>(
      'query($i: [ID!]!) { compare(interventions: $i, endpoint: "PFS", population: "population:pan-net") { rows { study { id name } value provenance { quote } } } }',
      { i: INTERVENTIONS },
    );
    expected = res.data!.compare.rows;
    endpoints = (await app.query<{ endpoints: typeof endpoints }>('{ endpoints { id code name } }')).data!.endpoints;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const rows = (p: Page = page) => p.getByTestId('compare-row');
  const rowOf = (studyId: string, p: Page = page) => p.locator(`[data-testid="compare-row"][data-study="${studyId}"]`);
  const rowKeys = (p: Page = page) =>
    p.locator('[data-testid="compare-row"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key));

  async function pick(testId: string, text: string, option: RegExp) {
    await page.getByTestId(testId).fill(text);
    await page.getByRole('option', { name: option }).first().waitFor();
    await page.getByTestId(testId).press('Enter');
  }

  it('compares PFS of everolimus, sunitinib and surufatinib in Pan-NETs', async () => {
    await page.goto(`${app.url}/?view=compare`);
    await page.getByText('Add two or more therapies').waitFor();
    await pick('compare-therapy-search', 'everolimus', /^Everolimus$/);
    await page.getByTestId('compare-therapies').getByText('Everolimus').waitFor();
    await pick('compare-therapy-search', 'sunitinib', /^Sunitinib$/);
    await page.getByTestId('compare-therapies').getByText('Sunitinib').waitFor();
    await pick('compare-therapy-search', 'surufatinib', /^Surufatinib$/);
    await page.getByTestId('compare-therapies').getByText('Surufatinib').waitFor();
    await page.getByTestId('compare-endpoint').selectOption('PFS');
    await pick('compare-population-search', 'Pan-NETs', /^Pan-NETs$/);
    expect((await page.getByTestId('compare-population').innerText()).replace('×', '').trim()).toBe('Pan-NETs');
    await page.getByText('in Pan-NETs (and subsets)').waitFor();

    expect(await rows().count()).toBe(expected.length);
    const radiant3 = await rowOf('study:radiant-3').innerText();
    expect(radiant3).toContain('RADIANT-3');
    expect(radiant3).toContain('Everolimus');
    expect(radiant3).toContain('11 months');
    const raymond = expected.find((r) => /Raymond/.test(r.study.name))!;
    expect(raymond.value).toBe(11.4);
    const raymondRow = await rowOf(raymond.study.id).innerText();
    expect(raymondRow).toContain('Phase III RCT of sunitinib in Pan-NETs (Raymond et al)');
    expect(raymondRow).toContain('11.4 months');
    expect(await rowOf('study:sanet-p').innerText()).toContain('10.9 months');

    // Each study links to the explorer; each row carries its quote on hover.
    expect(await rowOf('study:radiant-3').getByTestId('compare-study-link').getAttribute('href')).toBe(
      '?view=explore&nodes=study:radiant-3&selected=study:radiant-3',
    );
    const radiantQuote = expected.find((r) => r.study.id === 'study:radiant-3')!.provenance.quote;
    expect(await rowOf('study:radiant-3').getAttribute('title')).toBe(`“${radiantQuote}”`);
    // Grouped by evidence level, strongest first.
    const groups = await page.locator('.compare-group th').allInnerTexts();
    expect(groups[0]).toMatch(/^Phase III randomized controlled trial/);
    // Comparability: populations that differ are flagged with the difference named.
    expect(await page.getByTestId('compare-flags').first().innerText()).toMatch(
      /^⚠ ?Different (site|tumour type \(NET\/NEC\)|grades|Ki67 range|setting|line of therapy): .+ here, .+ in most other rows/,
    );
    expect(page.url()).toContain('interventions=intervention:everolimus,intervention:sunitinib,intervention:surufatinib');
    expect(page.url()).toContain('endpoint=PFS');
    expect(page.url()).toContain('population=population:pan-net');
  });

  it('opens the quote of a focused or clicked row right under that row, with its source', async () => {
    const sanet = expected.find((r) => r.study.id === 'study:sanet-p')!;
    await rowOf('study:sanet-p').getByTestId('compare-value').focus();
    await page.getByTestId('compare-quote').getByText(sanet.provenance.quote, { exact: false }).waitFor();
    await rowOf('study:radiant-3').getByTestId('compare-value').click();
    const radiant = expected.find((r) => r.study.id === 'study:radiant-3')!;
    await page.getByTestId('compare-quote').getByText(radiant.provenance.quote, { exact: false }).waitFor();
    expect(await page.getByTestId('compare-quote').count()).toBe(1);
    expect(await page.getByTestId('compare-quote').innerText()).toContain('RADIANT-3 · Everolimus: 11 months');
    expect(await page.getByTestId('compare-quote').innerText()).toMatch(/Review \[\d+(, \d+)*\] · /);
    // The quote is the row just under the clicked one.
    const next = await rowOf('study:radiant-3').evaluate(
      (tr) => tr.nextElementSibling?.querySelector('[data-testid="compare-quote"]') !== null,
    );
    expect(next).toBe(true);
  });

  it('shows each row’s control arms beside it: the placebo medians of RADIANT-3, Raymond et al and SANET-p', async () => {
    const controls = async (study: string) => (await rowOf(study).getByTestId('compare-control-arm').allInnerTexts()).map((t) => t.trim());
    expect(await controls('study:radiant-3')).toEqual(['Placebo: 4.6 months']);
    expect(await controls('study:raymond-ref113')).toEqual(['Placebo: 5.5 months']);
    expect(await controls('study:sanet-p')).toEqual(['Placebo: 3.7 months']);
  });

  it('labels each plot row with its therapy and study, coloured by therapy, with a key', async () => {
    const labels = await page
      .getByTestId('plot-label')
      .evaluateAll((els) => els.map((e) => ({ key: (e as SVGElement).dataset.key, text: e.textContent, fill: e.getAttribute('fill') })));
    const radiant = labels.find((l) => l.text!.includes('Everolimus · RADIANT-3'))!;
    expect(radiant.text).toMatch(/^\d+\. Everolimus · RADIANT-3$/);
    const suru = labels.find((l) => l.text!.includes('Surufatinib · SANET-p'))!;
    expect(suru.fill).not.toBe(radiant.fill);
    const key = await page
      .getByTestId('plot-key')
      .locator('li')
      .evaluateAll((els) =>
        els.map((li) => ({ name: li.textContent!.trim(), colour: getComputedStyle(li.querySelector('.compare-swatch')!).backgroundColor })),
      );
    expect(key.map((k) => k.name)).toEqual(['Everolimus', 'Sunitinib', 'Surufatinib']);
    const hex = (rgb: string) =>
      `#${rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`;
    expect(hex(key[0]!.colour)).toBe(radiant.fill);
    const points = await page
      .getByTestId('plot-point')
      .evaluateAll((els) => els.map((e) => ({ key: (e as SVGElement).dataset.key, colour: (e as SVGElement).dataset.colour })));
    expect(points.find((p) => p.key === radiant.key)!.colour).toBe(radiant.fill);
  });

  it('sorts by value with a click or with Enter, and says so in aria-sort', async () => {
    const before = await rowKeys();
    await page.getByTestId('sort-value').click();
    await page.locator('th[aria-sort="ascending"]').getByTestId('sort-value').waitFor();
    const ascending = await rowKeys();
    expect(ascending).not.toEqual(before);
    expect([...ascending].sort()).toEqual([...before].sort());
    await page.getByTestId('sort-value').focus();
    await page.keyboard.press('Enter');
    await page.locator('th[aria-sort="descending"]').getByTestId('sort-value').waitFor();
    const descending = await rowKeys();
    expect(descending).not.toEqual(ascending);
    // Within the phase III group, Raymond et al (11.4) now comes before RADIANT-3 (11).
    const studies = await page
      .locator('[data-testid="compare-row"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.study));
    const raymond = expected.find((r) => /Raymond/.test(r.study.name))!.study.id;
    expect(studies.indexOf(raymond)).toBeLessThan(studies.indexOf('study:radiant-3'));
    expect(page.url()).toContain('sort=value:desc');
  });

  it('plots a point for every row with a value, in one panel per unit', async () => {
    const withValue = await page.locator('[data-testid="compare-row"][data-has-value="true"]').count();
    expect(withValue).toBe(expected.filter((r) => typeof r.value === 'number').length);
    expect((await page.getByTestId('plot-point').count()) + (await page.getByTestId('plot-range').count())).toBe(withValue);
    expect(await page.getByTestId('plot-point').count()).toBe(withValue);
    expect(await page.getByTestId('plot-panel').count()).toBe(1);
    expect(await page.locator('[data-testid="plot-panel"] .compare-plot-title').textContent()).toBe('Median, months');
    const ticks = await page.getByTestId('plot-tick').allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks[0]).toBe('0');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-pfs-pan-nets.png') });
  });

  it('restores the same table from the copied link', async () => {
    const link = page.url();
    const keys = await rowKeys();
    const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await other.goto(link);
      await other.getByText('in Pan-NETs (and subsets)').waitFor();
      await rows(other).first().waitFor();
      expect(await rowKeys(other)).toEqual(keys);
      await other.getByTestId('compare-therapies').getByText('Surufatinib').waitFor();
      expect(await other.getByTestId('compare-endpoint').inputValue()).toBe('PFS');
      await other.getByTestId('compare-population').getByText('Pan-NETs').waitFor();
    } finally {
      await other.close();
    }
    await page.reload();
    await rows().first().waitFor();
    expect(await rowKeys()).toEqual(keys);
  });

  it('offers every endpoint of the API in the select, PFS, OS, DCR and ORR first', async () => {
    const select = page.getByTestId('compare-endpoint');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="compare-endpoint"] option').length === n, endpoints.length);
    const options = await select
      .locator('option')
      .evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent })));
    expect(options.slice(0, 4).map((o) => o.value)).toEqual(['PFS', 'OS', 'DCR', 'ORR']);
    for (const e of endpoints) expect(options.filter((o) => o.label!.includes(e.name)).length).toBeGreaterThan(0);
    // Every option stands for one endpoint: its code where the code means it, else its id.
    expect(new Set(options.map((o) => o.value)).size).toBe(endpoints.length);
    for (const o of options) expect(endpoints.some((e) => e.id === o.value || e.code === o.value)).toBe(true);
    // No second endpoint search beside the select.
    expect(await page.getByTestId('compare-endpoint-search').count()).toBe(0);
  });

  it('exports the table as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export').click()]);
    expect(download.suggestedFilename()).toBe('nen-compare-PFS-pan-net.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines[0]).toMatch(/^Evidence level,Study,Study id,Design,Phase,Intervention,Arm,n,Statistic,Bound,Value,/);
    expect(lines.find((l) => l.includes(',RADIANT-3,'))).toContain(',Everolimus,140,median,,11,,months,11 months,');
    expect(lines.find((l) => l.includes('(Raymond et al)'))).toContain(',11.4,');
    expect(lines.find((l) => l.includes(',SANET-p,'))).toContain(',10.9,');
  });

  it('puts an endpoint that shares its code in the URL by id, and reads a link by id or code', async () => {
    const hepatic = endpoints.find((e) => e.id === 'endpoint:hepatic-pfs')!;
    expect(hepatic.code).toBe('PFS');
    await page.getByTestId('compare-endpoint').selectOption({ label: hepatic.name });
    await page.waitForURL((u) => u.searchParams.get('endpoint') === 'endpoint:hepatic-pfs');
    await page.goto(
      `${app.url}/?view=compare&interventions=${INTERVENTIONS.join(',')}&endpoint=endpoint:pfs&population=population:pan-net`,
    );
    await page.getByText('in Pan-NETs (and subsets)').waitFor();
    expect(await page.getByTestId('compare-endpoint').inputValue()).toBe('PFS');
    expect(await rows().count()).toBe(expected.length);
  });

  it('marks a value stated with a bound (CAPTEM: median OS at least 12 months) as the API gives it', async () => {
    const res = await app.query<{
      compare: {
        rows: {
          intervention: { id: string };
          result: { id: string };
          study: { id: string };
          bound: string | null;
          value: number | null;
          valueHigh: number | null;
          notReached: boolean;
        }[];
      };
    }>(
      '{ compare(interventions: ["intervention:captem"], endpoint: "OS") { rows { intervention { id } result { id } study { id } bound value valueHigh notReached } } }',
    );
    // The plot marks the bound beside a point (a value without a range).
    const bounded = res.data!.compare.rows.filter((r) => r.bound !== null && r.value !== null && r.valueHigh === null && !r.notReached);
    expect(bounded.find((r) => r.study.id === 'study:ref131')).toMatchObject({ bound: '>=', value: 12 });
    await page.goto(`${app.url}/?view=compare&interventions=intervention:captem&endpoint=OS`);
    await rows().first().waitFor();
    expect(await page.getByTestId('compare-endpoint').inputValue()).toBe('OS');
    const marks = await page.getByTestId('plot-bound').evaluateAll((els) => els.map((e) => [(e as SVGElement).dataset.key, e.textContent]));
    const sign = (b: string) => (b === '>=' ? '≥' : b === '<=' ? '≤' : b);
    expect(marks.sort()).toEqual(bounded.map((r) => [`${r.intervention.id}|${r.result.id}`, sign(r.bound!)]).sort());
  });
});
