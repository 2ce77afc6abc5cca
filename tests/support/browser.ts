/**
 * Debian's Chromium for end-to-end tests, launched the one way this machine allows (no download,
 * no background networking). Without the browser, end-to-end files are skipped locally and fail
 * under CI, where skipping would hide a missing install step.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../runtime/neo4j/paths.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots of end-to-end runs (git-ignored), for people to look at. */
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'tests/e2e/screenshots');
export const haveBrowser = existsSync(CHROMIUM);

if (!haveBrowser && process.env.CI) {
  throw new Error(`End-to-end tests need Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium); CI must not skip them.`);
}

export async function launchChromium(): Promise<Browser> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
