/**
 * The writer: loads one source's plan. Constraints and indexes first (schema changes cannot share
 * a transaction with data; an index covering other labels than the vocabulary's is replaced), then
 * the plan's rows in ONE write transaction: every node and relationship MERGEd on its id/key with
 * the plan's owners, what the plan's scopes owned and the plan no longer holds removed, and nothing
 * of any other owner touched. A node several owners assert keeps the review's properties (the
 * curated words win); it is deleted only when its last owner lets go of it and, if some other
 * source used it (`usedBy`), only once no relationship touches it any more. A failure anywhere
 * rolls the transaction back; running it twice changes nothing.
 *
 * A plan with `anchors` (a chunk of registry records: their study ids) releases stale data only
 * among what those anchors reach (O(chunk), not O(graph)); a large load is written as a series of
 * such plans (`beginLoad`, `writeChunk`, `finishLoad`), each chunk in its own transaction, with the
 * load's SourceLoad marker saying `complete: false` until the last one is in.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../../runtime/db/database.js';
import type { GraphPlan } from '../plan/plan-builder.js';
import {
  ENTITY_LABEL,
  FULLTEXT_INDEX,
  LEGACY_SEED_META_LABEL,
  NODE_LABELS,
  SOURCE_LABEL,
  SOURCE_LOAD_LABEL,
  type NodeLabel,
} from '../../../kernel/vocabulary.js';
import { REVIEW_SOURCE_ID, type SourceDescriptor } from '../../../kernel/sources.js';
import { STUDY_INDEX_STATEMENTS } from '../../../kernel/indexes.js';
import { countGraph, loadedHash, type GraphCounts } from '../../../runtime/graph-meta.js';

const BATCH = 1000;

/** A full-text index: its name, the labels it covers and the properties it reads. */
export interface FulltextIndexSpec {
  name: string;
  labels: readonly string[];
  properties: readonly string[];
}

/** Search's index: every node label, so a label added to the vocabulary is searchable on the next load. */
export const NODE_FULLTEXT: FulltextIndexSpec = {
  name: FULLTEXT_INDEX,
  labels: NODE_LABELS,
  properties: ['name', 'aliases', 'acronym', 'nct'],
};

export const createFulltextStatement = (spec: FulltextIndexSpec) =>
  `CREATE FULLTEXT INDEX ${spec.name} IF NOT EXISTS FOR (n:${spec.labels.join('|')}) ON EACH [${spec.properties.map((p) => `n.${p}`).join(', ')}]`;

/** Column names that do not read as a node's (labels + properties) when rows are made plain. */
export const FIND_FULLTEXT_INDEX = `
  SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties
  WHERE name = $name
  RETURN labelsOrTypes AS coveredLabels, properties AS coveredProperties`;

export const dropIndexStatement = (name: string) => `DROP INDEX ${name} IF EXISTS`;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * CREATE ... IF NOT EXISTS keeps an index of the same name whatever it covers, so a database
 * written before a label joined the vocabulary (Observation) would never index it. An index whose
 * labels or properties differ from `spec` is dropped here, and the schema statements create it
 * anew. Returns what it found: no index, the same one, or a stale one it dropped.
 */
export async function dropStaleFulltextIndex(db: Database, spec: FulltextIndexSpec): Promise<'absent' | 'current' | 'dropped'> {
  const [found] = await db.read<{ coveredLabels: string[]; coveredProperties: string[] }>('seed.findFulltextIndex', FIND_FULLTEXT_INDEX, {
    name: spec.name,
  });
  if (!found) return 'absent';
  if (sameSet(found.coveredLabels, spec.labels) && sameSet(found.coveredProperties, spec.properties)) return 'current';
  await db.writeTransaction('seed.dropStaleFulltextIndex', (run) => run(dropIndexStatement(spec.name)));
  return 'dropped';
}

export const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:${SOURCE_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT source_load_id IF NOT EXISTS FOR (n:${SOURCE_LOAD_LABEL}) REQUIRE n.id IS UNIQUE`,
  createFulltextStatement(NODE_FULLTEXT),
  'CREATE INDEX result_study IF NOT EXISTS FOR (n:Result) ON (n.studyId)',
  'CREATE INDEX study_nct IF NOT EXISTS FOR (n:Study) ON (n.nct)',
  // An adverse-event count joins two shared nodes (intervention → event), so an anchored release
  // finds a record's counts by the study they were reported in, never by expanding a hub.
  'CREATE INDEX has_adverse_event_study IF NOT EXISTS FOR ()-[r:HAS_ADVERSE_EVENT]-() ON (r.studyId)',
  ...STUDY_INDEX_STATEMENTS,
];

/** The primary owner: where it asserts a node or relationship, its properties are kept. */
const PRIMARY = REVIEW_SOURCE_ID;

/**
 * Owners of `x` other than the scopes this write replaces, and whether the write may set its
 * properties. Owners are a set: a source-level owner (`ctgov`) written by every chunk appears once.
 */
const ownership = (x: string) => `
  WITH ${x}, row, [o IN coalesce(${x}.owners, []) WHERE NOT o IN $scopes] AS others, ${x}.usedBy AS usedBy
  WITH ${x}, row, others, usedBy, (any(o IN others WHERE o = '${PRIMARY}') AND NOT '${PRIMARY}' IN row.owners) AS subordinate`;

export const mergeNodesStatement = (label: NodeLabel) => `
  UNWIND $rows AS row
  MERGE (n:${ENTITY_LABEL} {id: row.id})
  ${ownership('n')}
  FOREACH (_ IN CASE WHEN subordinate THEN [] ELSE [1] END | SET n = row.props)
  FOREACH (_ IN CASE WHEN subordinate THEN [1] ELSE [] END |
    SET n.aliases = coalesce(n.aliases, []) + [a IN coalesce(row.props.aliases, []) WHERE NOT a IN coalesce(n.aliases, [])])
  SET n:${label}, n.owners = others + [o IN row.owners WHERE NOT o IN others], n.usedBy = usedBy
  RETURN count(*) AS written`;

/**
 * A node the plan links to without declaring it records the plan's owners as users (`usedBy`),
 * so it outlives a declarer that lets go of it while something still links to it. The registry
 * records its use as the source (`ctgov`), so a hub's list holds one entry, not one per record.
 */
export const REFERENCE_NODES = `
  UNWIND $rows AS row
  OPTIONAL MATCH (n:${ENTITY_LABEL} {id: row.id})
  FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END |
    SET n.usedBy = reduce(kept = [o IN coalesce(n.usedBy, []) WHERE NOT o IN $scopes], o IN row.owners | CASE WHEN o IN kept THEN kept ELSE kept + o END))
  WITH row WHERE n IS NULL
  RETURN row.id AS missing`;

export const mergeRelationshipsStatement = (type: string) => `
  UNWIND $rows AS row
  MATCH (a:${ENTITY_LABEL} {id: row.from})
  MATCH (b:${ENTITY_LABEL} {id: row.to})
  MERGE (a)-[r:${type} {key: row.key}]->(b)
  ${ownership('r')}
  FOREACH (_ IN CASE WHEN subordinate THEN [] ELSE [1] END | SET r = row.props)
  SET r.key = row.key, r.owners = others + [o IN row.owners WHERE NOT o IN others]
  RETURN count(*) AS written`;

/**
 * A first load of a chunk's records (none of their anchors is in the graph): each relationship is
 * the record's own (its key names the record's nodes or carries its NCT), so it cannot exist yet
 * and is CREATEd. MERGE would check the pair for an existing one by expanding one end, and
 * between two hubs (placebo → nausea) that costs their degree, growing with the graph.
 */
export const createRelationshipsStatement = (type: string) => `
  UNWIND $rows AS row
  MATCH (a:${ENTITY_LABEL} {id: row.from})
  MATCH (b:${ENTITY_LABEL} {id: row.to})
  CREATE (a)-[r:${type}]->(b)
  SET r = row.props, r.key = row.key, r.owners = row.owners
  RETURN count(*) AS written`;

/** What to do with a released relationship: the scopes let go; an ownerless one goes, and its ends are returned. */
const releaseRelationship = `
  WITH DISTINCT r WHERE any(o IN r.owners WHERE o IN $scopes) AND NOT r.key IN $keys
  SET r.owners = [o IN r.owners WHERE NOT o IN $scopes]
  WITH r WHERE size(r.owners) = 0
  WITH r, startNode(r).id AS a, endNode(r).id AS b
  DELETE r
  WITH a, b
  UNWIND [a, b] AS end
  RETURN DISTINCT end`;

/** Relationships a scope owned that the plan no longer holds, over the whole graph (a plan without anchors). */
export const RELEASE_STALE_RELATIONSHIPS = `
  MATCH ()-[r]->() WHERE any(o IN r.owners WHERE o IN $scopes)
  ${releaseRelationship}`;

/**
 * The nodes a chunk's scopes alone own within two hops of its anchors (a record's study, arms and
 * results), found without expanding any node another owner shares (a hub such as placebo).
 */
export const FIND_ANCHORED_NODES = `
  MATCH (s:${ENTITY_LABEL}) WHERE s.id IN $anchors
  OPTIONAL MATCH (s)--(x:${ENTITY_LABEL}) WHERE size(x.owners) > 0 AND all(o IN x.owners WHERE o IN $scopes)
  OPTIONAL MATCH (x)--(y:${ENTITY_LABEL}) WHERE size(y.owners) > 0 AND all(o IN y.owners WHERE o IN $scopes)
  WITH collect(s.id) + collect(x.id) + collect(y.id) AS ids
  UNWIND ids AS id
  RETURN DISTINCT id`;

/**
 * Relationships a chunk's scopes owned that the plan no longer holds: those touching the chunk's
 * own nodes, and the adverse-event counts reported in its studies (found by index).
 */
export const RELEASE_ANCHORED_RELATIONSHIPS = `
  CALL {
    UNWIND $owned AS id
    MATCH (:${ENTITY_LABEL} {id: id})-[r]-()
    RETURN r
    UNION
    MATCH ()-[r:HAS_ADVERSE_EVENT]->() WHERE r.studyId IN $anchors
    RETURN r
  }
  ${releaseRelationship}`;

/** Nodes a scope declared that the plan no longer declares: the scope lets go; a node no one declares or uses goes. */
const releaseNode = `
  SET n.owners = [o IN n.owners WHERE NOT o IN $scopes]
  WITH n WHERE size(n.owners) = 0 AND (size(coalesce(n.usedBy, [])) = 0 OR NOT EXISTS { (n)--() })
  DETACH DELETE n`;

export const RELEASE_STALE_NODES = `
  MATCH (n:${ENTITY_LABEL}) WHERE any(o IN n.owners WHERE o IN $scopes) AND NOT n.id IN $declared
  ${releaseNode}`;

/** The same among a chunk's own nodes (FIND_ANCHORED_NODES). */
export const RELEASE_ANCHORED_NODES = `
  UNWIND $owned AS id
  MATCH (n:${ENTITY_LABEL} {id: id}) WHERE any(o IN n.owners WHERE o IN $scopes) AND NOT n.id IN $declared
  ${releaseNode}`;

/** Nodes a scope linked to and no longer does: the scope stops using them. */
export const RELEASE_STALE_USES = `
  MATCH (n:${ENTITY_LABEL}) WHERE any(o IN coalesce(n.usedBy, []) WHERE o IN $scopes) AND NOT n.id IN $referenced
  SET n.usedBy = [o IN n.usedBy WHERE NOT o IN $scopes]
  WITH n WHERE size(n.owners) = 0 AND size(n.usedBy) = 0
  DETACH DELETE n`;

/**
 * The ends of released relationships that nothing holds any more: no owner but the source as a
 * whole (`ctgov` declares the registry's shared vocabulary) and no relationship left. A node the
 * review or any other owner declares is never deleted here.
 */
export const DELETE_ORPHANED_ENDS = `
  UNWIND $ends AS id
  MATCH (n:${ENTITY_LABEL} {id: id})
  WHERE all(o IN coalesce(n.owners, []) WHERE o = $sourceOwner) AND NOT EXISTS { (n)--() }
  DELETE n`;

/** Graphs loaded before sources had owners: everything in them was the review's. */
export const ADOPT_LEGACY_NODES = `MATCH (n:${ENTITY_LABEL}) WHERE n.owners IS NULL SET n.owners = ['${REVIEW_SOURCE_ID}']`;
export const ADOPT_LEGACY_RELATIONSHIPS = `MATCH ()-[r]->() WHERE r.owners IS NULL AND r.key IS NOT NULL SET r.owners = ['${REVIEW_SOURCE_ID}']`;
export const DELETE_LEGACY_META = `MATCH (m:${LEGACY_SEED_META_LABEL}) DELETE m`;
/** Nodes written before every node carried the Entity label get it, so MERGE on Entity finds them. */
export const adoptUnlabelledStatement = (label: NodeLabel) => `MATCH (n:${label}) WHERE NOT n:${ENTITY_LABEL} SET n:${ENTITY_LABEL}`;

export const WRITE_SOURCE = `
  MERGE (s:${SOURCE_LABEL} {id: $source.id})
  SET s.kind = $source.kind, s.title = $source.title, s.url = $source.url, s.retrieved = $source.retrieved
  SET s.nodeCount = COUNT { MATCH (n:${ENTITY_LABEL}) WHERE any(o IN n.owners WHERE o = s.id OR o STARTS WITH s.id + ':') },
      s.loadedAt = datetime()`;

/**
 * The load's marker: its hash (null while loading, so an interrupted load never reads as loaded),
 * whether it is complete and the records counted so far.
 */
export const WRITE_LOAD = `
  MERGE (l:${SOURCE_LOAD_LABEL} {id: $loadId})
  SET l.hash = $hash, l.source = $sourceId, l.complete = $complete, l.loadedAt = datetime(),
      l.recordsRead = $records.read, l.recordsWritten = $records.written, l.recordsRejected = $records.rejected`;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * What the graph records as loaded: the data's hash and a fingerprint of how it is written, so a
 * change to the writer (a new label or index) reloads the same data too.
 */
export function loadedStateOf(plan: Pick<GraphPlan, 'hash'>): string {
  const writer = [
    ...SCHEMA_STATEMENTS,
    mergeNodesStatement('Study'),
    mergeRelationshipsStatement('T'),
    RELEASE_STALE_NODES,
    RELEASE_ANCHORED_RELATIONSHIPS,
    WRITE_SOURCE,
  ].join('\n');
  return `${plan.hash}:${createHash('sha256').update(writer).digest('hex').slice(0, 12)}`;
}

export type Progress = (done: number, total: number) => void;

/** Records counted by a load so far, kept on its SourceLoad marker. */
export interface LoadRecords {
  read: number;
  written: number;
  rejected: number;
}

type Run = (statement: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Where the time of one plan's write went, in milliseconds per step (for measuring the loader). */
export type WriteTimings = Record<string, number>;

/** Creates the constraints and indexes, and waits up to `awaitSeconds` for them to be populated. */
export async function applySchema(db: Database, awaitSeconds = 120): Promise<void> {
  await dropStaleFulltextIndex(db, NODE_FULLTEXT);
  for (const statement of SCHEMA_STATEMENTS) await db.writeTransaction('seed.schema', (run) => run(statement));
  await db.writeTransaction('seed.awaitIndexes', (run) => run(`CALL db.awaitIndexes(${awaitSeconds})`), (awaitSeconds + 60) * 1000);
}

/**
 * Resamples the indexes and clears cached plans (waiting up to `awaitSeconds`), once a load is
 * written: until its statistics are resampled the planner may count an index as empty, and a scan
 * of it then looks free (the studies filter scanned Intervention(id) in one test run of two).
 */
export async function replanForLoadedData(db: Database, awaitSeconds = 300): Promise<void> {
  await db.writeTransaction('seed.replan', (run) => run(`CALL db.prepareForReplanning(${awaitSeconds})`), (awaitSeconds + 60) * 1000);
}

async function adoptLegacy(run: Run): Promise<void> {
  for (const label of NODE_LABELS) await run(adoptUnlabelledStatement(label));
  await run(ADOPT_LEGACY_NODES);
  await run(ADOPT_LEGACY_RELATIONSHIPS);
  await run(DELETE_LEGACY_META);
}

/**
 * The owner that stands for a source as a whole in a plan that replaces parts of it: the registry
 * (`ctgov`) declares shared vocabulary and uses review nodes as a source, while its scopes are
 * records (`ctgov:NCT…`). Null for a plan that replaces its source whole (the review).
 */
const sourceOwnerOf = (plan: GraphPlan): string | null => (plan.scopes.includes(plan.source.id) ? null : plan.source.id);

/** Releases what the plan's scopes no longer hold, then MERGEs its rows: one plan's data, inside the caller's transaction. */
async function writeRows(run: Run, plan: GraphPlan, progress: Progress, timings: WriteTimings): Promise<void> {
  const timed = async <T>(step: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await f();
    } finally {
      timings[step] = (timings[step] ?? 0) + performance.now() - t;
    }
  };
  const total =
    NODE_LABELS.reduce((n, l) => n + plan.nodes[l].length, 0) +
    plan.references.length +
    plan.relationships.reduce((n, g) => n + g.rows.length, 0);
  let done = 0;
  const scopes = plan.scopes;

  const keys = plan.relationships.flatMap((g) => g.rows.map((r) => r.key));
  const declared = NODE_LABELS.flatMap((l) => plan.nodes[l].map((n) => n.id));
  const ends: string[] = [];
  let firstLoad = false;
  if (plan.anchors) {
    const anchors = plan.anchors;
    const owned = (await timed('findAnchored', () => run(FIND_ANCHORED_NODES, { anchors, scopes }))).map((r) => r.id as string);
    // A first load of these records: nothing of theirs is in the graph, so nothing is stale.
    firstLoad = owned.length === 0;
    if (!firstLoad) {
      const released = await timed('releaseRelationships', () => run(RELEASE_ANCHORED_RELATIONSHIPS, { owned, anchors, scopes, keys }));
      ends.push(...released.map((r) => r.end as string));
      await timed('releaseNodes', () => run(RELEASE_ANCHORED_NODES, { owned, scopes, declared }));
    }
  } else {
    const referenced = plan.references.map((r) => r.id);
    const released = await timed('releaseRelationships', () => run(RELEASE_STALE_RELATIONSHIPS, { scopes, keys }));
    ends.push(...released.map((r) => r.end as string));
    await timed('releaseUses', () => run(RELEASE_STALE_USES, { scopes, referenced }));
    await timed('releaseNodes', () => run(RELEASE_STALE_NODES, { scopes, declared }));
  }
  if (ends.length > 0) await timed('deleteOrphans', () => run(DELETE_ORPHANED_ENDS, { ends, sourceOwner: sourceOwnerOf(plan) }));

  for (const label of NODE_LABELS) {
    for (const rows of batches(plan.nodes[label])) {
      await timed(`mergeNodes.${label}`, () => run(mergeNodesStatement(label), { rows, scopes }));
      progress((done += rows.length), total);
    }
  }
  for (const rows of batches(plan.references)) {
    const missing = (await timed('references', () => run(REFERENCE_NODES, { rows, scopes }))) as { missing: string }[];
    if (missing.length > 0)
      throw new Error(`${plan.source.title} links to nodes the graph does not hold: ${missing.map((m) => m.missing).join(', ')}`);
    progress((done += rows.length), total);
  }
  for (const g of plan.relationships) {
    for (const rows of batches(g.rows)) {
      const [counted] = (await timed(`mergeRelationships.${g.type}`, () =>
        run((firstLoad ? createRelationshipsStatement : mergeRelationshipsStatement)(g.type), { rows, scopes }),
      )) as {
        written: number;
      }[];
      // A statement ending in count(*) always returns one row; none would be a broken statement.
      const written = counted?.written ?? 0;
      if (written !== rows.length)
        throw new Error(`${plan.source.title}: ${rows.length - written} ${g.type} relationship(s) link to a node that is not in the graph`);
      progress((done += rows.length), total);
    }
  }
}

const writeSource = (run: Run, source: SourceDescriptor) => run(WRITE_SOURCE, { source: { url: null, retrieved: null, ...source } });

/** Writes a whole plan in one transaction, with its source and a complete load marker. */
export async function writeGraph(db: Database, plan: GraphPlan, progress: Progress = () => {}): Promise<void> {
  await applySchema(db);
  await db.writeTransaction(`seed.write.${plan.source.id}`, async (run) => {
    await adoptLegacy(run);
    await writeRows(run, plan, progress, {});
    await writeSource(run, plan.source);
    await run(WRITE_LOAD, {
      loadId: plan.loadId,
      hash: loadedStateOf(plan),
      sourceId: plan.source.id,
      complete: true,
      records: { read: null, written: null, rejected: null },
    });
  });
  await replanForLoadedData(db);
}

export interface LoadOutcome {
  written: boolean;
  counts: GraphCounts;
}

/** Writes a plan unless the graph already holds this exact load (same data, same writer). */
export async function loadPlan(db: Database, plan: GraphPlan, opts: { force?: boolean; progress?: Progress } = {}): Promise<LoadOutcome> {
  const written = opts.force === true || (await loadedHash(db, plan.loadId)) !== loadedStateOf(plan);
  if (written) await writeGraph(db, plan, opts.progress);
  return { written, counts: await countGraph(db) };
}

/**
 * A load written in chunks: `writeChunk` per plan (each its own transaction, so each record is
 * replaced whole, old version or new), then `finish`. Until `finish`, the load's marker says
 * `complete: false` with the records counted so far, and its hash is null.
 */
export class ChunkedLoad {
  /** Milliseconds per write step, summed over the chunks so far. */
  readonly timings: WriteTimings = {};
  private readonly hash = createHash('sha256');

  private constructor(
    private readonly db: Database,
    private readonly source: SourceDescriptor,
    private readonly loadId: string,
  ) {}

  /** Schema, legacy adoption, the source node and an incomplete load marker, before any chunk. */
  static async begin(db: Database, source: SourceDescriptor, loadId: string): Promise<ChunkedLoad> {
    await applySchema(db);
    await db.writeTransaction(`seed.beginLoad.${source.id}`, async (run) => {
      await adoptLegacy(run);
      await writeSource(run, source);
      await run(WRITE_LOAD, { loadId, hash: null, sourceId: source.id, complete: false, records: { read: 0, written: 0, rejected: 0 } });
    });
    return new ChunkedLoad(db, source, loadId);
  }

  /** Writes one chunk's plan and the counts so far in one transaction. */
  async writeChunk(plan: GraphPlan, records: LoadRecords): Promise<void> {
    this.hash.update(plan.hash);
    await this.db.writeTransaction(`seed.writeChunk.${this.source.id}`, async (run) => {
      await writeRows(run, plan, () => {}, this.timings);
      const t = performance.now();
      await run(WRITE_LOAD, { loadId: this.loadId, hash: null, sourceId: this.source.id, complete: false, records });
      this.timings.marker = (this.timings.marker ?? 0) + performance.now() - t;
    });
  }

  /** Marks the load complete with the final counts; returns the load's hash (of every chunk's plan, in order). */
  async finish(records: LoadRecords): Promise<string> {
    const hash = this.hash.digest('hex');
    await this.db.writeTransaction(`seed.finishLoad.${this.source.id}`, async (run) => {
      await writeSource(run, this.source);
      await run(WRITE_LOAD, { loadId: this.loadId, hash: loadedStateOf({ hash }), sourceId: this.source.id, complete: true, records });
    });
    await replanForLoadedData(this.db);
    return hash;
  }
}

/** A load a bulk import wrote, as its marker records it: the plan's loaded state and its records (null for a whole plan). */
export interface LoadMarker {
  source: SourceDescriptor;
  loadId: string;
  /** loadedStateOf the load's data (a plan's hash, or the hash of a chunked load's chunk hashes). */
  state: string;
  records: LoadRecords | null;
}

/**
 * After a bulk import: the schema (awaited until every index is online), then each load's source node and complete marker, in load
 * order and in one transaction, as writeGraph and ChunkedLoad.finish leave them.
 */
export async function writeLoadMarkers(db: Database, markers: LoadMarker[]): Promise<void> {
  // Indexes over a whole registry's nodes (the full-text one above all) take minutes to populate.
  await applySchema(db, 1800);
  await db.writeTransaction('seed.bulkMarkers', async (run) => {
    for (const m of markers) {
      await writeSource(run, m.source);
      await run(WRITE_LOAD, {
        loadId: m.loadId,
        hash: m.state,
        sourceId: m.source.id,
        complete: true,
        records: m.records ?? { read: null, written: null, rejected: null },
      });
    }
  });
  await replanForLoadedData(db, 1800);
}
