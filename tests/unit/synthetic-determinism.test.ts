/** The synthetic registry is a function of its seed: same seed, same bytes; a study depends on (seed, index) alone. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { readRecords } from '../../seed/src/ctgov/read-records.js';
import { syntheticStudy } from '../../seed/src/synthetic/study.js';
import { writeSyntheticRegistry } from '../../seed/src/synthetic/write-registry.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'synthetic-determinism-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Each entry's DOS date and time fields and how many extra fields (an extended timestamp would be one) it has. */
function entryStamps(file: string): Promise<{ date: number; time: number; extras: number }[]> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: false }, (err, zip) => {
      if (err || !zip) return reject(err);
      const stamps: { date: number; time: number; extras: number }[] = [];
      zip.on('entry', (e: yauzl.Entry) => stamps.push({ date: e.lastModFileDate, time: e.lastModFileTime, extras: e.extraFields.length }));
      zip.on('end', () => resolve(stamps));
      zip.on('error', reject);
    }),
  );
}

async function studiesOf(input: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of readRecords(input)) out.push(r.value);
  return out;
}

describe('synthetic registry determinism', () => {
  it('writes a byte-identical zip for the same seed and a different one for another seed', async () => {
    const write = (name: string, seed: number) => writeSyntheticRegistry({ studies: 300, seed, out: path.join(dir, name), pageSize: 50 });
    const [a, b, c] = [await write('a.zip', 42), await write('b.zip', 42), await write('c.zip', 43)];
    expect(a.fileBytes).toBeGreaterThan(0);
    expect(await sha256(a.path)).toBe(await sha256(b.path));
    expect(await sha256(c.path)).not.toBe(await sha256(a.path));
    expect(a.withResults).toBe(b.withResults);
    // A fixed DOS stamp (1 January 2000, 00:00) and no extended timestamp: neither the clock nor the time zone enters.
    const dos2000 = ((2000 - 1980) << 9) | (1 << 5) | 1;
    expect(await entryStamps(a.path)).toEqual(Array.from({ length: 6 }, () => ({ date: dos2000, time: 0, extras: 0 })));
  });

  it('generates a study from its seed and index alone, whatever was generated before', () => {
    const first = JSON.stringify(syntheticStudy(7, 42));
    for (let i = 0; i < 50; i++) syntheticStudy(i, 1);
    expect(JSON.stringify(syntheticStudy(7, 42))).toBe(first);
    expect(JSON.stringify(syntheticStudy(7, 43))).not.toBe(first);
  });

  it('makes the first studies of a larger registry the smaller registry, byte for byte', async () => {
    await writeSyntheticRegistry({ studies: 30, seed: 42, out: path.join(dir, 'small') });
    await writeSyntheticRegistry({ studies: 60, seed: 42, out: path.join(dir, 'large') });
    const folders = await readdir(path.join(dir, 'small'));
    expect(folders.length).toBeGreaterThan(0);
    const folder = folders[0]!;
    const small = (await readdir(path.join(dir, 'small', folder))).sort();
    expect(small).toHaveLength(30);
    for (const file of small) {
      expect(await readFile(path.join(dir, 'large', folder, file), 'utf8')).toBe(
        await readFile(path.join(dir, 'small', folder, file), 'utf8'),
      );
    }
  });

  it('holds the same studies in the zip (search pages) and the folder (one file per study) layouts', async () => {
    await writeSyntheticRegistry({ studies: 25, seed: 7, out: path.join(dir, 'pages.zip'), pageSize: 10 });
    await writeSyntheticRegistry({ studies: 25, seed: 7, out: path.join(dir, 'files') });
    const fromZip = await studiesOf(path.join(dir, 'pages.zip'));
    expect(fromZip).toHaveLength(25);
    expect(await studiesOf(path.join(dir, 'files'))).toEqual(fromZip);
  });

  it('refuses a folder that is not empty rather than mixing two registries', async () => {
    await expect(writeSyntheticRegistry({ studies: 5, seed: 42, out: path.join(dir, 'files') })).rejects.toThrow(/not empty/);
  });
});
