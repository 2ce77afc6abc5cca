/**
 * The app's Content-Security-Policy in Debian's Chromium: every view opens and draws with no
 * violation reported (a blocked script, style, image or API call would show as one), and another
 * site cannot frame the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

declare global {
  interface Window {
    __violations?: string[];
  }
}

describe.skipIf(!haveBrowser)('content security policy in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Recorded from the first script on, before the app's own code runs.
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations!.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens every view (each tab of the app) with no CSP violation', async () => {
    await page.goto(`${app.url}/`);
    const views = await page.locator('a[href^="?view="]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(views.length).toBeGreaterThanOrEqual(4);
    for (const view of views) {
      await page.goto(`${app.url}/${view}`);
      await page.waitForLoadState('networkidle');
      // The view drew something of its own beyond the tab bar.
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('#root *').length)).toBeGreaterThan(20);
      expect([view, await page.evaluate(() => window.__violations)]).toEqual([view, []]);
    }
  });

  it('cannot be framed by another page', async () => {
    const framer = await browser.newPage();
    await framer.setContent(`<iframe id="f" src="${app.url}/?view=explore" width="400" height="300"></iframe>`);
    await framer.waitForLoadState('networkidle');
    const frame = framer.frames().find((f) => f.url().startsWith(app.url));
    // Chromium blocks the document (frame-ancestors 'none'): the frame never gets the app's root element.
    const root = frame ? await frame.$('#root').catch(() => null) : null;
    expect(root).toBeNull();
    await framer.close();
  });
});
