/** Loading into the real Neo4j: idempotent re-seeding, rejection of invalid data, all-or-nothing writes. */
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/test-app.js';
import type { Database } from '../../runtime/db/database.js';
import { prepareSeed } from '../../seed/src/review/pipeline.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';
import { SeedValidationError } from '../../seed/src/validate/problem.js';
import { loadPlan, writeGraph } from '../../seed/src/write/write-graph.js';
import { countGraph, loadedHash } from '../../runtime/graph-meta.js';

const loadedSeedHash = (db: Database) => loadedHash(db, 'review');

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('seeding', () => {
  it('changes no counts when the same data is written again', async () => {
    const { plan } = await prepareSeed(DEFAULT_DATA_DIR);
    const before = await countGraph(db);
    const outcome = await loadPlan(db, plan, { force: true });
    expect(outcome.written).toBe(true);
    expect(outcome.counts).toEqual(before);
    // The registry records shipped beside the review add studies of their own: count the review's.
    const reviewOwned = async (label: string) =>
      (await db.read<{ n: number }>('test.seed.reviewOwned', `MATCH (n:${label}) WHERE 'review' IN n.owners RETURN count(n) AS n`))[0]?.n;
    expect(await reviewOwned('Study')).toBe(plan.nodes.Study.length);
    expect(await reviewOwned('Result')).toBe(plan.nodes.Result.length);
  });

  it('skips writing when the graph already holds data of the same hash', async () => {
    const { plan } = await prepareSeed(DEFAULT_DATA_DIR);
    const outcome = await loadPlan(db, plan);
    expect(outcome.written).toBe(false);
  });

  it('rejects an invalid data folder with file, entry and field named, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nen-bad-seed-'));
    await copyFile(path.join(DEFAULT_DATA_DIR, '00-core.yaml'), path.join(dir, '00-core.yaml'));
    await writeFile(
      path.join(dir, 'bad.yaml'),
      [
        'section: "Targeted therapies: Everolimus"',
        'studies:',
        '  - id: "study:broken"',
        '    name: Broken',
        '    design: randomized_controlled_trial',
        '    status: published',
        '    summary: A study whose number is not in its quote.',
        '    enrolled: 999',
        '    provenance: { ref: 102, quote: "assessed tumor control by everolimus in 140 progressive Pan-NETs" }',
        '    arms: [{ key: a, label: A, receives: [{ intervention: "intervention:everolimus" }] }]',
        '',
      ].join('\n'),
    );
    const before = await countGraph(db);
    const hash = await loadedSeedHash(db);
    const error = await prepareSeed(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems).toContainEqual({
      file: expect.stringMatching(/bad\.yaml$/),
      line: 9,
      entry: 'study:broken',
      field: 'provenance.quote',
      message: 'quote does not contain 999',
    });
    expect(await countGraph(db)).toEqual(before);
    expect(await loadedSeedHash(db)).toBe(hash);
  });

  it('rolls the whole write back when Neo4j refuses part of it', async () => {
    const { plan } = await prepareSeed(DEFAULT_DATA_DIR);
    const before = await countGraph(db);
    const hash = await loadedSeedHash(db);
    // A map is not a storable property value: the last node batch fails inside the transaction.
    const broken = {
      ...plan,
      hash: 'broken',
      nodes: {
        ...plan.nodes,
        Target: [
          ...plan.nodes.Target,
          { id: 'target:broken', owners: ['review'], props: { id: 'target:broken', name: 'x', bad: { nested: 1 } as never } },
        ],
      },
    };
    await expect(writeGraph(db, broken)).rejects.toThrow();
    expect(await countGraph(db)).toEqual(before);
    expect(await loadedSeedHash(db)).toBe(hash);
  });
});
