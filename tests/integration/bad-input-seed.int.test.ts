/**
 * A reworded quote (the number unchanged) never reaches the graph while the review's text is at
 * hand: `npm run seed` checks every quote verbatim and refuses, and says plainly when it could not
 * check. Runs the real command on a copy of the curated data; needs no database (--check).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../runtime/config.js';
import { PROJECT_ROOT } from '../../runtime/neo4j/paths.js';
import { prepareSeed } from '../../seed/src/review/pipeline.js';
import { checkQuotesWithSource, describeSourceCheck } from '../../seed/src/review/provenance/check-against-source.js';

const config = readConfig();
let dir: string;

/** `npm run seed -- --check` on `dataDir`, with `env` added. */
function seedCheck(dataDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'seed/src/cli.ts', '--check'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SEED_DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'nen-reworded-'));
  await cp(config.seedDataDir, dir, { recursive: true });
  const file = path.join(dir, 'ssa.yaml');
  const yaml = await readFile(file, 'utf8');
  expect(yaml).toContain('proved by two double-blind RCTs');
  await writeFile(file, yaml.replaceAll('proved by two double-blind RCTs', 'proved by two triple-blind RCTs'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(
  !(await readFile(config.seedSource.file).then(
    () => true,
    () => false,
  )),
)('quotes checked against the review when loading', () => {
  it('accepts the curated data as it is, saying the quotes were checked', () => {
    const { code, out } = seedCheck(config.seedDataDir);
    expect(out).toMatch(/Quotes checked: all \d+ are verbatim in .*gep-nen-therapy-review\.txt/);
    expect(code).toBe(0);
  }, 60_000);

  it('refuses a reworded quote whose number is unchanged ("triple-blind"), naming file, line and quote', () => {
    const { code, out } = seedCheck(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/quotes fail the check against .*nothing was written/);
    expect(out).toMatch(
      /ssa\.yaml:\d+ .*quote is not verbatim in the source: "The antiproliferative effect of SSAs compared to placebo has been proved by two triple-blind RCTs/,
    );
  }, 60_000);

  it('refuses to load when SEED_SOURCE names a file that is not there', () => {
    const { code, out } = seedCheck(config.seedDataDir, { SEED_SOURCE: path.join(dir, 'no-such-review.txt') });
    expect(code).toBe(1);
    expect(out).toMatch(/SEED_SOURCE=.*no-such-review\.txt no such file; nothing was written/);
  }, 60_000);
});

describe("without the review's text", () => {
  it('says plainly that the quotes were not checked, and how to check them', async () => {
    const { files } = await prepareSeed(config.seedDataDir);
    const check = await checkQuotesWithSource(files, path.join(dir, 'absent.txt'));
    expect(check.status).toBe('unavailable');
    expect(describeSourceCheck(check)).toMatch(/^Quotes NOT checked against the source text: .*absent\.txt no such file\. Set SEED_SOURCE/);
  });
});
