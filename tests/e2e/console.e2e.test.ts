/**
 * The GraphQL console in Debian's Chromium: pick a saved example and run it, see a validation
 * error with its code, get a clear message (and no request) for broken variables, keep the query
 * across a reload, read the Query fields by introspection. Every saved example also runs cleanly
 * against the seeded data. A screenshot is kept under tests/e2e/screenshots.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, haveBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CONSOLE_EXAMPLES } from '../../client/src/console/examples.js';

describe.skipIf(!haveBrowser)('GraphQL console in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  /** Bodies of the /graphql requests the page sent, in order. */
  const sent: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (req) => {
      if (new URL(req.url()).pathname === '/graphql') sent.push(req.postData() ?? '');
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const responseText = () => page.getByTestId('console-response').innerText();
  const queryRuns = () => sent.filter((b) => !b.includes('__type')).length;

  it.each(CONSOLE_EXAMPLES.map((e) => [e.id, e] as const))(
    'saved example %s answers from the seeded data without errors',
    async (_, example) => {
      const res = await app.query(example.query, example.variables ? JSON.parse(example.variables) : {});
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
      const [value] = Object.values(res.data ?? {});
      expect(value).not.toBeNull();
      expect(Array.isArray(value) ? value.length : Object.keys(value as object).length).toBeGreaterThan(0);
    },
  );

  it('lists the Query fields read from /graphql by introspection', async () => {
    await page.goto(`${app.url}/?view=console`);
    const schema = page.getByTestId('console-schema');
    await schema.filter({ hasText: 'graphSummary' }).waitFor();
    const text = await schema.innerText();
    expect(text).toContain('search(query: String!, kinds: [NodeKind!], first: Int = 20): [SearchHit!]!');
    expect(text).toContain('typo-tolerant search');
    expect(text).toContain(
      'paths(from: ID!, to: ID!, maxLength: Int = 6, limit: Int = 10, excludeKinds: [NodeKind!], excludeIds: [ID!]): [Path!]!',
    );
    expect(sent.some((b) => b.includes('__type(name: \\"Query\\")'))).toBe(true);
  });

  it('picks the RADIANT-3 example, runs it and shows its results with status and timing', async () => {
    await page.getByTestId('console-example-radiant-3').click();
    await expect.poll(() => page.getByTestId('console-query').inputValue()).toContain('query Radiant3($id: ID!)');
    expect(JSON.parse(await page.getByTestId('console-variables').inputValue())).toEqual({ id: 'study:radiant-3' });
    await page.getByTestId('console-run').click();
    await page.getByTestId('console-status').waitFor();
    const text = await responseText();
    expect(text).toContain('"name": "RADIANT-3"');
    expect(text).toContain('"value": 11,');
    expect(text).toContain('11.0 mo vs 4.6 mo');
    expect(await page.getByTestId('console-status').innerText()).toMatch(/^HTTP 200 OK · \d+ ms$/);
    expect(await page.getByTestId('console-example-radiant-3').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a validation error with its message and code (Ctrl+Enter runs)', async () => {
    const editor = page.getByTestId('console-query');
    await editor.fill('{ nodee(id: "study:radiant-3") { id } }');
    await editor.press('Control+Enter');
    await page.getByTestId('console-errors').waitFor();
    const errors = await page.getByTestId('console-errors').innerText();
    expect(errors).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(errors).toContain('Cannot query field "nodee" on type "Query". Did you mean "node"?');
    expect(errors).toContain('line 1, column 3');
    expect(await page.getByTestId('console-status').innerText()).toMatch(/^HTTP 400/);
    expect(await page.locator('.console-json-error').innerText()).toContain('"code": "GRAPHQL_VALIDATION_FAILED"');
  });

  it('refuses invalid variables JSON with a clear message and sends nothing', async () => {
    await page.getByTestId('console-query').fill('query Q($id: ID!) { node(id: $id) { id name } }');
    await page.getByTestId('console-variables').fill('{ "id": study:radiant-3 }');
    const before = queryRuns();
    await page.getByTestId('console-run').click();
    await page.getByTestId('console-vars-error').waitFor();
    expect(await page.getByTestId('console-vars-error').innerText()).toBe(
      'Variables are not valid JSON: expected a value, found "s" (line 1, column 9).',
    );
    expect(await page.getByTestId('console-variables').getAttribute('aria-invalid')).toBe('true');
    expect(await responseText()).toContain('Not sent');
    expect(queryRuns()).toBe(before);
  });

  it('indents with Tab and keeps the query and variables across a reload', async () => {
    const editor = page.getByTestId('console-query');
    await editor.fill('{\n}');
    await editor.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(2, 2));
    await editor.press('Tab');
    await editor.pressSequentially('graphSummary { kinds { kind count } }');
    await page.getByTestId('console-variables').fill('{"unused": true}');
    const typed = '{\n  graphSummary { kinds { kind count } }}';
    expect(await editor.inputValue()).toBe(typed);
    await page.waitForFunction((q) => new URL(window.location.href).searchParams.get('q') === q, typed);
    await page.reload();
    expect(await page.getByTestId('console-query').inputValue()).toBe(typed);
    expect(await page.getByTestId('console-variables').inputValue()).toBe('{"unused": true}');
    expect(new URL(page.url()).searchParams.get('view')).toBe('console');
    await page.getByTestId('console-run').click();
    await page.getByTestId('console-status').waitFor();
    expect(await responseText()).toContain('"kind": "STUDY"');
    await page.getByTestId('console-schema').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-graph-summary.png') });
  });

  it('keeps a screenshot of RADIANT-3 with its provenance', async () => {
    await page.getByTestId('console-example-radiant-3').click();
    await page.getByTestId('console-run').click();
    await page.getByTestId('console-status').filter({ hasText: 'HTTP 200' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'console-radiant-3.png') });
  });
});
