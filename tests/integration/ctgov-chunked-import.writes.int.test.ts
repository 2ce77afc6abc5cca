/**
 * The chunked import against the real Neo4j: records written a chunk at a time (here one record a
 * chunk) replace exactly their own data, a changed record re-imported loses what it no longer
 * states (an arm, its relationships, a registry-only intervention only it used) while the other
 * records stay as they were, a hub's owner lists stay one entry per source, and a load that has
 * not finished says so on its marker and in `Query.sources`. Only synthetic records
 * (NCT999999xx) are written; they and the markers are removed at the end.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/test-app.js';
import type { Database } from '../../runtime/db/database.js';
import { readConfig } from '../../runtime/config.js';
import { runImport, type ImportIo } from '../../seed/src/ctgov/import-command.js';
import { prepareRegistry } from '../../seed/src/ctgov/pipeline.js';
import { readRecords } from '../../seed/src/ctgov/read-records.js';
import { readVocabulary } from '../../seed/src/ctgov/resolve.js';
import { registrySource } from '../../seed/src/ctgov/plan-records.js';
import { PlanBuilder } from '../../seed/src/plan/plan-builder.js';
import { ChunkedLoad, loadPlan } from '../../seed/src/write/write-graph.js';
import { findSources } from '../../server/src/sources/repository.js';
import { REGISTRY_SOURCE_ID, registryOwnerOf } from '../../kernel/sources.js';
import { SOURCE_LOAD_LABEL } from '../../kernel/vocabulary.js';

const RECORDS = path.resolve(import.meta.dirname, '../fixtures/ctgov/records');
const SYNTHETIC = ['NCT99999901', 'NCT99999902'].map(registryOwnerOf);
const MARKERS = ['ctgov:test-cleanup', 'ctgov:import', 'ctgov:test-chunks'];
const PLACEBO_ARM = 'arm:nct99999901-matching-placebo';

const OWNED_NODES = `
  MATCH (n:Entity) WHERE any(o IN n.owners WHERE o IN $owners)
  RETURN n.id AS id, properties(n) AS props ORDER BY id`;
const OWNED_RELATIONSHIPS = `
  MATCH (a)-[r]->(b) WHERE any(o IN r.owners WHERE o IN $owners)
  RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY key`;
const NODE = 'MATCH (n:Entity {id: $id}) RETURN n.owners AS owners, n.usedBy AS usedBy';
const RELATIONSHIPS_OF = 'MATCH (n:Entity {id: $id})-[r]-() RETURN type(r) AS type, r.owners AS owners ORDER BY type';
const LOAD = `MATCH (l:${SOURCE_LOAD_LABEL} {id: $id}) RETURN l.complete AS complete, l.hash AS hash,
  l.recordsRead AS read, l.recordsWritten AS written, l.recordsRejected AS rejected`;

let db: Database;
let dir: string;

const snapshot = async (owners: string[]) => ({
  nodes: await db.read('test.chunks.ownedNodes', OWNED_NODES, { owners }),
  relationships: await db.read('test.chunks.ownedRelationships', OWNED_RELATIONSHIPS, { owners }),
});

async function removeSynthetic() {
  await loadPlan(db, new PlanBuilder(REGISTRY_SOURCE_ID).build(registrySource(), SYNTHETIC, 'ctgov:test-cleanup'), { force: true });
  await db.writeTransaction('test.chunks.cleanup', (run) =>
    run(`MATCH (l:${SOURCE_LOAD_LABEL}) WHERE l.id IN $ids DELETE l`, { ids: MARKERS }),
  );
}

const io = (lines: string[] = []): ImportIo => ({ db, config: readConfig(), out: (l) => lines.push(l), err: (l) => lines.push(l) });
const importFolder = (batch: number, lines: string[] = []) => runImport({ source: { path: dir }, check: false, batch }, io(lines));

/** NCT99999901 without its placebo arm and the registry-only placebo only that arm received. */
async function dropPlaceboArm() {
  const file = path.join(dir, 'NCT99999901.json');
  const record = JSON.parse(await readFile(file, 'utf8'));
  const module = record.protocolSection.armsInterventionsModule;
  module.armGroups = module.armGroups.filter((a: { label: string }) => a.label !== 'Matching placebo');
  module.interventions = module.interventions.filter((i: { name: string }) => i.name !== 'Synthdrug A placebo');
  await writeFile(file, JSON.stringify(record));
}

beforeAll(async () => {
  db = testDatabase();
  await removeSynthetic();
  dir = await mkdtemp(path.join(os.tmpdir(), 'nen-ctgov-chunks-'));
  for (const nct of ['NCT99999901', 'NCT99999902']) await cp(path.join(RECORDS, `${nct}.json`), path.join(dir, `${nct}.json`));
});
afterAll(async () => {
  await removeSynthetic();
  expect((await snapshot(SYNTHETIC)).nodes).toEqual([]);
  await rm(dir, { recursive: true, force: true });
  await db?.close();
});

describe('a chunked import', () => {
  let placebo: string;

  it('writes one transaction per chunk and marks the load complete with its counts', async () => {
    const lines: string[] = [];
    const report = await importFolder(1, lines);
    expect(report).toMatchObject({ exitCode: 0, written: true, chunks: 2 });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Wrote 2 accepted records into the graph in 2 transactions of up to 1 \(load ctgov:import, hash [0-9a-f]{12}\)\.$/,
      ),
    );
    const [load] = await db.read(LOAD, LOAD, { id: 'ctgov:import' });
    expect(load).toMatchObject({ complete: true, read: 2, written: 2, rejected: 0 });
    expect(load!.hash).toMatch(/^[0-9a-f]{64}:[0-9a-f]{12}$/);
    const received = await db.read('test.chunks.placebo', 'MATCH (:Arm {id: $id})-[:RECEIVED]->(i:Intervention) RETURN i.id AS id', {
      id: PLACEBO_ARM,
    });
    expect(received).toEqual([{ id: 'intervention:ctgov-synthdrug-a-placebo' }]);
    placebo = received[0]!.id as string;
  });

  it('loads the same graph whatever the chunk size', async () => {
    const byOne = await snapshot(SYNTHETIC);
    await removeSynthetic();
    expect((await snapshot(SYNTHETIC)).nodes).toEqual([]);
    await importFolder(500);
    expect(await snapshot(SYNTHETIC)).toEqual(byOne);
  });

  it('keeps one owner entry per source on shared nodes however many records use or declare them', async () => {
    const [everolimus] = await db.read(NODE, NODE, { id: 'intervention:everolimus' });
    expect(everolimus).toEqual({ owners: ['review'], usedBy: ['ctgov'] });
    const [shared] = await db.read(NODE, NODE, { id: placebo });
    expect(shared).toEqual({ owners: ['ctgov'], usedBy: null });
    await importFolder(1);
    expect((await db.read(NODE, NODE, { id: 'intervention:everolimus' }))[0]).toEqual({ owners: ['review'], usedBy: ['ctgov'] });
    expect((await db.read(NODE, NODE, { id: placebo }))[0]).toEqual({ owners: ['ctgov'], usedBy: null });
  });

  it('removes what a re-imported record no longer states and leaves every other record as it was', async () => {
    const other = await snapshot([registryOwnerOf('NCT99999902')]);
    expect((await db.read(RELATIONSHIPS_OF, RELATIONSHIPS_OF, { id: placebo })).map((r) => r.type)).toEqual(
      expect.arrayContaining(['EVALUATES', 'HAS_ADVERSE_EVENT', 'RECEIVED']),
    );
    await dropPlaceboArm();
    const report = await importFolder(1);
    expect(report).toMatchObject({ exitCode: 0, written: true, chunks: 2 });

    expect(await db.read('test.chunks.arm', 'MATCH (n:Entity {id: $id}) RETURN n.id AS id', { id: PLACEBO_ARM })).toEqual([]);
    expect(await db.read('test.chunks.intervention', 'MATCH (n:Entity {id: $id}) RETURN n.id AS id', { id: placebo })).toEqual([]);
    expect(
      await db.read('test.chunks.armRels', 'MATCH ()-[r]->() WHERE r.key CONTAINS $id RETURN r.key AS key', { id: PLACEBO_ARM }),
    ).toEqual([]);
    expect(
      await db.read('test.chunks.arms', 'MATCH (:Study {id: $id})-[:HAS_ARM]->(a:Arm) RETURN a.id AS id ORDER BY id', {
        id: 'study:nct99999901',
      }),
    ).toEqual([{ id: 'arm:nct99999901-synthdrug-a-10-mg' }]);
    expect(await snapshot([registryOwnerOf('NCT99999902')])).toEqual(other);
  });

  it('is the same graph as a single-plan load of the changed records', async () => {
    const chunked = await snapshot(SYNTHETIC);
    await removeSynthetic();
    const { plan } = await prepareRegistry(readRecords(dir), {
      vocabulary: await readVocabulary(db),
      links: [],
      loadId: 'ctgov:test-chunks',
    });
    await loadPlan(db, plan, { force: true });
    expect(await snapshot(SYNTHETIC)).toEqual(chunked);
  });
});

describe('a load that has not finished', () => {
  it('says complete: false with the counts so far, and Query.sources reports the registry load incomplete until it ends', async () => {
    const { plan } = await prepareRegistry(readRecords(path.join(dir, 'NCT99999902.json')), {
      vocabulary: await readVocabulary(db),
      links: [],
      loadId: 'ctgov:test-chunks',
    });
    const load = await ChunkedLoad.begin(db, registrySource(), 'ctgov:test-chunks');
    await load.writeChunk(plan, { read: 1, written: 1, rejected: 0 });
    expect((await db.read(LOAD, LOAD, { id: 'ctgov:test-chunks' }))[0]).toEqual({
      complete: false,
      hash: null,
      read: 1,
      written: 1,
      rejected: 0,
    });
    const registry = async () => (await findSources(db)).find((s) => s.id === REGISTRY_SOURCE_ID)!;
    const review = async () => (await findSources(db)).find((s) => s.id === 'review')!;
    expect((await registry()).loadComplete).toBe(false);
    expect((await review()).loadComplete).toBe(true);

    await load.finish({ read: 1, written: 1, rejected: 0 });
    expect((await db.read(LOAD, LOAD, { id: 'ctgov:test-chunks' }))[0]).toMatchObject({ complete: true, read: 1 });
    expect((await registry()).loadComplete).toBe(true);
  });
});
