/**
 * Both sources side by side through the API: the review's RADIANT-3 with its ClinicalTrials.gov
 * record, the link's reason, the enrolment the two disagree on, each value with its own source;
 * RADIANT-3 and SANET-p in the evidence network as randomized by the registry, labelled so.
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

const STUDY = `
  query Study($id: ID!) {
    node(id: $id) {
      ... on Study {
        name design source { kind }
        evidenceDesign evidenceBasis evidenceNote
        registry { nct url allocation phases enrollment enrollmentType overallStatus link { reason detail } study { id source { kind } } }
        discrepancies { field values { value source { kind } provenance { quote locator nct ref section source { kind } } } }
      }
    }
  }`;

describe('a review study beside its registry record', () => {
  it('gives RADIANT-3 its record, the link reason and the registry allocation, without changing the review’s design', async () => {
    const res = await app.query(STUDY, { id: 'study:radiant-3' });
    expect(res.errors).toBeUndefined();
    const s = res.data!.node;
    expect(s.design).toBe('not_stated');
    expect(s.source.kind).toBe('REVIEW');
    expect(s.registry).toMatchObject({
      nct: 'NCT00510068',
      url: 'https://clinicaltrials.gov/study/NCT00510068',
      allocation: 'RANDOMIZED',
      phases: ['PHASE3'],
      enrollment: 410,
      enrollmentType: 'ACTUAL',
      link: { reason: 'ACRONYM' },
      study: { id: 'study:nct00510068', source: { kind: 'REGISTRY' } },
    });
    expect(s.evidenceDesign).toBe('randomized_controlled_trial');
    expect(s.evidenceBasis).toBe('REGISTRY');
    expect(s.evidenceNote).toMatch(/allocation is randomized/);
  });

  it('shows the enrolment the review and the registry disagree on, each with its source and provenance', async () => {
    const res = await app.query(STUDY, { id: 'study:radiant-3' });
    const enrolled = res.data!.node.discrepancies.find((d: { field: string }) => d.field === 'enrolled');
    expect(enrolled.values.map((v: { value: string; source: { kind: string } }) => [v.value, v.source.kind])).toEqual([
      ['140', 'REVIEW'],
      ['410 (actual)', 'REGISTRY'],
    ]);
    const [review, registry] = enrolled.values.map((v: { provenance: unknown }) => v.provenance);
    expect(review).toMatchObject({ ref: 102, source: { kind: 'REVIEW' }, nct: null, locator: null });
    expect(review.quote).toContain('140');
    expect(registry).toMatchObject({
      ref: null,
      nct: 'NCT00510068',
      source: { kind: 'REGISTRY' },
      locator: 'protocolSection.identificationModule.officialTitle',
    });
    expect(registry.quote).toContain('RAD001 10 mg/d');
  });

  it('answers a registry study with its own record and no link', async () => {
    const res = await app.query(STUDY, { id: 'study:nct00510068' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.source.kind).toBe('REGISTRY');
    expect(res.data!.node.registry).toMatchObject({ nct: 'NCT00510068', link: null });
    expect(res.data!.node.discrepancies).toEqual([]);
  });

  it('lists both sources with the nodes each asserts, each load complete', async () => {
    const res = await app.query('{ sources { id kind title url nodeCount loadComplete } }');
    const byKind = Object.fromEntries(res.data!.sources.map((s: { kind: string }) => [s.kind, s]));
    expect(byKind.REVIEW.nodeCount).toBeGreaterThan(1000);
    expect(byKind.REGISTRY).toMatchObject({ id: 'ctgov', title: 'ClinicalTrials.gov', url: 'https://clinicaltrials.gov/' });
    expect(byKind.REGISTRY.nodeCount).toBeGreaterThanOrEqual(29);
    expect([byKind.REVIEW.loadComplete, byKind.REGISTRY.loadComplete]).toEqual([true, true]);
  });
});

describe('the evidence network with both sources', () => {
  it('draws RADIANT-3 and SANET-p as randomized by their registry records, labelled so, and no registry twin', async () => {
    const res = await app.query('{ evidenceNetwork { edges { id studies { id evidenceBasis evidenceDesign } } } }');
    expect(res.errors).toBeUndefined();
    const studies = res.data!.evidenceNetwork.edges.flatMap((e: { studies: { id: string; evidenceBasis: string }[] }) => e.studies);
    const basis = Object.fromEntries(studies.map((s: { id: string; evidenceBasis: string }) => [s.id, s.evidenceBasis]));
    expect(basis['study:radiant-3']).toBe('REGISTRY');
    expect(basis['study:sanet-p']).toBe('REGISTRY');
    expect(basis['study:netter-1']).toBe('REVIEW');
    expect(Object.keys(basis).filter((id) => id.startsWith('study:nct005'))).toEqual([]);
    const edge = res.data!.evidenceNetwork.edges.find((e: { id: string }) => e.id === 'intervention:everolimus|intervention:placebo');
    expect(edge.studies.map((s: { id: string }) => s.id)).toContain('study:radiant-3');
  });
});
