/**
 * The CSV files Neo4j's bulk importer reads, written as rows stream in. The importer types a
 * column once, in its header, and a plan's rows differ in which properties they have (an optional
 * p-value, a study without aliases), so rows go to one file per shape: a label or relationship type
 * with one set of typed columns. Values are typed as the Cypher loader stores them: a JavaScript
 * number is a float (the driver sends it so), a list is a list of its elements' type.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CSV_ARRAY_DELIMITER, type CsvGroup } from '../../../runtime/neo4j/admin-import.js';
import { ENTITY_LABEL, type NodeLabel } from '../../../kernel/vocabulary.js';
import type { Properties, PropertyValue } from '../plan/plan-builder.js';

/** Bytes a file's rows gather before they are handed to the stream. */
const FLUSH_AT = 1 << 20;
/** Where a file of rows with line breaks ends and the next begins. */
const MULTILINE_FILE_BYTES = 1 << 20;

type ColumnType = 'string' | 'double' | 'boolean' | 'string[]' | 'double[]';

const typeOf = (where: string, value: PropertyValue): ColumnType => {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  const kinds = new Set(value.map((v) => typeof v));
  if (kinds.size === 1 && kinds.has('string')) return 'string[]';
  if (kinds.size === 1 && kinds.has('number')) return 'double[]';
  throw new Error(`${where}: a list the bulk importer cannot type (${[...kinds].join(', ') || 'empty'})`);
};

const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;

const field = (where: string, value: PropertyValue): string => {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: ${value} is not a number Neo4j stores`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  for (const v of value)
    if (typeof v === 'string' && v.includes(CSV_ARRAY_DELIMITER))
      throw new Error(`${where}: a list element holds the CSV list delimiter (U+001F)`);
  return quoted(value.map(String).join(CSV_ARRAY_DELIMITER));
};

const hasLineBreak = (value: PropertyValue) =>
  typeof value === 'string' ? /[\r\n]/.test(value) : Array.isArray(value) && value.some((v) => typeof v === 'string' && /[\r\n]/.test(v));

interface ShapeFile {
  file: string;
  stream: WriteStream;
  pending: string[];
  pendingBytes: number;
  /** Characters written so far (about its bytes). */
  bytes: number;
  /** Its rows hold line breaks. */
  multiline: boolean;
  rows: number;
}

/** What the importer is given: its node and relationship groups and the files with line breaks. */
export interface CsvGraph {
  nodes: CsvGroup[];
  relationships: CsvGroup[];
  multilineFiles: string[];
  nodeRows: number;
  relationshipRows: number;
}

export class CsvGraphFiles {
  private readonly shapes = new Map<string, ShapeFile>();
  /** Every file, in the order it was opened. */
  private readonly all: { kind: 'nodes' | 'relationships'; name: string; shape: ShapeFile }[] = [];
  private fileCount = 0;

  private constructor(private readonly dir: string) {}

  static async create(dir: string): Promise<CsvGraphFiles> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return new CsvGraphFiles(dir);
  }

  /** A node: `id` is its ID column (stored as the `id` property too); every property of `props` but `id` a column. */
  async node(label: NodeLabel, id: string, props: Properties, owners: string[], usedBy?: string[]): Promise<void> {
    const where = `node ${id}`;
    const values: [string, PropertyValue][] = Object.entries(props).filter(([k]) => k !== 'id');
    values.push(['owners', owners]);
    if (usedBy && usedBy.length > 0) values.push(['usedBy', usedBy]);
    await this.row('nodes', `${ENTITY_LABEL}:${label}`, where, ['id:ID'], [quoted(id)], values);
  }

  async relationship(type: string, from: string, to: string, key: string, props: Properties, owners: string[]): Promise<void> {
    const where = `relationship ${key}`;
    const values: [string, PropertyValue][] = Object.entries(props).filter(([k]) => k !== 'key' && k !== 'owners');
    values.push(['key', key], ['owners', owners]);
    await this.row('relationships', type, where, [':START_ID', ':END_ID'], [quoted(from), quoted(to)], values);
  }

  private async row(
    kind: 'nodes' | 'relationships',
    name: string,
    where: string,
    fixedColumns: string[],
    fixedFields: string[],
    values: [string, PropertyValue][],
  ): Promise<void> {
    values.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const columns = [...fixedColumns, ...values.map(([k, v]) => `${k}:${typeOf(`${where}, property ${k}`, v)}`)];
    const multiline = values.some(([, v]) => hasLineBreak(v));
    const shapeKey = `${kind}|${name}|${multiline}|${columns.join(',')}`;
    let shape = this.shapes.get(shapeKey);
    // The importer's multi-line reader fails on a line break in a quoted field that straddles its
    // 4 MiB read buffer ("found CR outside a text cell"), so rows with line breaks go to files of
    // their own, each ended before it reaches 1 MiB.
    if (shape?.multiline && shape.bytes >= MULTILINE_FILE_BYTES) {
      this.shapes.delete(shapeKey);
      await this.end(shape);
      shape = undefined;
    }
    if (!shape) {
      const file = path.join(this.dir, `${kind}-${name.replace(/\W/g, '_')}-${String(++this.fileCount).padStart(4, '0')}.csv`);
      shape = {
        file,
        stream: createWriteStream(file, { mode: 0o600 }),
        pending: [columns.join(',')],
        pendingBytes: 0,
        bytes: 0,
        multiline,
        rows: 0,
      };
      this.all.push({ kind, name, shape });
      this.shapes.set(shapeKey, shape);
    }
    const line = [...fixedFields, ...values.map(([k, v]) => field(`${where}, property ${k}`, v))].join(',');
    shape.pending.push(line);
    shape.pendingBytes += line.length + 1;
    shape.bytes += line.length + 1;
    shape.rows++;
    if (shape.pendingBytes >= FLUSH_AT) await this.flush(shape);
  }

  private async flush(shape: ShapeFile): Promise<void> {
    if (shape.pending.length === 0) return;
    const text = `${shape.pending.join('\n')}\n`;
    shape.pending = [];
    shape.pendingBytes = 0;
    if (!shape.stream.write(text)) await new Promise<void>((resolve) => shape.stream.once('drain', () => resolve()));
  }

  private async end(shape: ShapeFile): Promise<void> {
    await this.flush(shape);
    await new Promise<void>((resolve, reject) => shape.stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }

  /**
   * Flushes and closes every file; returns the importer's groups. Each file is its own group: the
   * importer reads a group's header from its first file only.
   */
  async close(): Promise<CsvGraph> {
    for (const shape of this.shapes.values()) await this.end(shape);
    const out: CsvGraph = { nodes: [], relationships: [], multilineFiles: [], nodeRows: 0, relationshipRows: 0 };
    for (const { kind, name, shape } of this.all) {
      out[kind].push({ name, files: [shape.file] });
      if (shape.multiline) out.multilineFiles.push(shape.file);
      if (kind === 'nodes') out.nodeRows += shape.rows;
      else out.relationshipRows += shape.rows;
    }
    return out;
  }
}
