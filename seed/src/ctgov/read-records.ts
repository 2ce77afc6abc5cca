/**
 * Stage 1 of the registry source: read ClinicalTrials.gov study records one at a time from a
 * record file, a folder of them (recursively) or a zip of them (the registry's bulk download), so
 * memory stays bounded by the largest single record, never by the input. A file may hold one study,
 * an API search page (`{ "studies": [...] }`) or a JSON array of studies.
 */
import { open as openFile, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** One record as read, before validation. */
export interface RawRecord {
  /** Where it was read: a file path, `bulk.zip!/NCT0000xxxx/NCT….json`, or an API page URL. */
  file: string;
  /** 1-based position of the record in its file (a search page holds many). */
  position: number;
  /** The parsed JSON value; absent when the text is not JSON. */
  value?: unknown;
  /** Why the text could not be read as JSON. */
  error?: string;
}

/** A single record file larger than this is refused rather than read into memory. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** The records of one file's text: a study, each study of a search page, or each element of an array. */
export function* recordsOfText(file: string, text: string): Generator<RawRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield { file, position: 1, error: `not JSON: ${(e as Error).message}` };
    return;
  }
  const studies = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { studies?: unknown }).studies)
      ? (value as { studies: unknown[] }).studies
      : undefined;
  if (studies) {
    for (let i = 0; i < studies.length; i++) yield { file, position: i + 1, value: studies[i] };
  } else yield { file, position: 1, value };
}

const isJsonName = (name: string) => name.toLowerCase().endsWith('.json');
const isZipName = (name: string) => name.toLowerCase().endsWith('.zip');
const display = (p: string) => path.relative(process.cwd(), p) || p;
const tooLarge = (file: string, bytes: number): RawRecord => ({
  file,
  position: 1,
  error: `too large to read as one record (${bytes} bytes; the limit is ${MAX_RECORD_BYTES})`,
});

async function* fileRecords(full: string): AsyncGenerator<RawRecord> {
  const { size } = await stat(full);
  if (size > MAX_RECORD_BYTES) {
    yield tooLarge(display(full), size);
    return;
  }
  yield* recordsOfText(display(full), await readFile(full, 'utf8'));
}

async function* folderRecords(dir: string): AsyncGenerator<RawRecord> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* folderRecords(full);
    else if (entry.isFile() && isJsonName(entry.name)) yield* fileRecords(full);
  }
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) =>
      err || !zip ? reject(err ?? new Error(`cannot open ${file}`)) : resolve(zip),
    ),
  );
}

/** The zip's next entry, or undefined at its end. */
function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => {
      done();
      resolve(entry);
    };
    const onEnd = () => {
      done();
      resolve(undefined);
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function entryText(zip: ZipFile, entry: Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error(`cannot read ${entry.fileName}`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  });
}

async function* zipRecords(file: string): AsyncGenerator<RawRecord> {
  const zip = await openZip(file);
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith('/') || !isJsonName(entry.fileName)) continue;
      const where = `${display(file)}!/${entry.fileName}`;
      if (entry.uncompressedSize > MAX_RECORD_BYTES) yield tooLarge(where, entry.uncompressedSize);
      else yield* recordsOfText(where, await entryText(zip, entry));
    }
  } finally {
    zip.close();
  }
}

async function isZipFile(file: string): Promise<boolean> {
  if (isZipName(file)) return true;
  const handle = await openFile(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    await handle.close();
  }
}

/**
 * Every record under `input` (a `.json` file, a folder searched recursively for `*.json`, or a
 * zip of them), one at a time, in a stable order (folders by name, zips in archive order).
 */
export async function* readRecords(input: string): AsyncGenerator<RawRecord> {
  const info = await stat(input);
  if (info.isDirectory()) yield* folderRecords(input);
  else if (await isZipFile(input)) yield* zipRecords(input);
  else yield* fileRecords(input);
}

async function jsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsonFiles(full)));
    else if (entry.isFile() && isJsonName(entry.name)) out.push(full);
  }
  return out;
}

const recordsIn = (file: string, text: string) => {
  const records = recordsOfText(file, text);
  let n = 0;
  while (!records.next().done) n++;
  return n;
};

/**
 * How many records `input` probably holds, for a progress bar's ETA, without reading them all:
 * its `.json` files (a zip's entries or a folder's files) times the records of the first one (the
 * bulk download holds one study a file, a generated registry a page of them); undefined for a
 * single file or when the first file is too large to count.
 */
export async function estimateRecordCount(input: string): Promise<number | undefined> {
  const info = await stat(input);
  if (info.isDirectory()) {
    const files = await jsonFiles(input);
    const [first] = files;
    if (first === undefined) return 0;
    const { size } = await stat(first);
    return size > MAX_RECORD_BYTES ? undefined : files.length * recordsIn(first, await readFile(first, 'utf8'));
  }
  if (!(await isZipFile(input))) return undefined;
  const zip = await openZip(input);
  try {
    let n = 0;
    let perFile: number | undefined;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (!isJsonName(entry.fileName)) continue;
      n++;
      if (perFile === undefined) {
        if (entry.uncompressedSize > MAX_RECORD_BYTES) return undefined;
        perFile = recordsIn(entry.fileName, await entryText(zip, entry));
      }
    }
    return n * (perFile ?? 0);
  } finally {
    zip.close();
  }
}
