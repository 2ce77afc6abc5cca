/**
 * The bounded forms of studies, compare, graphSummary and neighbourhoods at the review's scale:
 * same answers as a direct Cypher read, pages that never overlap, and plans that never scan Study
 * when a filter names a node to start from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorsOf } from '../support/plan-of.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';
import { KIND_OF_LABEL, type NodeLabel } from '../../kernel/vocabulary.js';
import { findStudiesStatement, countStudiesStatement, planStudies, ESTIMATE_STARTS } from '../../server/src/studies/repository.js';
import { FIND_ENDPOINT } from '../../server/src/compare/repository.js';
import { findNeighborhood, findSubgraph } from '../../server/src/neighborhood/repository.js';
import type { Database, ReadRun } from '../../runtime/db/database.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const NO_FILTER = { intervention: null, population: null, design: null, phase: null, status: null, endpoint: null };

describe('studies(filter) plans', () => {
  it('start from the intervention when one is given: no label scan or full scan of Study', async () => {
    const filter = { ...NO_FILTER, intervention: 'intervention:everolimus', design: 'randomized_controlled_trial' };
    const plan = planStudies(filter, { intervention: 10 });
    expect(plan.start).toBe('intervention');
    for (const statement of [findStudiesStatement(plan), countStudiesStatement(plan)]) {
      const ops = await operatorsOf(statement, { ...filter, afterName: '', afterId: '', take: 51 });
      expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek') && o.includes('Intervention'))).toBe(true);
      expect(ops.filter((o) => /^(AllNodesScan|NodeByLabelScan)/.test(o))).toEqual([]);
    }
  });

  it('find an endpoint named by id or code with index seeks, never a scan of every endpoint (a registry brings one per outcome)', async () => {
    const filter = { ...NO_FILTER, endpoint: 'PFS', intervention: 'intervention:everolimus' };
    const plan = planStudies(filter, { intervention: 500, endpoint: 20 });
    expect(plan.start).toBe('endpoint');
    for (const statement of [ESTIMATE_STARTS, FIND_ENDPOINT, findStudiesStatement(plan), countStudiesStatement(plan)]) {
      const ops = await operatorsOf(statement, { ...filter, afterName: '', afterId: '', take: 51 });
      expect(ops.some((o) => o.startsWith('NodeIndexSeek') && o.includes('Endpoint(code)'))).toBe(true);
      expect(ops.filter((o) => /^(AllNodesScan|NodeByLabelScan)/.test(o))).toEqual([]);
    }
  });

  it('start from the population when it has fewer studies than the intervention', async () => {
    const filter = { ...NO_FILTER, intervention: 'intervention:everolimus', population: 'population:pan-net' };
    const plan = planStudies(filter, { intervention: 500, population: 20 });
    expect(plan.start).toBe('population');
    const ops = await operatorsOf(findStudiesStatement(plan), { ...filter, afterName: '', afterId: '', take: 51 });
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek') && o.includes('Population'))).toBe(true);
    expect(ops.filter((o) => /^(AllNodesScan|NodeByLabelScan)/.test(o))).toEqual([]);
  });

  it('page every study from the Study(name) index in its order (no sort of all studies) and count them from the count store', async () => {
    const page = await operatorsOf(findStudiesStatement(planStudies(NO_FILTER, {})), {
      ...NO_FILTER,
      afterName: '',
      afterId: '',
      take: 51,
    });
    expect(page.some((o) => o.startsWith('NodeIndexSeekByRange') && o.includes('Study(name)'))).toBe(true);
    expect(page.some((o) => o.startsWith('PartialTop'))).toBe(true);
    expect(page.filter((o) => /^(AllNodesScan|NodeByLabelScan|Sort|Top) /.test(o))).toEqual([]);
    const count = await operatorsOf(countStudiesStatement(planStudies(NO_FILTER, {})), {});
    expect(count.some((o) => o.startsWith('NodeCountFromCountStore'))).toBe(true);
  });
});

describe('studies(filter) answers', () => {
  const ALL = `query($f: StudyFilter, $after: String, $first: Int) { studies(filter: $f, first: $first, after: $after) {
    totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`;

  async function everyPage(filter: Record<string, unknown> | null, first: number) {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 100; i++) {
      const res: GraphqlResponse = await app.query(ALL, { f: filter, after, first });
      expect(res.errors).toBeUndefined();
      ids.push(...res.data!.studies.nodes.map((s: { id: string }) => s.id));
      total = res.data!.studies.totalCount;
      after = res.data!.studies.pageInfo.hasNextPage ? res.data!.studies.pageInfo.endCursor : null;
      if (!after) break;
    }
    return { ids, total };
  }

  it('pages a filter by intervention and population in pages of 2 to the same studies and total as a direct count', async () => {
    const filter = { intervention: 'intervention:everolimus', population: 'population:pan-net' };
    const { ids, total } = await everyPage(filter, 2);
    const direct = await app.db.read<{ id: string }>(
      'test.direct',
      `MATCH (s:Study)
       WHERE EXISTS { (s)-[:HAS_ARM]->(:Arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(:Intervention {id: $i}) }
         AND EXISTS { (s)-[:ENROLLS]->(:Population)-[:SUBSET_OF*0..8]->(:Population {id: $p}) }
       RETURN s.id AS id ORDER BY s.name, s.id`,
      { i: filter.intervention, p: filter.population },
    );
    expect(direct.length).toBeGreaterThan(2);
    expect(ids).toEqual(direct.map((r) => r.id));
    expect(total).toBe(direct.length);
  });

  it('counts every study with no filter, as Neo4j does', async () => {
    const res = await app.query('{ studies(first: 1) { totalCount } }');
    const [direct] = await app.db.read<{ n: number }>('test.direct', 'MATCH (s:Study) RETURN count(s) AS n');
    expect(res.data!.studies.totalCount).toBe(direct!.n);
  });
});

describe('compare pages', () => {
  const Q = `query($after: String, $first: Int) { compare(interventions: ["intervention:everolimus", "intervention:sunitinib"],
    endpoint: "PFS", first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } rows { intervention { id } result { id } } } }`;

  it('are disjoint, keep the order of one big page and cover the total', async () => {
    const whole = await app.query(Q, { first: 200 });
    expect(whole.errors).toBeUndefined();
    const all = whole.data!.compare.rows.map((r: any) => `${r.intervention.id}|${r.result.id}`);
    expect(all.length).toBe(whole.data!.compare.totalCount);
    expect(all.length).toBeGreaterThan(8);
    expect(whole.data!.compare.pageInfo.hasNextPage).toBe(false);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const res: GraphqlResponse = await app.query(Q, { first: 4, after });
      expect(res.errors).toBeUndefined();
      expect(res.data!.compare.totalCount).toBe(all.length);
      paged.push(...res.data!.compare.rows.map((r: any) => `${r.intervention.id}|${r.result.id}`));
      after = res.data!.compare.pageInfo.hasNextPage ? res.data!.compare.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('refuse a page over 200 rows and a cursor the API never returned', async () => {
    const big = await app.query(Q, { first: 201 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const bad = await app.query(Q, { first: 5, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('graphSummary', () => {
  it('equals direct counts of every label, relationship type and pattern, and answers the same twice (examples kept per load)', async () => {
    const Q = `{ graphSummary { kinds { kind count example { id } } relationships { type count } relationshipPatterns { type fromKind toKind count } } }`;
    const res = await app.query(Q);
    expect(res.errors).toBeUndefined();
    const s = res.data!.graphSummary;
    const [studies] = await app.db.read<{ n: number }>('test.direct', 'MATCH (n:Entity:Study) RETURN count(n) AS n');
    expect(s.kinds.find((k: any) => k.kind === 'STUDY').count).toBe(studies!.n);
    const rels = await app.db.read<{ type: string; count: number }>(
      'test.direct',
      'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
    );
    expect(s.relationships).toEqual(rels);
    const patterns = await app.db.read<{ type: string; from: string; to: string; count: number }>(
      'test.direct',
      `MATCH (a:Entity)-[r]->(b:Entity)
       RETURN type(r) AS type, [l IN labels(a) WHERE l <> 'Entity'][0] AS from, [l IN labels(b) WHERE l <> 'Entity'][0] AS to, count(*) AS count`,
    );
    const key = (p: { type: string; count: number }, from: string, to: string) => `${p.type} ${from} ${to} ${p.count}`;
    expect(s.relationshipPatterns.map((p: any) => key(p, p.fromKind, p.toKind)).sort()).toEqual(
      patterns.map((p) => key(p, KIND_OF_LABEL[p.from as NodeLabel], KIND_OF_LABEL[p.to as NodeLabel])).sort(),
    );
    const again = await app.query(Q);
    expect(again.data).toEqual(res.data);
  });
});

/** The app's database, counting the statements run through it. */
function counting(db: Database): { db: Database; statements: () => number } {
  let n = 0;
  const counted: Database = Object.create(db);
  counted.read = (operation, cypher, params) => (n++, db.read(operation, cypher, params));
  counted.readTransaction = (operation, work) =>
    db.readTransaction(operation, (run) => work(((cypher, params) => (n++, run(cypher, params))) as ReadRun));
  return { db: counted, statements: () => n };
}

describe('neighbourhoods', () => {
  it('take one statement per hop, the last bringing the edges among; a subgraph one statement', async () => {
    const depth1 = counting(app.db);
    const one = await findNeighborhood(depth1.db, 'study:sanet-p', 1, null, null, 200);
    expect(depth1.statements()).toBe(1);
    const [direct] = await app.db.read<{ neighbours: string[]; edges: string[] }>(
      'test.direct',
      `MATCH (s:Entity {id: 'study:sanet-p'})--(b:Entity) WITH s, collect(DISTINCT b) AS bs
       WITH [s] + bs AS ns
       RETURN [n IN ns | n.id] AS neighbours, COLLECT { MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns RETURN DISTINCT r.key } AS edges`,
    );
    expect(one!.nodes.map((n) => n.id).sort()).toEqual([...direct!.neighbours].sort());
    expect(one!.edges.map((e) => e.id).sort()).toEqual([...direct!.edges].sort());
    expect(one!.truncated).toBe(false);

    const depth2 = counting(app.db);
    const two = await findNeighborhood(depth2.db, 'study:sanet-p', 2, null, null, 60);
    expect(depth2.statements()).toBe(2);
    expect(two!.nodes).toHaveLength(60);
    const ids = new Set(two!.nodes.map((n) => n.id));
    expect(two!.edges.length).toBeGreaterThan(60);
    for (const e of two!.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);

    const sub = counting(app.db);
    const subgraph = await findSubgraph(sub.db, ['study:sanet-p', 'intervention:surufatinib', 'endpoint:pfs', 'no:such-node']);
    expect(sub.statements()).toBe(1);
    expect(subgraph.nodes.map((n) => n.id).sort()).toEqual(['endpoint:pfs', 'intervention:surufatinib', 'study:sanet-p']);
    expect(subgraph.edges.map((e) => `${e.source} ${e.type} ${e.target}`)).toEqual(
      expect.arrayContaining(['study:sanet-p EVALUATES intervention:surufatinib', 'study:sanet-p MEASURES endpoint:pfs']),
    );
  });

  it('sample a well-connected node to the limit, ordered by id, with truncated and at most 4 edges per node', async () => {
    const res = await app.query('{ neighborhood(id: "endpoint:pfs", limit: 10) { truncated nodes { id } edges { id source target } } }');
    expect(res.errors).toBeUndefined();
    const { nodes, edges, truncated } = res.data!.neighborhood;
    expect(nodes).toHaveLength(10);
    expect(truncated).toBe(true);
    expect(edges.length).toBeLessThanOrEqual(40);
    const ids = new Set(nodes.map((n: any) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const rest = nodes.slice(1).map((n: any) => n.id);
    expect(rest).toEqual([...rest].sort());
  });

  it('count distinct neighbours per kind and type for a node under 5,000 relationships, as a direct count does', async () => {
    const res = await app.query('{ neighborSummary(id: "intervention:everolimus") { kind relationshipType count } }');
    expect(res.errors).toBeUndefined();
    const [direct] = await app.db.read<{ n: number }>(
      'test.direct',
      `MATCH (:Entity {id: 'intervention:everolimus'})--(b:Arm) RETURN count(DISTINCT b) AS n`,
    );
    expect(res.data!.neighborSummary.find((g: any) => g.kind === 'ARM' && g.relationshipType === '*')?.count).toBe(direct!.n);
  });
});
