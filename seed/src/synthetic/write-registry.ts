/**
 * Writes a synthetic registry to disk, streamed: studies are generated one at a time and written
 * at once, so memory is bounded by one page whatever the size (10k, 100k, 600k studies).
 *
 * - A `.zip`: API search pages (`{ "studies": [...] }`, `pageSize` studies each, compact JSON as
 *   the API sends it), one zip entry per page, written entry by entry with yazl. Pages rather
 *   than one entry per study: yazl scans its entry list on every entry and keeps each entry's
 *   bookkeeping to the end, which grows quadratically past ~50k entries.
 * - A folder: one pretty-printed study per file, in folders of 10,000 named like the registry's
 *   bulk download (`NCT9000xxxx/NCT90000001.json`).
 *
 * Byte-identical for the same (studies, seed, pageSize): fixed zip timestamps (DOS time only, so
 * no time zone enters), deterministic JSON. A zip is written beside its name and renamed when
 * complete, so an interrupted run never leaves a truncated zip under the final name.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import yazl from 'yazl';
import { syntheticNctId, syntheticStudy, MAX_SYNTHETIC_STUDIES } from './study.js';

/** Zip entries' modification time: local midnight, 1 January 2000, so the DOS fields never vary. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

export interface WriteRegistryOptions {
  /** How many studies: 1 to 9,000,000. */
  studies: number;
  seed: number;
  /** A `.zip` file, or a folder (created; must be empty if it exists). */
  out: string;
  /** Studies per zip entry (an API search page); 1000, the API's largest page, unless given. */
  pageSize?: number;
  /** Called after every written study with the count so far. */
  onProgress?: (written: number) => void;
}

export interface WriteRegistryReport {
  format: 'zip' | 'folder';
  path: string;
  studies: number;
  /** Studies with posted results. */
  withResults: number;
  /** JSON bytes written before compression. */
  jsonBytes: number;
  /** Bytes on disk (the zip's size; for a folder, the same as jsonBytes). */
  fileBytes: number;
}

export const isZipPath = (out: string) => out.toLowerCase().endsWith('.zip');

function checkOptions(o: WriteRegistryOptions): void {
  if (!Number.isInteger(o.studies) || o.studies < 1 || o.studies > MAX_SYNTHETIC_STUDIES) {
    throw new RangeError(`studies must be a whole number from 1 to ${MAX_SYNTHETIC_STUDIES}`);
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff)
    throw new RangeError('seed must be a whole number from 0 to 4294967295');
  if (o.pageSize !== undefined && (!Number.isInteger(o.pageSize) || o.pageSize < 1 || o.pageSize > 1000)) {
    throw new RangeError('pageSize must be a whole number from 1 to 1000');
  }
}

/** Writes the registry of `seed` with `studies` studies to `out`. */
export async function writeSyntheticRegistry(o: WriteRegistryOptions): Promise<WriteRegistryReport> {
  checkOptions(o);
  return isZipPath(o.out) ? writeZip(o) : writeFolder(o);
}

async function writeZip(o: WriteRegistryOptions): Promise<WriteRegistryReport> {
  const pageSize = o.pageSize ?? 1000;
  const target = path.resolve(o.out);
  const partial = `${target}.partial-${process.pid}`;
  await mkdir(path.dirname(target), { recursive: true });
  const zip = new yazl.ZipFile();
  const file = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => {
    zip.on('error', reject);
    file.on('error', reject);
  });
  // Awaited in races below; marked handled so an error after the last race cannot crash the process.
  failed.catch(() => {});
  zip.outputStream.pipe(file);
  let withResults = 0;
  let jsonBytes = 0;
  try {
    for (let first = 0; first < o.studies; first += pageSize) {
      const last = Math.min(o.studies, first + pageSize);
      const parts: string[] = [];
      for (let i = first; i < last; i++) {
        const study = syntheticStudy(i, o.seed);
        if (study.hasResults) withResults++;
        parts.push(JSON.stringify(study));
        o.onProgress?.(i + 1);
      }
      const page = Buffer.from(`{"studies":[${parts.join(',')}]}`, 'utf8');
      jsonBytes += page.length;
      const entry = new PassThrough();
      zip.addReadStream(entry, `${syntheticNctId(first)}-${syntheticNctId(last - 1)}.json`, {
        mtime: FIXED_MTIME,
        forceDosTimestamp: true,
        mode: 0o100644,
      });
      entry.end(page);
      // The page's stream ends once yazl has taken it through the compressor: one page in memory at a time.
      await Promise.race([once(entry, 'end'), failed]);
    }
    zip.end();
    await Promise.race([once(file, 'close'), failed]);
    await rename(partial, target);
  } catch (e) {
    file.destroy();
    await rm(partial, { force: true });
    throw e;
  }
  return { format: 'zip', path: target, studies: o.studies, withResults, jsonBytes, fileBytes: (await stat(target)).size };
}

async function writeFolder(o: WriteRegistryOptions): Promise<WriteRegistryReport> {
  const root = path.resolve(o.out);
  await mkdir(root, { recursive: true });
  if ((await readdir(root)).length > 0) throw new Error(`${o.out} is not empty: give a new or empty folder`);
  let withResults = 0;
  let jsonBytes = 0;
  let folder = '';
  for (let i = 0; i < o.studies; i++) {
    const nct = syntheticNctId(i);
    const name = `${nct.slice(0, 7)}xxxx`;
    if (name !== folder) await mkdir(path.join(root, (folder = name)), { recursive: true });
    const study = syntheticStudy(i, o.seed);
    if (study.hasResults) withResults++;
    const text = `${JSON.stringify(study, null, 2)}\n`;
    jsonBytes += Buffer.byteLength(text);
    await writeFile(path.join(root, folder, `${nct}.json`), text);
    o.onProgress?.(i + 1);
  }
  return { format: 'folder', path: root, studies: o.studies, withResults, jsonBytes, fileBytes: jsonBytes };
}
