/**
 * The writer: loads one source's plan. Constraints and the full-text index first (schema changes
 * cannot share a transaction with data; an index covering other labels than the vocabulary's is
 * replaced), then the plan in ONE write transaction: every node and
 * relationship MERGEd on its id/key with the plan's owners, what the plan's scopes owned and the
 * plan no longer holds removed, and nothing of any other owner touched. A node several owners
 * assert keeps the review's properties (the curated words win); it is deleted only when its last
 * owner lets go of it. A failure anywhere rolls everything back; running it twice changes nothing.
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
import { REVIEW_SOURCE_ID } from '../../../kernel/sources.js';
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
];

/** The primary owner: where it asserts a node or relationship, its properties are kept. */
const PRIMARY = REVIEW_SOURCE_ID;

/** Owners of `x` other than the scopes this write replaces, and whether the write may set its properties. */
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
  SET n:${label}, n.owners = others + row.owners, n.usedBy = usedBy
  RETURN count(*) AS written`;

/**
 * A node the plan links to without declaring it records the plan's owners as users (`usedBy`),
 * so it outlives a declarer that lets go of it while something still links to it.
 */
export const REFERENCE_NODES = `
  UNWIND $rows AS row
  OPTIONAL MATCH (n:${ENTITY_LABEL} {id: row.id})
  FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END |
    SET n.usedBy = [o IN coalesce(n.usedBy, []) WHERE NOT o IN $scopes] + row.owners)
  WITH row WHERE n IS NULL
  RETURN row.id AS missing`;

export const mergeRelationshipsStatement = (type: string) => `
  UNWIND $rows AS row
  MATCH (a:${ENTITY_LABEL} {id: row.from})
  MATCH (b:${ENTITY_LABEL} {id: row.to})
  MERGE (a)-[r:${type} {key: row.key}]->(b)
  ${ownership('r')}
  FOREACH (_ IN CASE WHEN subordinate THEN [] ELSE [1] END | SET r = row.props)
  SET r.key = row.key, r.owners = others + row.owners
  RETURN count(*) AS written`;

/** Relationships a scope owned that the plan no longer holds: the scope lets go; ownerless ones go. */
export const RELEASE_STALE_RELATIONSHIPS = `
  MATCH ()-[r]->() WHERE any(o IN r.owners WHERE o IN $scopes) AND NOT r.key IN $keys
  SET r.owners = [o IN r.owners WHERE NOT o IN $scopes]
  WITH r WHERE size(r.owners) = 0
  DELETE r`;

/** Nodes a scope declared that the plan no longer declares: the scope lets go; a node no one declares or uses goes. */
export const RELEASE_STALE_NODES = `
  MATCH (n:${ENTITY_LABEL}) WHERE any(o IN n.owners WHERE o IN $scopes) AND NOT n.id IN $declared
  SET n.owners = [o IN n.owners WHERE NOT o IN $scopes]
  WITH n WHERE size(n.owners) = 0 AND size(coalesce(n.usedBy, [])) = 0
  DETACH DELETE n`;

/** Nodes a scope linked to and no longer does: the scope stops using them. */
export const RELEASE_STALE_USES = `
  MATCH (n:${ENTITY_LABEL}) WHERE any(o IN coalesce(n.usedBy, []) WHERE o IN $scopes) AND NOT n.id IN $referenced
  SET n.usedBy = [o IN n.usedBy WHERE NOT o IN $scopes]
  WITH n WHERE size(n.owners) = 0 AND size(n.usedBy) = 0
  DETACH DELETE n`;

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

export const WRITE_LOAD = `MERGE (l:${SOURCE_LOAD_LABEL} {id: $loadId}) SET l.hash = $hash, l.source = $sourceId, l.loadedAt = datetime()`;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * What the graph records as loaded: the data's hash and a fingerprint of how it is written, so a
 * change to the writer (a new label or index) reloads the same data too.
 */
export function loadedStateOf(plan: GraphPlan): string {
  const writer = [
    ...SCHEMA_STATEMENTS,
    mergeNodesStatement('Study'),
    mergeRelationshipsStatement('T'),
    RELEASE_STALE_NODES,
    WRITE_SOURCE,
  ].join('\n');
  return `${plan.hash}:${createHash('sha256').update(writer).digest('hex').slice(0, 12)}`;
}

export type Progress = (done: number, total: number) => void;

export async function applySchema(db: Database): Promise<void> {
  await dropStaleFulltextIndex(db, NODE_FULLTEXT);
  for (const statement of SCHEMA_STATEMENTS) await db.writeTransaction('seed.schema', (run) => run(statement));
  await db.writeTransaction('seed.awaitIndexes', (run) => run('CALL db.awaitIndexes(120)'));
}

export async function writeGraph(db: Database, plan: GraphPlan, progress: Progress = () => {}): Promise<void> {
  await applySchema(db);
  const total =
    NODE_LABELS.reduce((n, l) => n + plan.nodes[l].length, 0) +
    plan.references.length +
    plan.relationships.reduce((n, g) => n + g.rows.length, 0);
  let done = 0;
  const scopes = plan.scopes;
  await db.writeTransaction(`seed.write.${plan.source.id}`, async (run) => {
    for (const label of NODE_LABELS) await run(adoptUnlabelledStatement(label));
    await run(ADOPT_LEGACY_NODES);
    await run(ADOPT_LEGACY_RELATIONSHIPS);
    await run(DELETE_LEGACY_META);

    const keys = plan.relationships.flatMap((g) => g.rows.map((r) => r.key));
    const declared = NODE_LABELS.flatMap((l) => plan.nodes[l].map((n) => n.id));
    const referenced = plan.references.map((r) => r.id);
    await run(RELEASE_STALE_RELATIONSHIPS, { scopes, keys });
    await run(RELEASE_STALE_USES, { scopes, referenced });
    await run(RELEASE_STALE_NODES, { scopes, declared });

    for (const label of NODE_LABELS) {
      for (const rows of batches(plan.nodes[label])) {
        await run(mergeNodesStatement(label), { rows, scopes });
        progress((done += rows.length), total);
      }
    }
    for (const rows of batches(plan.references)) {
      const missing = (await run(REFERENCE_NODES, { rows, scopes })) as { missing: string }[];
      if (missing.length > 0)
        throw new Error(`${plan.source.title} links to nodes the graph does not hold: ${missing.map((m) => m.missing).join(', ')}`);
      progress((done += rows.length), total);
    }
    for (const g of plan.relationships) {
      for (const rows of batches(g.rows)) {
        const [{ written }] = (await run(mergeRelationshipsStatement(g.type), { rows, scopes })) as { written: number }[];
        if (written !== rows.length)
          throw new Error(
            `${plan.source.title}: ${rows.length - written} ${g.type} relationship(s) link to a node that is not in the graph`,
          );
        progress((done += rows.length), total);
      }
    }
    const { source } = plan;
    await run(WRITE_SOURCE, { source: { url: null, retrieved: null, ...source } });
    await run(WRITE_LOAD, { loadId: plan.loadId, hash: loadedStateOf(plan), sourceId: source.id });
  });
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
