/**
 * `npm run synth:registry -- --studies 10000 --seed 42 --out <file.zip | folder> [--page-size 1000]`
 * — writes a synthetic ClinicalTrials.gov registry (API v2 study JSON, never evidence) for tests
 * and benchmarks; load it with `npm run import:ctgov -- <file.zip | folder>`. Exit 2 on bad usage.
 */
import path from 'node:path';
import { must } from '../../../kernel/must.js';
import { isZipPath, writeSyntheticRegistry, type WriteRegistryOptions } from './write-registry.js';

const SYNTH_USAGE = 'usage: npm run synth:registry -- --studies <n> [--seed <n>] --out <file.zip | folder> [--page-size <1-1000>]';

/** Reads the command line; throws an Error whose message is for the user. */
function parseSynthArgs(argv: string[]): WriteRegistryOptions {
  const values = new Map<string, string>();
  const args = argv.values();
  for (const arg of args) {
    const m = /^--(studies|seed|out|page-size)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg}`);
    const name = must(m[1], 'the pattern captures the option name');
    const value = m[2] ?? args.next().value;
    if (value === undefined) throw new Error(`--${name} needs a value`);
    values.set(name, value);
  }
  const whole = (name: string, fallback?: number) => {
    const text = values.get(name);
    if (text === undefined) {
      if (fallback === undefined) throw new Error(`--${name} is required`);
      return fallback;
    }
    if (!/^\d+$/.test(text.replaceAll('_', ''))) throw new Error(`--${name} must be a whole number, not "${text}"`);
    return Number(text.replaceAll('_', ''));
  };
  const out = values.get('out');
  if (!out) throw new Error('--out is required');
  const pageSize = values.has('page-size') ? whole('page-size') : undefined;
  if (pageSize !== undefined && !isZipPath(out)) throw new Error('--page-size applies to a .zip only');
  return { studies: whole('studies'), seed: whole('seed', 42), out, pageSize };
}

async function main(argv: string[]): Promise<number> {
  let options: WriteRegistryOptions;
  try {
    options = parseSynthArgs(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n${SYNTH_USAGE}`);
    return 2;
  }
  const started = Date.now();
  let lastReport = 0;
  const report = await writeSyntheticRegistry({
    ...options,
    onProgress: (n) => {
      if (Date.now() - lastReport < 2000 && n !== options.studies) return;
      lastReport = Date.now();
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(`Generating synthetic studies: ${n} of ${options.studies} (${Math.round(n / Math.max(seconds, 0.001))}/s)\n`);
    },
  });
  const seconds = (Date.now() - started) / 1000;
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  console.log(
    `Wrote ${report.studies} synthetic studies (${report.withResults} with results; seed ${options.seed}) to ${path.relative(process.cwd(), report.path) || report.path} ` +
      `as a ${report.format}: ${mb(report.jsonBytes)} MB of JSON (${Math.round(report.jsonBytes / report.studies)} bytes a study), ${mb(report.fileBytes)} MB on disk, ` +
      `in ${seconds.toFixed(1)} s; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
