/**
 * A first load of a large registry through Neo4j's bulk importer, in stages:
 *   1. plan the default sources (the review, the shipped records) and stream the registry's
 *      records through the importer's own pipeline (read → validate → plan), writing the graph
 *      the Cypher writer would leave as CSV files (BulkGraph);
 *   2. `neo4j-admin database import` them into a database of their own beside the served one,
 *      which keeps serving, untouched, throughout;
 *   3. with the server stopped, swap the new database in (swap-database.ts), start it, and write
 *      the schema and the load markers (`finishBulkLoad`).
 * A failure in 1 or 2 leaves the served graph as it was. The new graph replaces the whole
 * database: it holds the default sources and these records, nothing an earlier import wrote.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../../runtime/db/database.js';
import { runAdminImport, type AdminImportOutcome } from '../../../runtime/neo4j/admin-import.js';
import type { Neo4jPaths } from '../../../runtime/neo4j/paths.js';
import { BULK_DATABASE, removeBulkDatabase } from '../../../runtime/neo4j/swap-database.js';
import { REGISTRY_SOURCE_ID } from '../../../kernel/sources.js';
import { IMPORT_LOAD_ID, streamRegistry, type RecordCounts, type RegistrySummary } from '../ctgov/pipeline.js';
import { registrySource } from '../ctgov/plan-records.js';
import type { RawRecord } from '../ctgov/read-records.js';
import { linksFileOf, readCuratedLinks } from '../ctgov/registry-links.js';
import { vocabularyFromPlans } from '../ctgov/resolve.js';
import { prepareDefaultSources } from '../load/default-sources.js';
import { SeedValidationError } from '../validate/problem.js';
import { loadedStateOf, writeLoadMarkers, type LoadMarker } from '../write/write-graph.js';
import { BulkGraph } from './bulk-graph.js';
import { CsvGraphFiles, type CsvGraph } from './csv-files.js';

export interface BulkBuildOptions {
  records: AsyncIterable<RawRecord>;
  reviewDir: string;
  /** The shipped registry records (Config.registryDataDir); their links file sits beside them. */
  registryDir: string;
  dist: Neo4jPaths;
  /** The Neo4j instance folder: the CSV goes under its import/ folder, the database under its data/. */
  instanceDir: string;
  batch: number;
  maxProblems: number;
  onRecord?: (counts: RecordCounts) => void;
  /** Told when a stage starts (for progress lines). */
  onStage?: (stage: string) => void;
}

export interface BulkBuild {
  summary: RegistrySummary;
  /** The markers finishBulkLoad writes, in load order. */
  markers: LoadMarker[];
  csv: Pick<CsvGraph, 'nodeRows' | 'relationshipRows'>;
  /** Seconds spent reading, validating and planning and writing CSV, then in the importer. */
  planSeconds: number;
  admin: AdminImportOutcome | null;
}

/**
 * Stages 1 and 2: builds the new graph as database BULK_DATABASE of the instance. Throws a
 * SeedValidationError when a default source or the curated links are invalid; a rejected record
 * is reported in the summary and left out, as the chunked importer does. Nothing is imported
 * when no record was accepted (`admin` is null).
 */
export async function buildBulkDatabase(o: BulkBuildOptions): Promise<BulkBuild> {
  const started = performance.now();
  o.onStage?.('Planning the default sources');
  const { plans } = await prepareDefaultSources({ reviewDir: o.reviewDir, registryDir: o.registryDir });
  const vocabulary = vocabularyFromPlans(plans);
  const curated = await readCuratedLinks(linksFileOf(o.registryDir), vocabulary);
  if (curated.problems.length > 0) throw new SeedValidationError(curated.problems);

  const csvDir = path.join(o.instanceDir, 'import', 'bulk');
  await rm(csvDir, { recursive: true, force: true });
  const files = await CsvGraphFiles.create(csvDir);
  const graph = new BulkGraph(files, REGISTRY_SOURCE_ID);
  for (const plan of plans) graph.hold(plan);

  o.onStage?.('Reading, validating and planning the records into CSV');
  const source = registrySource();
  const hash = createHash('sha256');
  const summary = await streamRegistry(o.records, {
    vocabulary,
    links: curated.links,
    source,
    loadId: IMPORT_LOAD_ID,
    batch: o.batch,
    maxProblems: o.maxProblems,
    onRecord: o.onRecord,
    onPlan: async (plan) => {
      hash.update(plan.hash);
      await graph.stream(plan);
    },
  });
  await graph.finish();
  const csv = await files.close();
  const planSeconds = (performance.now() - started) / 1000;
  const markers: LoadMarker[] = plans.map((p) => ({ source: p.source, loadId: p.loadId, state: loadedStateOf(p), records: null }));
  const { counts } = summary;
  markers.push({
    source,
    loadId: IMPORT_LOAD_ID,
    state: loadedStateOf({ hash: hash.digest('hex') }),
    records: { read: counts.read, written: counts.accepted, rejected: counts.rejected },
  });
  const built: BulkBuild = {
    summary,
    markers,
    csv: { nodeRows: csv.nodeRows, relationshipRows: csv.relationshipRows },
    planSeconds,
    admin: null,
  };
  if (counts.accepted === 0) return built;

  o.onStage?.(
    `Importing ${csv.nodeRows.toLocaleString('en')} nodes and ${csv.relationshipRows.toLocaleString('en')} relationships with neo4j-admin`,
  );
  await removeBulkDatabase(o.instanceDir);
  built.admin = await runAdminImport(o.dist, {
    instanceDir: o.instanceDir,
    database: BULK_DATABASE,
    nodes: csv.nodes,
    relationships: csv.relationships,
    multilineFiles: csv.multilineFiles,
    reportFile: path.join(o.instanceDir, 'logs', 'bulk-import.report'),
  });
  // The CSV is as large as the graph; the database holds it now.
  await rm(csvDir, { recursive: true, force: true });
  return built;
}

/** Stage 3, on the swapped-in database: the schema (indexes, constraints) and the load markers. */
export async function finishBulkLoad(db: Database, build: Pick<BulkBuild, 'markers'>): Promise<void> {
  await writeLoadMarkers(db, build.markers);
}
