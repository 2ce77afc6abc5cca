/**
 * Stage 4 of the seed pipeline: write a planned graph. Constraints and the full-text index first
 * (schema changes cannot share a transaction with data), then the whole graph in ONE write
 * transaction: MERGE every node and relationship on its id/key in UNWIND batches, replace their
 * properties, and delete what the data no longer holds. A failure anywhere rolls everything back;
 * running it twice changes nothing.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../../server/src/db/database.js';
import type { GraphPlan } from '../plan/plan-graph.js';
import { ENTITY_LABEL, FULLTEXT_INDEX, NODE_LABELS, SEED_META_LABEL, type NodeLabel } from '../model/vocabulary.js';

const BATCH = 1000;

export const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT seedmeta_id IF NOT EXISTS FOR (n:${SEED_META_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.aliases, n.acronym, n.nct]`,
  'CREATE INDEX result_study IF NOT EXISTS FOR (n:Result) ON (n.studyId)',
];

export const mergeNodesStatement = (label: NodeLabel) => `UNWIND $rows AS row MERGE (n:${ENTITY_LABEL} {id: row.id}) SET n:${label}, n = row.props`;

export const mergeRelationshipsStatement = (type: string, from: NodeLabel, to: NodeLabel) =>
  `UNWIND $rows AS row
   MATCH (a:${ENTITY_LABEL} {id: row.from})
   MATCH (b:${ENTITY_LABEL} {id: row.to})
   MERGE (a)-[r:${type} {key: row.key}]->(b)
   SET r = row.props, r.key = row.key`;

/** Nodes written before every node carried the Entity label get it, so MERGE on Entity finds them. */
export const adoptUnlabelledStatement = (label: NodeLabel) => `MATCH (n:${label}) WHERE NOT n:${ENTITY_LABEL} SET n:${ENTITY_LABEL}`;

export const deleteStaleNodesStatement = (label: NodeLabel) => `MATCH (n:${label}) WHERE NOT n.id IN $ids DETACH DELETE n`;

export const deleteStaleRelationshipsStatement = (type: string) => `MATCH ()-[r:${type}]->() WHERE NOT r.key IN $keys DELETE r`;

export const WRITE_SEED_META = `MERGE (m:${SEED_META_LABEL} {id: 'seed'}) SET m.hash = $hash, m.loadedAt = datetime()`;

export const READ_SEED_HASH = `MATCH (m:${SEED_META_LABEL} {id: 'seed'}) RETURN m.hash AS hash`;

export const COUNT_NODES = `MATCH (n:${ENTITY_LABEL}) UNWIND [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'] AS label RETURN label, count(*) AS count ORDER BY label`;
export const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type';

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
  const writer = [...SCHEMA_STATEMENTS, mergeNodesStatement('Study'), mergeRelationshipsStatement('T', 'Study', 'Arm')].join('\n');
  return `${plan.hash}:${createHash('sha256').update(writer).digest('hex').slice(0, 12)}`;
}

export type Progress = (done: number, total: number) => void;

/** The hash of the data loaded in the graph, or null for a graph never seeded. */
export async function loadedSeedHash(db: Database): Promise<string | null> {
  const rows = await db.read<{ hash: string }>('seed.loadedHash', READ_SEED_HASH);
  return rows[0]?.hash ?? null;
}

export async function applySchema(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.writeTransaction('seed.schema', (run) => run(statement));
  await db.writeTransaction('seed.awaitIndexes', (run) => run('CALL db.awaitIndexes(120)'));
}

export async function writeGraph(db: Database, plan: GraphPlan, progress: Progress = () => {}): Promise<void> {
  await applySchema(db);
  const total =
    NODE_LABELS.reduce((n, l) => n + plan.nodes[l].length, 0) + plan.relationships.reduce((n, g) => n + g.rows.length, 0);
  let done = 0;
  await db.writeTransaction('seed.writeGraph', async (run) => {
    // Relationships first, so deleting stale ones never trips over a node still being merged.
    const keysByType = new Map<string, string[]>();
    for (const g of plan.relationships) keysByType.set(g.type, [...(keysByType.get(g.type) ?? []), ...g.rows.map((r) => r.key)]);
    for (const label of NODE_LABELS) {
      await run(adoptUnlabelledStatement(label));
      await run(deleteStaleNodesStatement(label), { ids: plan.nodes[label].map((n) => n.id) });
    }
    for (const label of NODE_LABELS) {
      for (const rows of batches(plan.nodes[label])) {
        await run(mergeNodesStatement(label), { rows });
        progress((done += rows.length), total);
      }
    }
    const existingTypes = await run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type');
    for (const { type } of existingTypes as { type: string }[]) {
      await run(deleteStaleRelationshipsStatement(type), { keys: keysByType.get(type) ?? [] });
    }
    for (const g of plan.relationships) {
      for (const rows of batches(g.rows)) {
        await run(mergeRelationshipsStatement(g.type, g.fromLabel, g.toLabel), { rows });
        progress((done += rows.length), total);
      }
    }
    await run(WRITE_SEED_META, { hash: loadedStateOf(plan) });
  });
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const nodes = await db.read<{ label: string; count: number }>('seed.countNodes', COUNT_NODES);
  const rels = await db.read<{ type: string; count: number }>('seed.countRelationships', COUNT_RELATIONSHIPS);
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.count])),
  };
}
