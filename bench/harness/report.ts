/**
 * The bench's results: the rows every later change is measured against (`{ scale, system, op,
 * concurrency, p50, p99, rps, errors }`, times in ms), the loads, what each system answered, and
 * the Markdown tables the README shows. Written to bench/results/<date>.json and .md.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { machineLine, type MachineFacts } from './machine.js';
import { OPERATIONS, SIZE_UNITS, SYSTEM_NAMES, type OperationName, type SystemName } from './operations.js';

export interface ResultRow {
  /** Studies: the review's data (all its studies), or the number of synthetic studies loaded beside it. */
  scale: number;
  system: SystemName;
  op: OperationName;
  concurrency: number;
  /** Milliseconds; null when no request succeeded. */
  p50: number | null;
  p99: number | null;
  /** Successful requests per second. */
  rps: number;
  errors: number;
}

export interface LoadRecord {
  scale: number;
  data: 'review' | 'synthetic';
  studies: number;
  seconds: number;
  studiesPerSecond: number | null;
  maxRssMb: number;
  ok: boolean;
  /** The loader's summary, or why it failed. */
  lines: string[];
  /** Generating the synthetic registry (not part of loading). */
  generated?: { seconds: number; fileMb: number; jsonMb: number };
  /** Which importer loaded a synthetic registry. */
  loader?: 'bulk' | 'chunked';
  /** A bulk load's stages in seconds (CSV: reading, validating, planning; neo4j-admin; swap, restart and indexes) and the importer's peak RSS. */
  bulk?: { csvSeconds: number; importerSeconds: number; swapAndIndexSeconds: number; importerMaxRssMb: number | null };
}

export interface AnswerRecord {
  scale: number;
  op: OperationName;
  sizes: Partial<Record<SystemName, number | string>>;
}

export interface ErrorRecord {
  scale: number;
  system: SystemName;
  op: OperationName;
  concurrency: number;
  samples: string[];
}

export interface ScaleRecord {
  scale: number;
  studiesInGraph: number;
  hub: { id: string; label: string; degree: number } | null;
  /** The machine's 1-minute load average when the scale's requests began and ended (2 cores: above 2 means queueing). */
  loadAverage?: { start: number; end: number };
  /** Why the scale was not measured, when it was not. */
  skipped?: string;
}

export interface BenchResults {
  date: string;
  mode: 'quick' | 'full';
  machine: MachineFacts;
  scales: ScaleRecord[];
  loads: LoadRecord[];
  answers: AnswerRecord[];
  rows: ResultRow[];
  errors: ErrorRecord[];
}

const SYSTEM_TITLES: Record<SystemName, string> = { api: 'API', raw: 'raw floor', 'neo4j-graphql': '@neo4j/graphql' };
const ms = (v: number | null) => (v === null ? '-' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : String(Math.round(v)));
const rate = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));

function cell(row: ResultRow | undefined): string {
  if (!row) return 'n/a';
  const errors = row.errors > 0 ? ` ⚠ ${row.errors} err` : '';
  return `${ms(row.p50)} / ${ms(row.p99)} · ${rate(row.rps)}/s${errors}`;
}

/** The README's tables for these results. */
export function markdownOf(r: BenchResults): string {
  const systems = SYSTEM_NAMES.filter((s) => r.rows.some((row) => row.system === s));
  const out: string[] = [];
  out.push(
    `Measured ${r.date} (${r.mode === 'quick' ? '`npm run bench -- --quick`' : '`npm run bench`'}) on ${machineLine(r.machine)}.`,
    '',
  );
  out.push(
    "Loading (each scale into a fresh Neo4j; synthetic studies beside the review, with `import:ctgov`'s importer, or `import:ctgov --bulk`'s where the outcome says neo4j-admin):",
    '',
  );
  out.push('| scale | data | studies | seconds | studies/s | loader peak RSS | outcome |', '|---:|---|---:|---:|---:|---:|---|');
  for (const l of r.loads) {
    const stages = l.bulk
      ? ` with neo4j-admin: CSV ${Math.round(l.bulk.csvSeconds)} s, importer ${Math.round(l.bulk.importerSeconds)} s (peak RSS ${l.bulk.importerMaxRssMb === null ? '?' : Math.round(l.bulk.importerMaxRssMb)} MB), swap and indexes ${Math.round(l.bulk.swapAndIndexSeconds)} s`
      : l.loader === 'chunked'
        ? ' in chunks (Cypher)'
        : '';
    const outcome = l.ok ? `loaded${stages}` : `failed: ${(l.lines[l.lines.length - 1] ?? '').slice(0, 160).replaceAll('|', '\\|')}`;
    out.push(
      `| ${l.scale.toLocaleString('en')} | ${l.data} | ${l.studies.toLocaleString('en')} | ${l.seconds.toFixed(1)} | ${l.studiesPerSecond === null ? '-' : rate(l.studiesPerSecond)} | ${Math.round(l.maxRssMb)} MB | ${outcome} |`,
    );
  }
  out.push('', `Requests: p50 / p99 in ms · successful requests per second (⚠ errors), per operation and concurrency:`, '');
  out.push(
    `| scale | op | concurrency | ${systems.map((s) => SYSTEM_TITLES[s]).join(' | ')} |`,
    `|---:|---|---:|${systems.map(() => '---').join('|')}|`,
  );
  for (const s of r.scales.filter((x) => !x.skipped)) {
    for (const op of OPERATIONS) {
      for (const c of [...new Set(r.rows.filter((x) => x.scale === s.scale && x.op === op).map((x) => x.concurrency))].sort(
        (a, b) => a - b,
      )) {
        const find = (sys: SystemName) => r.rows.find((x) => x.scale === s.scale && x.op === op && x.concurrency === c && x.system === sys);
        out.push(`| ${s.scale.toLocaleString('en')} | ${op} | ${c} | ${systems.map((sys) => cell(find(sys))).join(' | ')} |`);
      }
    }
  }
  const skipped = r.scales.filter((x) => x.skipped);
  if (skipped.length > 0) out.push('', ...skipped.map((x) => `Scale ${x.scale.toLocaleString('en')} was not measured: ${x.skipped}`));
  out.push('', "What each system answered (first request of each operation; the unit is the operation's own):", '');
  out.push(
    `| scale | op | ${systems.map((s) => SYSTEM_TITLES[s]).join(' | ')} | unit |`,
    `|---:|---|${systems.map(() => '---:').join('|')}|---|`,
  );
  for (const a of r.answers) {
    out.push(
      `| ${a.scale.toLocaleString('en')} | ${a.op} | ${systems
        .map((s) =>
          String(a.sizes[s] ?? '-')
            .replaceAll('|', '\\|')
            .slice(0, 80),
        )
        .join(' | ')} | ${SIZE_UNITS[a.op]} |`,
    );
  }
  const loads = r.scales
    .filter((s) => s.loadAverage)
    .map((s) => `${s.scale.toLocaleString('en')}: ${s.loadAverage!.start} → ${s.loadAverage!.end}`);
  if (loads.length > 0) out.push('', `Load average (1 min) while requests ran, per scale: ${loads.join('; ')}.`);
  const hubs = r.scales
    .filter((s) => s.hub)
    .map((s) => `${s.scale.toLocaleString('en')}: \`${s.hub!.id}\` (${s.hub!.degree.toLocaleString('en')} relationships)`);
  if (hubs.length > 0) out.push('', `Largest hub (neighborhood-hub) per scale: ${hubs.join('; ')}.`);
  if (r.errors.length > 0) {
    out.push('', 'Errors (first messages):', '');
    for (const e of r.errors)
      out.push(
        `- ${e.scale.toLocaleString('en')} ${SYSTEM_TITLES[e.system]} ${e.op} c=${e.concurrency}: ${e.samples.map((m) => m.slice(0, 160)).join(' / ')}`,
      );
  }
  return `${out.join('\n')}\n`;
}

/** Writes `<dir>/<date>.json` and `.md` (`<date>-2`, `-3` ... when a run of that date is there). */
export async function writeResults(dir: string, r: BenchResults, fileBase?: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  let base = fileBase;
  if (!base) {
    base = r.date;
    for (let n = 2; existsSync(path.join(dir, `${base}.json`)); n++) base = `${r.date}-${n}`;
  }
  await writeFile(path.join(dir, `${base}.json`), `${JSON.stringify(r, null, 2)}\n`);
  await writeFile(path.join(dir, `${base}.md`), markdownOf(r));
  return base;
}
