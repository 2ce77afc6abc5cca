/**
 * Neo4j's bulk importer (`neo4j-admin database import full`, from the same jars the server runs)
 * writing CSV files into a database of its own name. It needs no running server and touches no
 * other database, so the graph being served stays as it is while a new one is built beside it
 * (swap-database.ts puts it in place).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Neo4jPaths } from './paths.js';

/** Between list elements in a CSV field: a control character no curated or registry text holds. */
export const CSV_ARRAY_DELIMITER = '\u001f';

export interface CsvGroup {
  /** Node labels (joined with ':') or one relationship type. */
  name: string;
  /** Header first, then data. */
  files: string[];
}

export interface AdminImportOptions {
  /** The Neo4j instance folder (its conf/ and data/). */
  instanceDir: string;
  /** The database to create; it must not exist (with --overwrite-destination the importer checks the served database's lock and refuses while it runs). */
  database: string;
  nodes: CsvGroup[];
  relationships: CsvGroup[];
  /** Files whose quoted fields hold line breaks (read with the slower multi-line parser). */
  multilineFiles: string[];
  /** Where the importer lists what it refused (a bad entry fails the import; see `bad-tolerance`). */
  reportFile: string;
}

export interface AdminImportOutcome {
  seconds: number;
  /** The importer's peak resident set size, in MiB, sampled every half second from /proc. */
  maxRssMb: number | null;
  /** The importer's own summary (its last lines). */
  summary: string;
}

export class AdminImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminImportError';
  }
}

const peakRssMb = async (pid: number): Promise<number | null> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb === undefined ? null : Number(kb) / 1024;
};

/**
 * What made an import fail, from its verbose output: the innermost "Caused by" (which file, which
 * line or value), not the Java stack around it; the output's last lines when there is none.
 */
export function causeOf(output: string): string {
  const causes = output.split('\n').filter((l) => l.startsWith('Caused by: '));
  const last = causes.at(-1);
  if (last) return last.slice('Caused by: '.length).replace(/^[\w.$]+(Exception|Error): /, '');
  return output.trim().split('\n').slice(-5).join(' ').replace(/\s+/g, ' ');
}

/**
 * The importer's page cache, whatever the instance's: it reads the instance's neo4j.conf, and
 * with the 2g a whole registry is served with it took 2,073 MB of RSS and 74 s at 600k, against
 * 1,439 MB and 64 s with 512m.
 */
const IMPORTER_CONFIG = 'server.memory.pagecache.size=512m\n';

/** Runs the importer; rejects with its failure's cause (any bad entry fails it: the data must be whole). */
export async function runAdminImport(dist: Neo4jPaths, o: AdminImportOptions): Promise<AdminImportOutcome> {
  const started = performance.now();
  const configFile = path.join(o.instanceDir, 'run', 'admin-import.conf');
  await writeFile(configFile, IMPORTER_CONFIG, { mode: 0o600 });
  const args = [
    // Heap and off-heap capped: the machine is shared with the serving Neo4j (1g off-heap peaked at 1,439 MB RSS at 600k).
    '-Xmx1g',
    '-cp',
    `${dist.lib}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // First: after a --nodes or --relationships option it would be read as one more file.
    o.database,
    '--array-delimiter=U+001F',
    '--bad-tolerance=0',
    // A failure's cause (which file, which line) is only printed with --verbose.
    '--verbose',
    `--report-file=${o.reportFile}`,
    `--additional-config=${configFile}`,
    '--max-off-heap-memory=1g',
    ...(o.multilineFiles.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${o.multilineFiles.join(',')}`] : []),
    ...o.nodes.map((g) => `--nodes=${g.name}=${g.files.join(',')}`),
    ...o.relationships.map((g) => `--relationships=${g.name}=${g.files.join(',')}`),
  ];
  const child = spawn('sh', ['-c', 'umask 077 && exec java "$@"', 'java', ...args], {
    env: { ...process.env, NEO4J_HOME: dist.distribution, NEO4J_CONF: path.join(o.instanceDir, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let maxRssMb: number | null = null;
  const sample = setInterval(() => {
    if (child.pid === undefined) return;
    void peakRssMb(child.pid).then((mb) => {
      if (mb !== null) maxRssMb = Math.max(maxRssMb ?? 0, mb);
    });
  }, 500);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  }).finally(() => clearInterval(sample));
  const summary = output.slice(
    output.lastIndexOf('IMPORT DONE') >= 0 ? output.lastIndexOf('IMPORT DONE') : Math.max(0, output.length - 2000),
  );
  if (code !== 0) throw new AdminImportError(`neo4j-admin database import failed (exit ${code}): ${causeOf(output)}`);
  return { seconds: (performance.now() - started) / 1000, maxRssMb, summary: summary.trim() };
}
