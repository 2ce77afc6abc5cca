/**
 * `paths` over HTTP on the review graph: ranked by specificity (Hetionet's degree-weighted path
 * score), explained in words, each node sequence once with its parallel relationships in one step,
 * single nodes excludable, bounds refused rather than clamped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

interface PathResult {
  length: number;
  score: number;
  why: string;
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string; type: string; source: string; target: string }[];
  steps: { from: string; to: string; types: string[]; edges: { id: string; type: string }[]; fromDegree: number; toDegree: number }[];
}

const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $excludeKinds: [NodeKind!], $excludeIds: [ID!]) {
  paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit, excludeKinds: $excludeKinds, excludeIds: $excludeIds) {
    length score why
    nodes { id kind label }
    edges { id type source target }
    steps { from to types edges { id type } fromDegree toDegree }
  }
}`;

async function paths(variables: Record<string, unknown>): Promise<PathResult[]> {
  const res = await app.query<{ paths: PathResult[] }>(PATHS, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.paths;
}

const ids = (p: PathResult) => p.nodes.map((n) => n.id);
const middle = (p: PathResult) => p.nodes.slice(1, -1);
const throughHub = (p: PathResult) => middle(p).some((n) => n.id === 'intervention:placebo' || n.kind === 'ENDPOINT');
const SUNITINIB_SANET_P = { from: 'intervention:sunitinib', to: 'study:sanet-p' };

describe('paths ranked by specificity', () => {
  it.each([
    ['with no exclusion', {}],
    ['without references, as the path finder asks', { excludeKinds: ['REFERENCE'] }],
  ])(
    'ranks first, from sunitinib to SANET-p %s, a path through a shared population, not through Placebo or an endpoint',
    async (_, extra) => {
      const found = await paths({ ...SUNITINIB_SANET_P, ...extra });
      expect(found.length).toBeGreaterThan(0);
      const first = found[0]!;
      expect(middle(first).some((n) => ['POPULATION', 'TARGET', 'BIOMARKER'].includes(n.kind))).toBe(true);
      expect(throughHub(first)).toBe(false);
      expect(ids(first)).toEqual([
        'intervention:sunitinib',
        'guideline:sunitinib-registration-pan-net',
        'population:pan-net-progressive',
        'study:sanet-p',
      ]);
      expect(first.steps.map((s) => s.types)).toEqual([['APPROVES'], ['FOR'], ['ENROLLS']]);
    },
  );

  it('puts sunitinib → Raymond trial → Progressive Pan-NETs ← SANET-p above every path through Placebo or PFS', async () => {
    const found = await paths({ ...SUNITINIB_SANET_P, limit: 50 });
    const raymond = found.findIndex(
      (p) => ids(p).join() === 'intervention:sunitinib,study:raymond-ref113,population:pan-net-progressive,study:sanet-p',
    );
    const firstHub = found.findIndex(throughHub);
    expect(raymond).toBeGreaterThanOrEqual(0);
    expect(firstHub).toBeGreaterThan(raymond);
  });

  it('returns scores in descending order, each the product of its steps’ degrees^-0.4, explained by the nodes it passes', async () => {
    const found = await paths({ ...SUNITINIB_SANET_P, limit: 30 });
    expect(found).toHaveLength(30);
    const scores = found.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const p of found) {
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1);
      const product = p.steps.reduce((s, step) => s * (step.fromDegree * step.toDegree) ** -0.4, 1);
      expect(p.score).toBeCloseTo(product, 12);
      for (const n of middle(p)) expect(p.why).toContain(n.label);
      expect(p.why).toContain(`Score ${Number(p.score.toPrecision(3))}`);
      // The node that weighs the path down most is the most connected one in between.
      const degrees = p.steps.slice(0, -1).map((s) => s.toDegree);
      if (degrees.length > 0) {
        const heaviest = degrees.indexOf(Math.max(...degrees));
        expect(p.why).toContain(`Weighed down most by ${p.nodes[heaviest + 1]?.label}, with ${degrees[heaviest]} relationships.`);
      }
      expect(p.length).toBe(p.steps.length);
      expect(p.edges).toHaveLength(p.length);
      p.steps.forEach((s, i) => {
        expect([s.from, s.to]).toEqual([p.nodes[i]?.id, p.nodes[i + 1]?.id]);
        expect(s.edges.map((e) => e.id)).toContain(p.edges[i]?.id);
      });
    }
  });

  it('never lists a node sequence twice', async () => {
    const found = await paths({ ...SUNITINIB_SANET_P, limit: 50 });
    const sequences = found.map((p) => ids(p).join('>'));
    expect(found.length).toBeGreaterThan(20);
    expect(new Set(sequences).size).toBe(sequences.length);
    for (const p of found) expect(new Set(ids(p)).size).toBe(p.nodes.length);
  });

  it('gathers parallel relationships into one step that lists their types', async () => {
    // Reference 96's study both EVALUATES PRRT and FOLLOWS it (patients had PRRT before).
    const found = await paths({ from: 'study:ref96', to: 'intervention:prrt', maxLength: 1 });
    expect(found).toHaveLength(1);
    expect(found[0]!.steps).toEqual([
      expect.objectContaining({ from: 'study:ref96', to: 'intervention:prrt', types: ['EVALUATES', 'FOLLOWS'] }),
    ]);
    expect(found[0]!.steps[0]!.edges.map((e) => e.type)).toEqual(['EVALUATES', 'FOLLOWS']);
  });

  it('leaves out every path through a node given in excludeIds', async () => {
    const all = await paths({ ...SUNITINIB_SANET_P, limit: 20 });
    const without = await paths({ ...SUNITINIB_SANET_P, limit: 20, excludeIds: ['population:pan-net-progressive'] });
    expect(all.length).toBeGreaterThan(0);
    expect(ids(all[0]!)).toContain('population:pan-net-progressive');
    expect(without).toHaveLength(20);
    for (const p of without) expect(ids(p)).not.toContain('population:pan-net-progressive');
    // The best path that never passed the node is still found, in first place.
    const best = all.find((p) => !ids(p).includes('population:pan-net-progressive'))!;
    expect(ids(without[0]!)).toEqual(ids(best));
  });

  it('never passes through an excluded kind, yet ends on one', async () => {
    const found = await paths({ ...SUNITINIB_SANET_P, excludeKinds: ['STUDY', 'GUIDELINE'], limit: 20 });
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.nodes.at(-1)).toMatchObject({ id: 'study:sanet-p', kind: 'STUDY' });
      expect(middle(p).filter((n) => n.kind === 'STUDY' || n.kind === 'GUIDELINE')).toEqual([]);
    }
  });

  it('answers from PFS, the most connected node of the review, with its direct MEASURES relationship', async () => {
    const found = await paths({ from: 'endpoint:pfs', to: 'study:sanet-p', limit: 5 });
    const direct = found.find((p) => p.length === 1);
    expect(direct?.steps[0]?.types).toEqual(['MEASURES']);
    expect(direct?.why).toBe(
      `A direct MEASURES relationship between Progression-free survival (${direct?.steps[0]?.fromDegree} relationships) and SANET-p (${direct?.steps[0]?.toDegree} relationships). Score ${Number(direct?.score.toPrecision(3))} (1 would mean nothing else is attached to any node on the way).`,
    );
  });

  it('finds nothing between a node and itself, or from an id nothing has', async () => {
    expect(await paths({ from: 'study:sanet-p', to: 'study:sanet-p' })).toEqual([]);
    expect(await paths({ from: 'study:no-such-trial', to: 'study:sanet-p' })).toEqual([]);
  });
});

describe('paths arguments', () => {
  it.each([
    ['maxLength above 8', { maxLength: 9 }, 'maxLength'],
    ['maxLength of 0', { maxLength: 0 }, 'maxLength'],
    ['limit above 50', { limit: 51 }, 'limit'],
    ['more than 100 excluded ids', { excludeIds: Array.from({ length: 101 }, (_, i) => `study:s${i}`) }, 'excludeIds'],
    ['an excluded id that is no id', { excludeIds: ['not an id'] }, 'excludeIds'],
  ])('refuses %s with BAD_USER_INPUT, never clamping', async (_, extra, argument) => {
    const res = await app.query(PATHS, { ...SUNITINIB_SANET_P, ...extra });
    expect(res.data?.paths ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
