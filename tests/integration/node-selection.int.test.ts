/**
 * node(id) compiles its selection's relations into its own statement (nodes/selection-plan.ts):
 * one database read per request, with the answer the field-by-field loaders give.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** A study's nested selection, through a fragment on Node, an inline fragment, aliases and three levels of relations. */
const selection = (directive: string) => `
  fragment Named on Node { id kind name }
  query($id: ID!) { node(id: $id) { ...Named ... on Study {
    arms ${directive} { id label treatments { dose intervention { id name } } results { id endpoint { code } } }
    firstArms: arms ${directive} { id }
    results ${directive} { id statistic value endpoint { id code } comparedArms { role arm { id } } arm { id } }
    populations ${directive} { id subsetOf { id subsets { id } } }
    interventions ${directive} { id includes { id } targets { id } }
    plannedEndpoints ${directive} { primary endpoint { code } }
  } } }`;

/** Counts the reads the app makes while `work` runs. */
async function readsDuring(work: () => Promise<unknown>): Promise<number> {
  const read = vi.spyOn(app.db, 'read');
  const readTransaction = vi.spyOn(app.db, 'readTransaction');
  try {
    await work();
    return read.mock.calls.length + readTransaction.mock.calls.length;
  } finally {
    read.mockRestore();
    readTransaction.mockRestore();
  }
}

describe('node(id) with a nested selection', () => {
  it('answers as the loaders do, in one read where the loaders make one per relation and level', async () => {
    for (const id of ['study:radiant-3', 'study:sanet-p', 'study:netter-1']) {
      let compiled: any;
      let byLoaders: any;
      const compiledReads = await readsDuring(async () => (compiled = await app.query(selection(''), { id })));
      // @include leaves a field to the loaders: the same request, read field by field.
      const loaderReads = await readsDuring(async () => (byLoaders = await app.query(selection('@include(if: true)'), { id })));
      expect(compiled.errors).toBeUndefined();
      expect(byLoaders.errors).toBeUndefined();
      expect(compiled.data).toEqual(byLoaders.data);
      expect(compiled.data.node.arms.length).toBeGreaterThan(1);
      expect(compiled.data.node.results.length).toBeGreaterThan(1);
      expect(compiledReads).toBe(1);
      expect(loaderReads).toBeGreaterThan(4);
    }
  });

  it('answers null for an unknown id, and reads other kinds through the same plan', async () => {
    const unknown = await app.query(selection(''), { id: 'study:no-such-study' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();
    const res = await app.query(
      `query { node(id: "intervention:everolimus") { id ... on Intervention { targets { id } studies { id } } ... on Study { arms { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.targets.map((t: { id: string }) => t.id)).toContain('target:mtor');
    expect(res.data!.node.studies.map((s: { id: string }) => s.id)).toContain('study:radiant-3');
    expect(res.data!.node.arms).toBeUndefined();
  });
});
