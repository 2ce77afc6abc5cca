/**
 * Stage 1 of the seed pipeline: read every YAML file under the data folder, keeping each file's
 * parsed document so later stages can name the line of any entry or field.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface RawSeedFile {
  /** Path relative to the data folder's parent, as shown in error messages (seed/data/x.yaml). */
  file: string;
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Reads `*.yaml` files of a folder in name order; the order never changes what is loaded. */
export async function readSeedFiles(dataDir: string): Promise<RawSeedFile[]> {
  const names = (await readdir(dataDir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  const base = path.dirname(path.dirname(path.resolve(dataDir)));
  return Promise.all(
    names.map(async (name) => {
      const full = path.join(dataDir, name);
      const text = await readFile(full, 'utf8');
      const lineCounter = new LineCounter();
      const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
      return { file: path.relative(base, full) || name, text, document, lineCounter };
    }),
  );
}

/** The 1-based line of the node at `path` in a parsed file, or of its nearest existing parent. */
export function lineAt(raw: RawSeedFile, at: readonly (string | number)[]): number | undefined {
  for (let n = at.length; n >= 0; n--) {
    const node = raw.document.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return raw.lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
