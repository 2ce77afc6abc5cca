/**
 * The registry source's stages in order, one record at a time: read → validate → plan. A record
 * with a problem is rejected whole (nothing of it is planned) and the others go on; the plan's
 * scopes are the owners of the accepted records only, so a rejected record's data already in the
 * graph stays as it was. Writing is shared by every source (write/write-graph.ts).
 */
import { REGISTRY_SOURCE_ID } from '../../../kernel/sources.js';
import type { GraphPlan } from '../plan/plan-builder.js';
import { SeedValidationError, type SeedProblem } from '../validate/problem.js';
import { RegistryPlanner, registrySource, type RegistryPlanStats } from './plan-records.js';
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

export interface PreparedRegistry {
  plan: GraphPlan;
  counts: RecordCounts;
  /** Every problem of every rejected record, in reading order. */
  problems: SeedProblem[];
  stats: RegistryPlanStats;
  /** Links not made because a rule matched several review studies. */
  warnings: string[];
}

export interface PrepareRegistryOptions {
  vocabulary: RegistryVocabulary;
  links: CuratedLink[];
  source?: SourceDescriptor;
  loadId: string;
  /** Called after each record with the counts so far (progress). */
  onRecord?: (counts: RecordCounts) => void;
}

/** Validates and plans every record of a stream; never throws for a bad record, only reports it. */
export async function prepareRegistry(records: AsyncIterable<RawRecord>, opts: PrepareRegistryOptions): Promise<PreparedRegistry> {
  const planner = new RegistryPlanner(new VocabularyResolver(opts.vocabulary), new RegistryLinker(opts.vocabulary, opts.links));
  const counts: RecordCounts = { read: 0, accepted: 0, rejected: 0 };
  const problems: SeedProblem[] = [];
  const seen = new Map<string, string>();
  for await (const raw of records) {
    counts.read++;
    const check = validateRecord(raw);
    const first = check.ok ? seen.get(check.record.nct) : undefined;
    if (check.ok && first === undefined) {
      seen.set(check.record.nct, raw.file);
      planner.add(check.record);
      counts.accepted++;
    } else {
      counts.rejected++;
      problems.push(
        ...(check.ok
          ? [
              {
                file: raw.file,
                entry: check.record.nct,
                field: 'protocolSection.identificationModule.nctId',
                message: `${check.record.nct} was already read from ${first}; each record loads once`,
              },
            ]
          : check.problems),
      );
    }
    opts.onRecord?.(counts);
  }
  return {
    plan: planner.build(opts.source ?? registrySource(), opts.loadId),
    counts,
    problems,
    stats: planner.stats,
    warnings: planner.warnings,
  };
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
