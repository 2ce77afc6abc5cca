/**
 * The registry source's stages in order, one record at a time: read → validate → plan. A record
 * with a problem is rejected whole (nothing of it is planned) and the others go on; a plan's
 * scopes are the owners of the accepted records only, so a rejected record's data already in the
 * graph stays as it was. `streamRegistry` hands over a plan every `batch` accepted records and
 * keeps nothing of them but counts; `prepareRegistry` plans a whole (small) stream into one plan.
 * Writing is shared by every source (write/write-graph.ts).
 */
import { REGISTRY_SOURCE_ID } from '../../../kernel/sources.js';
import type { GraphPlan } from '../plan/plan-builder.js';
import { SeedValidationError, type SeedProblem } from '../validate/problem.js';
import { emptyStats, RegistryPlanner, registrySource, type RegistryPlanStats } from './plan-records.js';
import { readRecords, type RawRecord } from './read-records.js';
import { linksFileOf, readCuratedLinks, RegistryLinker, type CuratedLink } from './registry-links.js';
import { VocabularyResolver, type RegistryVocabulary } from './resolve.js';
import { validateRecord } from './validate-record.js';
import type { SourceDescriptor } from '../../../kernel/sources.js';

/** Load id of the records shipped with the project. */
export const SHIPPED_LOAD_ID = `${REGISTRY_SOURCE_ID}:shipped`;
/** Load id of `npm run import:ctgov`. */
export const IMPORT_LOAD_ID = `${REGISTRY_SOURCE_ID}:import`;

export interface RecordCounts {
  read: number;
  accepted: number;
  rejected: number;
}

/** How many accepted records a chunk of a streamed import holds by default. */
export const DEFAULT_BATCH = 500;
/** How many problems a streamed import keeps to print; the rest are counted. */
export const MAX_PROBLEMS_KEPT = 1000;

/** What a stream of records came to: counts, stats, warnings and the problems kept. */
export interface RegistrySummary {
  counts: RecordCounts;
  /** Problems of rejected records, in reading order (a streamed import keeps the first MAX_PROBLEMS_KEPT). */
  problems: SeedProblem[];
  /** Every problem, kept or not. */
  problemCount: number;
  stats: RegistryPlanStats;
  /** Links not made because a rule matched several review studies. */
  warnings: string[];
}

export interface PreparedRegistry extends RegistrySummary {
  plan: GraphPlan;
}

export interface PrepareRegistryOptions {
  vocabulary: RegistryVocabulary;
  links: CuratedLink[];
  source?: SourceDescriptor;
  loadId: string;
  /** Called after each record with the counts so far (progress). */
  onRecord?: (counts: RecordCounts) => void;
}

export interface StreamRegistryOptions extends PrepareRegistryOptions {
  /** Accepted records per plan handed to `onPlan`. */
  batch?: number;
  /** Problems kept in memory; the others are counted only. */
  maxProblems?: number;
  /** Receives each chunk's plan (written before the stream is read on) with the counts so far. */
  onPlan: (plan: GraphPlan, counts: RecordCounts) => Promise<void>;
}

/**
 * Validates and plans a stream of records `batch` accepted records at a time, handing each chunk's
 * plan to `onPlan` before reading on; never throws for a bad record, only reports it. Memory holds
 * one chunk, the counts and the NCT numbers read (each record loads once across the whole stream).
 */
export async function streamRegistry(records: AsyncIterable<RawRecord>, opts: StreamRegistryOptions): Promise<RegistrySummary> {
  const resolver = new VocabularyResolver(opts.vocabulary);
  const linker = new RegistryLinker(opts.vocabulary, opts.links);
  const source = opts.source ?? registrySource();
  const batch = opts.batch ?? DEFAULT_BATCH;
  const maxProblems = opts.maxProblems ?? Number.POSITIVE_INFINITY;
  const stats = emptyStats();
  const warnings: string[] = [];
  const counts: RecordCounts = { read: 0, accepted: 0, rejected: 0 };
  const problems: SeedProblem[] = [];
  let problemCount = 0;
  const seen = new Map<string, string>();
  let planner = new RegistryPlanner(resolver, linker, stats, warnings);
  let planned = 0;
  const flush = async () => {
    if (planned === 0) return;
    const plan = planner.build(source, opts.loadId);
    planner = new RegistryPlanner(resolver, linker, stats, warnings);
    planned = 0;
    await opts.onPlan(plan, { ...counts });
  };
  const report = (found: SeedProblem[]) => {
    problemCount += found.length;
    for (const p of found) if (problems.length < maxProblems) problems.push(p);
  };
  for await (const raw of records) {
    counts.read++;
    const check = validateRecord(raw);
    const first = check.ok ? seen.get(check.record.nct) : undefined;
    if (check.ok && first === undefined) {
      seen.set(check.record.nct, raw.file);
      planner.add(check.record);
      counts.accepted++;
      if (++planned >= batch) await flush();
    } else {
      counts.rejected++;
      report(
        check.ok
          ? [
              {
                file: raw.file,
                entry: check.record.nct,
                field: 'protocolSection.identificationModule.nctId',
                message: `${check.record.nct} was already read from ${first}; each record loads once`,
              },
            ]
          : check.problems,
      );
    }
    opts.onRecord?.(counts);
  }
  await flush();
  return { counts, problems, problemCount, stats, warnings };
}

/** Validates and plans every record of a stream into one plan; never throws for a bad record, only reports it. */
export async function prepareRegistry(records: AsyncIterable<RawRecord>, opts: PrepareRegistryOptions): Promise<PreparedRegistry> {
  let plan: GraphPlan | undefined;
  const summary = await streamRegistry(records, {
    ...opts,
    batch: Number.POSITIVE_INFINITY,
    onPlan: async (p) => {
      plan = p;
    },
  });
  // No record accepted: an empty plan of no scopes (it replaces nothing).
  plan ??= new RegistryPlanner(new VocabularyResolver(opts.vocabulary), new RegistryLinker(opts.vocabulary, opts.links)).build(
    opts.source ?? registrySource(),
    opts.loadId,
  );
  return { ...summary, plan };
}

/**
 * Plans the registry records shipped with the project (`recordsDir`) with the vocabulary of the
 * sources planned before them and the curated links beside the folder; throws a
 * SeedValidationError with every problem when a record or a link is invalid.
 */
export async function prepareShippedRegistry(
  recordsDir: string,
  vocabulary: RegistryVocabulary,
  linksFile: string = linksFileOf(recordsDir),
): Promise<PreparedRegistry> {
  const { links, problems: linkProblems } = await readCuratedLinks(linksFile, vocabulary);
  const prepared = await prepareRegistry(readRecords(recordsDir), { vocabulary, links, loadId: SHIPPED_LOAD_ID });
  const problems = [...linkProblems, ...prepared.problems];
  if (problems.length > 0) throw new SeedValidationError(problems);
  return prepared;
}
