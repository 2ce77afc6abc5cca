/**
 * A hub at registry shape: 3,000 synthetic studies (6,000 arms and results) share one intervention
 * and one endpoint, written with Cypher beside the review and removed afterwards. Every query that
 * meets the hub answers with what it returns, not with the hub's whole degree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbHitsOf } from '../support/plan-of.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';
import { addHubStudies, HUB, HUB_LOAD, removeHub, writeHub } from '../support/hub-data.js';
import { SOURCE_LOAD_LABEL } from '../../kernel/vocabulary.js';
import { FIND_EDGES_AMONG, NEIGHBOURHOOD_BOUNDS } from '../../server/src/neighborhood/repository.js';
import { FIND_COMPARISON_KEYS } from '../../server/src/compare/repository.js';

const STUDIES = 3_000;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await removeHub(app.db);
  await writeHub(app.db, STUDIES);
});
afterAll(async () => {
  if (app) await removeHub(app.db);
  await app?.close();
});

describe('a hub of 3,000 studies', () => {
  it('has a neighbourhood of exactly `limit` nodes, truncated, with edges among them bounded', async () => {
    for (const id of [HUB.intervention, HUB.endpoint]) {
      const res = await app.query(
        `query($id: ID!) { neighborhood(id: $id, limit: 100) { truncated nodes { id } edges { source target } } }`,
        {
          id,
        },
      );
      expect(res.errors).toBeUndefined();
      const { nodes, edges, truncated } = res.data!.neighborhood;
      expect(nodes).toHaveLength(100);
      expect(truncated).toBe(true);
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.length).toBeLessThanOrEqual(100 * NEIGHBOURHOOD_BOUNDS.edgesPerNode);
    }
    const deep = await app.query(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 300) { truncated nodes { id } } }`, {
      id: HUB.endpoint,
    });
    expect(deep.data!.neighborhood.nodes).toHaveLength(300);
    expect(deep.data!.neighborhood.truncated).toBe(true);
  });

  it("finds the edges among a hub study's neighbours without reading the hubs' relationships", async () => {
    const study = `study:${HUB.prefix}-000001`;
    const ids = [study, HUB.endpoint, HUB.population, HUB.intervention, `arm:${HUB.prefix}-000001-1`, `arm:${HUB.prefix}-000001-2`];
    const params = { ids, hubDegree: NEIGHBOURHOOD_BOUNDS.hubDegree, pairwisePerNode: NEIGHBOURHOOD_BOUNDS.pairwisePerNode, maxEdges: 100 };
    // A drug's adverse events are relationships out of it, as placebo's 60,000 are at 100k studies:
    // an untyped check from the hub drug to the hub endpoint would read them all.
    const ae = 'adverseevent:hubtest-ae';
    await app.db.writeTransaction('test.ae', (run) =>
      run(
        `MATCH (i:Intervention {id: $intervention}) CREATE (ae:Entity:AdverseEvent {id: $ae, name: 'Hubtest AE'})
         WITH i, ae UNWIND range(1, 3000) AS k CREATE (i)-[:HAS_ADVERSE_EVENT {key: 'hubtest-ae-' + k}]->(ae)`,
        { intervention: HUB.intervention, ae },
      ),
    );
    try {
      const edges = await app.db.read<{ edge: { type: string } }>('test.edges', FIND_EDGES_AMONG, params);
      // MEASURES, ENROLLS, two HAS_ARM and two RECEIVED (to the hub drug): the hubs share no relationship.
      expect(edges.map((e) => e.edge.type).sort()).toEqual(['ENROLLS', 'HAS_ARM', 'HAS_ARM', 'MEASURES', 'RECEIVED', 'RECEIVED']);
      // Checking the hubs pairwise by type reads none of their relationships.
      expect(await dbHitsOf(FIND_EDGES_AMONG, params)).toBeLessThan(500);
    } finally {
      await app.db.writeTransaction('test.ae', (run) => run('MATCH (ae:AdverseEvent {id: $ae}) DETACH DELETE ae', { ae }));
    }
  });

  it("samples a hub's neighbours across its relationship types, not only the type it has most of", async () => {
    // Like placebo at 100k studies: 12,000 adverse-event rates to 30 adverse events, beside 6,000 arms.
    await app.db.writeTransaction('test.ae', (run) =>
      run(
        `MATCH (i:Intervention {id: $intervention})
         UNWIND range(1, 30) AS n CREATE (ae:Entity:AdverseEvent {id: 'adverseevent:hubtest-ae-' + n, name: 'Hubtest AE ' + n})
         WITH i, ae UNWIND range(1, 400) AS k CREATE (i)-[:HAS_ADVERSE_EVENT {key: ae.id + '-' + k}]->(ae)`,
        { intervention: HUB.intervention },
      ),
    );
    try {
      const res = await app.query(`query($id: ID!) { neighborhood(id: $id, limit: 100) { truncated nodes { id kind } } }`, {
        id: HUB.intervention,
      });
      expect(res.errors).toBeUndefined();
      const kinds = res.data!.neighborhood.nodes.map((n: { kind: string }) => n.kind);
      expect(kinds).toHaveLength(100);
      // Types take turns: the 30 adverse events and the arms share the 99 places.
      expect(kinds.filter((k: string) => k === 'ADVERSE_EVENT')).toHaveLength(30);
      expect(kinds.filter((k: string) => k === 'ARM')).toHaveLength(69);
      expect(res.data!.neighborhood.truncated).toBe(true);
    } finally {
      await app.db.writeTransaction('test.ae', (run) =>
        run(`MATCH (ae:AdverseEvent) WHERE ae.id STARTS WITH 'adverseevent:hubtest-ae-' DETACH DELETE ae`),
      );
    }
  });

  it('says a kind-filtered neighbourhood of a hub is truncated when the hub has relationships beyond the per-hop scan', async () => {
    const Q = `query($id: ID!, $kinds: [NodeKind!]) { neighborhood(id: $id, kinds: $kinds, limit: 1000) { truncated nodes { id } } }`;
    const bound = NEIGHBOURHOOD_BOUNDS.scanPerType;
    // The hub endpoint has 9,000 relationships: with 500 of each type read per hop, the studies found
    // (fewer than the limit, so the limit did not cut them) are a sample.
    NEIGHBOURHOOD_BOUNDS.scanPerType = 500;
    try {
      const sampled = await app.query(Q, { id: HUB.endpoint, kinds: ['STUDY'] });
      expect(sampled.errors).toBeUndefined();
      expect(sampled.data!.neighborhood.nodes.length).toBeGreaterThan(1);
      expect(sampled.data!.neighborhood.nodes.length).toBeLessThanOrEqual(501);
      expect(sampled.data!.neighborhood.truncated).toBe(true);
      // A node with fewer relationships than the scan is read whole: its filtered neighbourhood is complete.
      const whole = await app.query(Q, { id: 'study:radiant-3', kinds: ['POPULATION'] });
      expect(whole.errors).toBeUndefined();
      expect(whole.data!.neighborhood.nodes.map((n: { id: string }) => n.id)).toContain('population:pan-net-progressive');
      expect(whole.data!.neighborhood.truncated).toBe(false);
    } finally {
      NEIGHBOURHOOD_BOUNDS.scanPerType = bound;
    }
  });

  it('summarises its neighbours as relationship counts per type above 5,000 relationships', async () => {
    const res = await app.query(`query($id: ID!) { neighborSummary(id: $id) { kind relationshipType count } }`, { id: HUB.endpoint });
    expect(res.errors).toBeUndefined();
    const groups = Object.fromEntries(res.data!.neighborSummary.map((g: any) => [`${g.kind} ${g.relationshipType}`, g.count]));
    expect(groups).toEqual({ 'RESULT OF_ENDPOINT': 2 * STUDIES, 'RESULT *': 2 * STUDIES, 'STUDY MEASURES': STUDIES, 'STUDY *': STUDIES });
  });

  it('pages studies(filter: hub) through every study once, in name order, with the right total', async () => {
    const Q = `query($f: StudyFilter, $after: String) { studies(filter: $f, first: 200, after: $after) {
      totalCount nodes { id name design } pageInfo { hasNextPage endCursor } } }`;
    for (const filter of [{ intervention: HUB.intervention }, { endpoint: HUB.endpointCode, design: 'randomized_controlled_trial' }]) {
      const names: string[] = [];
      const ids = new Set<string>();
      let after: string | null = null;
      let total: number;
      do {
        const res: GraphqlResponse = await app.query(Q, { f: filter, after });
        expect(res.errors).toBeUndefined();
        total = res.data!.studies.totalCount;
        for (const s of res.data!.studies.nodes) {
          names.push(s.name);
          ids.add(s.id);
        }
        after = res.data!.studies.pageInfo.hasNextPage ? res.data!.studies.pageInfo.endCursor : null;
      } while (after);
      const expected = filter.design ? STUDIES / 3 : STUDIES;
      expect(total).toBe(expected);
      expect(ids.size).toBe(expected);
      expect(names).toEqual([...names].sort());
    }
  });

  it('counts in graphSummary what a direct Cypher count finds, hub included', async () => {
    const res = await app.query('{ graphSummary { kinds { kind count } relationships { type count } } }');
    expect(res.errors).toBeUndefined();
    const [direct] = await app.db.read<{ studies: number; received: number }>(
      'test.direct',
      'MATCH (s:Study) WITH count(s) AS studies MATCH ()-[r:RECEIVED]->() RETURN studies, count(r) AS received',
    );
    expect(res.data!.graphSummary.kinds.find((k: any) => k.kind === 'STUDY').count).toBe(direct!.studies);
    expect(res.data!.graphSummary.relationships.find((r: any) => r.type === 'RECEIVED').count).toBe(direct!.received);
    expect(direct!.received).toBeGreaterThan(2 * STUDIES);
  });

  it('pages compare on the hub in disjoint pages that cover its total', async () => {
    const Q = `query($after: String) { compare(interventions: ["${HUB.intervention}"], endpoint: "${HUB.endpointCode}", first: 200, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } rows { result { id } } } }`;
    const seen = new Set<string>();
    let rows = 0;
    let after: string | null = null;
    let total: number;
    do {
      const res: GraphqlResponse = await app.query(Q, { after });
      expect(res.errors).toBeUndefined();
      total = res.data!.compare.totalCount;
      for (const r of res.data!.compare.rows) seen.add(r.result.id);
      rows += res.data!.compare.rows.length;
      after = res.data!.compare.pageInfo.hasNextPage ? res.data!.compare.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(2 * STUDIES);
    expect(rows).toBe(total);
    expect(seen.size).toBe(total);
  });
  it('compares from the smaller end: a drug of few arms on the hub endpoint, the hub drug on an endpoint of few results', async () => {
    const cases = [
      { endpointId: HUB.endpoint, interventions: ['intervention:everolimus'] },
      { endpointId: 'endpoint:os', interventions: [HUB.intervention, 'intervention:sunitinib'] },
    ];
    for (const c of cases) {
      const params = { ...c, population: null };
      const [found] = await app.db.read<{ keys: unknown[] }>('test.compare', FIND_COMPARISON_KEYS, params);
      const [direct] = await app.db.read<{ total: number }>(
        'test.direct',
        `MATCH (e:Endpoint {id: $endpointId})<-[:OF_ENDPOINT]-(r:Result)<-[:REPORTED]-(:Arm)-[:RECEIVED]->(i:Intervention)
         WHERE i.id IN $interventions RETURN count(DISTINCT [i, r]) AS total`,
        params,
      );
      expect(found!.keys.length).toBeGreaterThanOrEqual(direct!.total);
      // Either hub has 6,000 relationships to read (over 2 db hits each); the smaller end has a few dozen.
      const hits = await dbHitsOf(FIND_COMPARISON_KEYS, params);
      expect(hits).toBeLessThan(2 * STUDIES);
    }
  });

  it("counts a hub filter's total, graphSummary's counts and a comparison's rows once per loaded data, and again after a load changes it", async () => {
    const total = async () => {
      const res = await app.query(`query($f: StudyFilter) { studies(filter: $f, first: 1) { totalCount } }`, {
        f: { intervention: HUB.intervention },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.studies.totalCount as number;
    };
    const summaryStudies = async () => {
      const res = await app.query('{ graphSummary { kinds { kind count } } }');
      expect(res.errors).toBeUndefined();
      return res.data!.graphSummary.kinds.find((k: { kind: string }) => k.kind === 'STUDY').count as number;
    };
    const compareTotal = async () => {
      const res = await app.query(
        `{ compare(interventions: ["${HUB.intervention}"], endpoint: "${HUB.endpointCode}", first: 1) { totalCount } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.compare.totalCount as number;
    };
    expect(await total()).toBe(STUDIES);
    const studiesBefore = await summaryStudies();
    expect(await compareTotal()).toBe(2 * STUDIES);
    // Written outside any load (no loader does this): the kept total stands until the loaded data changes.
    await addHubStudies(app.db, STUDIES, STUDIES + 5);
    expect(await total()).toBe(STUDIES);
    expect(await summaryStudies()).toBe(studiesBefore);
    expect(await compareTotal()).toBe(2 * STUDIES);
    await app.db.writeTransaction('test.hub', (run) =>
      run(`MERGE (l:${SOURCE_LOAD_LABEL} {id: $id}) SET l.hash = 'hubtest', l.loadedAt = datetime()`, { id: HUB_LOAD }),
    );
    expect(await total()).toBe(STUDIES + 5);
    expect(await summaryStudies()).toBe(studiesBefore + 5);
    expect(await compareTotal()).toBe(2 * (STUDIES + 5));
  });
});
