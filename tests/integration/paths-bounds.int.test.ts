/**
 * The path search's cost bound on the real review graph, with the bounds narrowed so that its most
 * connected nodes count as hubs (PFS, Placebo): a hub end is sampled type by type, a hub
 * mid-path is met from both sides and never expanded, and no request reads more relationships
 * than its budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/test-app.js';
import type { Database } from '../../runtime/db/database.js';
import { findPaths, type PathBounds, type PathsRequest } from '../../server/src/paths/repository.js';
import { LIMITS } from '../../server/src/limits.js';
import { must } from '../../kernel/must.js';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** Hubs from 21 relationships on: PFS (over 100) and Placebo (about 25) are hubs here. */
const NARROW: PathBounds = { ...LIMITS.paths, hubDegree: 20, perType: 3, maxRows: 400 };
const request = (from: string, to: string, extra: Partial<PathsRequest> = {}): PathsRequest => ({
  from,
  to,
  maxLength: 6,
  limit: 10,
  excludedLabels: null,
  excludedIds: [],
  ...extra,
});
const ids = (p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id);
/** A node's relationships, as Neo4j counts them. */
async function degreeOf(id: string): Promise<{ all: number }> {
  const [row] = await db.read<{ all: number }>('test.degree', 'MATCH (n:Entity {id: $id}) RETURN COUNT { (n)--() } AS all', { id });
  return must(row, `a node ${id} in the test graph`);
}

describe('the path search’s bounds', () => {
  it('samples two hub ends (PFS, OS) and reads no more relationships than its budget', async () => {
    const pfs = await degreeOf('endpoint:pfs');
    expect(pfs.all).toBeGreaterThan(NARROW.hubDegree);
    const out = await findPaths(db, request('endpoint:pfs', 'endpoint:os'), NARROW);
    expect(out.rowsRead).toBeGreaterThan(0);
    expect(out.rowsRead).toBeLessThanOrEqual(NARROW.maxRows);
    expect(out.truncated).toBe(true);
    expect(out.paths.length).toBeGreaterThan(0);
    for (const p of out.paths) expect(p.why).toContain(`Progression-free survival (${pfs.all} relationships)`);
  });

  it('finds PFS’s direct MEASURES step to SANET-p within the budget, weighed by both ends’ degrees', async () => {
    const [pfs, sanetP] = [await degreeOf('endpoint:pfs'), await degreeOf('study:sanet-p')];
    const out = await findPaths(db, request('endpoint:pfs', 'study:sanet-p'), NARROW);
    expect(out.rowsRead).toBeLessThanOrEqual(NARROW.maxRows);
    const direct = out.paths.find((p) => p.length === 1);
    expect(direct?.steps[0]).toMatchObject({
      from: 'endpoint:pfs',
      to: 'study:sanet-p',
      types: ['MEASURES'],
      fromDegree: pfs.all,
      toDegree: sanetP.all,
    });
    expect(direct?.score).toBeCloseTo((pfs.all * sanetP.all) ** -0.4, 12);
    expect(direct?.why).toContain('Hub on it: Progression-free survival');
  });

  it('meets a hub mid-path (Placebo) from both sides without expanding it', async () => {
    // Paths of two steps: Raymond's trial and SANET-p are read, Placebo only met.
    const out = await findPaths(db, request('study:raymond-ref113', 'study:sanet-p', { maxLength: 2 }), NARROW);
    const [raymond, sanetP] = [await degreeOf('study:raymond-ref113'), await degreeOf('study:sanet-p')];
    expect(out.rowsRead).toBe(raymond.all + sanetP.all);
    const viaPlacebo = out.paths.find((p) => ids(p).join() === 'study:raymond-ref113,intervention:placebo,study:sanet-p');
    expect(viaPlacebo?.steps.map((s) => s.types)).toEqual([['EVALUATES'], ['EVALUATES']]);
    const placebo = await degreeOf('intervention:placebo');
    expect(placebo.all).toBeGreaterThan(NARROW.hubDegree);
    expect(viaPlacebo?.why).toContain(`Hub on it: Placebo (${placebo.all} relationships)`);
    expect(out.paths.length).toBeGreaterThan(0);
    expect(ids(out.paths[0]!)).toEqual(['study:raymond-ref113', 'population:pan-net-progressive', 'study:sanet-p']);
  });

  it('stops at the budget on a long search and says the answer may be partial', async () => {
    const tight: PathBounds = { ...LIMITS.paths, maxRows: 150 };
    const out = await findPaths(db, request('intervention:sunitinib', 'study:sanet-p'), tight);
    expect(out.rowsRead).toBeLessThanOrEqual(150);
    expect(out.truncated).toBe(true);
    const full = await findPaths(db, request('intervention:sunitinib', 'study:sanet-p'));
    expect(full.truncated).toBe(false);
    expect(full.rowsRead).toBeGreaterThan(150);
    expect(full.rowsRead).toBeLessThanOrEqual(LIMITS.paths.maxRows);
  });
});
