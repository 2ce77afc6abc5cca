/**
 * Compare with registry results beside the review's, in Debian's Chromium: a synthetic
 * ClinicalTrials.gov record (a fixture under an NCT number no other test uses) is imported into
 * the graph, its rows are marked by source and filterable, then it is removed. It writes to the
 * graph, so it runs in the sequential `writes` project, never beside tests that read it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveBrowser, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { prepareRegistry } from '../../seed/src/ctgov/pipeline.js';
import { readRecords } from '../../seed/src/ctgov/read-records.js';
import { readVocabulary } from '../../seed/src/ctgov/resolve.js';
import { registrySource } from '../../seed/src/ctgov/plan-records.js';
import { PlanBuilder } from '../../seed/src/plan/plan-builder.js';
import { loadPlan } from '../../seed/src/write/write-graph.js';
import { REGISTRY_SOURCE_ID, registryOwnerOf } from '../../kernel/sources.js';
import { SOURCE_LOAD_LABEL } from '../../kernel/vocabulary.js';

/** A synthetic registry record with results for RAD001 (everolimus), under an NCT number no other test uses. */
const SYNTHETIC_NCT = 'NCT99999952';
const SYNTHETIC_LOADS = ['ctgov:e2e-compare', 'ctgov:e2e-compare-cleanup'];

describe.skipIf(!haveBrowser)('compare view with registry results, in Chromium', () => {
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

  it('shows registry results beside the review’s, each marked by its source, and filters by source', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nen-e2e-registry-'));
    const fixture = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../fixtures/ctgov/records/NCT99999902.json'), 'utf8'));
    fixture.protocolSection.identificationModule.nctId = SYNTHETIC_NCT;
    await writeFile(path.join(dir, `${SYNTHETIC_NCT}.json`), JSON.stringify(fixture));
    const removeSynthetic = async () => {
      await loadPlan(
        app.db,
        new PlanBuilder(REGISTRY_SOURCE_ID).build(registrySource(), [registryOwnerOf(SYNTHETIC_NCT)], SYNTHETIC_LOADS[1]!),
        { force: true },
      );
      await app.db.writeTransaction('test.e2e.compare.cleanup', (run) =>
        run(`MATCH (l:${SOURCE_LOAD_LABEL}) WHERE l.id IN $ids DELETE l`, { ids: SYNTHETIC_LOADS }),
      );
    };
    try {
      const prepared = await prepareRegistry(readRecords(dir), {
        vocabulary: await readVocabulary(app.db),
        links: [],
        source: registrySource(),
        loadId: SYNTHETIC_LOADS[0]!,
      });
      expect(prepared.counts).toMatchObject({ accepted: 1, rejected: 0 });
      await loadPlan(app.db, prepared.plan, { force: true });
      const res = await app.query<{
        compare: {
          rows: {
            study: { id: string };
            source: { kind: string };
            result: { valueText: string };
            provenance: { nct: string | null; locator: string | null };
          }[];
        };
      }>(
        '{ compare(interventions: ["intervention:everolimus"], endpoint: "TTP") { rows { study { id } source { kind } result { valueText } provenance { nct locator } } } }',
      );
      const rows = res.data!.compare.rows;
      const registryRows = rows.filter((r) => r.source.kind === 'REGISTRY');
      expect(registryRows.length).toBeGreaterThan(0);
      expect(registryRows.every((r) => r.provenance.nct === SYNTHETIC_NCT)).toBe(true);

      await page.goto(`${app.url}/?view=compare&interventions=intervention:everolimus&endpoint=TTP`);
      await rows_(page).first().waitFor({ timeout: 60_000 });
      const shown = await page
        .locator('[data-testid="compare-row"]')
        .evaluateAll((els) => els.map((e) => ({ study: (e as HTMLElement).dataset.study, source: (e as HTMLElement).dataset.source })));
      expect(shown.filter((r) => r.source === 'REGISTRY').length).toBe(registryRows.length);
      expect(shown.filter((r) => r.source === 'REVIEW').length).toBe(rows.length - registryRows.length);
      const badge = page.locator('[data-testid="compare-row"][data-source="REGISTRY"]').first().getByTestId('compare-source');
      expect((await badge.innerText()).trim()).toBe('ClinicalTrials.gov');
      // A registry row's quote names the record and the field it was read from.
      await page.locator('[data-testid="compare-row"][data-source="REGISTRY"]').first().getByTestId('compare-value').click();
      expect(await page.getByTestId('compare-quote').innerText()).toContain(
        `ClinicalTrials.gov ${SYNTHETIC_NCT} · ${registryRows[0]!.provenance.locator!.split('.')[0]}`,
      );
      await page.getByTestId('compare-source-filter').selectOption('REGISTRY');
      await page.waitForURL((u) => u.searchParams.get('source') === 'REGISTRY');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="compare-row"]')].every((r) => (r as HTMLElement).dataset.source === 'REGISTRY'),
      );
      expect(await rows_(page).count()).toBe(registryRows.length);
    } finally {
      await removeSynthetic();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const rows_ = (p: Page) => p.getByTestId('compare-row');
