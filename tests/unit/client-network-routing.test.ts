/** The evidence network's pure parts: edges routed around unrelated nodes, effect sizes, why a trial is or is not an edge. */
import { describe, expect, it } from 'vitest';
import {
  CLEARANCE,
  distanceToSegment,
  polylineDistance,
  routeEdge,
  segmentStyle,
  type Circle,
} from '../../client/src/network/edge-routing.js';
import { trialReason, trialReasons, type TrialLike } from '../../client/src/network/trial-reasons.js';
import { edgeEffect, registryBasis } from '../../client/src/network/network-elements.js';

const c = (id: string, x: number, y: number, r = 20): Circle => ({ id, x, y, r });

describe('edge routing', () => {
  it('leaves an edge straight when nothing is in its way', () => {
    expect(routeEdge(c('a', 0, 0), c('b', 300, 0), [c('a', 0, 0), c('b', 300, 0), c('x', 150, 100)])).toEqual([]);
  });

  it('bends an edge around every unrelated node on its line, keeping the clearance', () => {
    const a = c('a', 0, 0);
    const b = c('b', 600, 0);
    const obstacles = [a, b, c('x', 150, 5), c('y', 400, -8, 30), c('far', 300, 200)];
    const bends = routeEdge(a, b, obstacles);
    expect(bends.length).toBe(4);
    const line = [a, ...bends, b];
    for (const o of obstacles.slice(2)) expect(polylineDistance(o, line)).toBeGreaterThanOrEqual(o.r + CLEARANCE);
  });

  it('gives the bends as Cytoscape segment weights and distances that map back to the same points', () => {
    const s = { x: 10, y: 20 };
    const t = { x: 110, y: 20 };
    const { weights, distances } = segmentStyle(s, t, [{ x: 60, y: 50 }]);
    expect(weights[0]).toBeCloseTo(0.5);
    // Cytoscape adds distance × (−dy, dx)/len to the point on the line: (0, 1) here, so +30 is down the screen.
    expect(distances[0]).toBeCloseTo(30);
  });

  it('measures distance to a segment', () => {
    expect(distanceToSegment({ x: 5, y: 5 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toEqual({ d: 5, t: 0.5 });
  });
});

const trial = (id: string, over: Partial<TrialLike> = {}): TrialLike => ({
  id,
  name: id,
  design: 'randomized_controlled_trial',
  evidenceDesign: 'randomized_controlled_trial',
  evidenceBasis: 'REVIEW',
  evidenceNote: null,
  nonComparative: false,
  planned: false,
  source: { kind: 'REVIEW' },
  reviewStudies: [],
  arms: [
    { interventions: [{ id: 'intervention:everolimus', name: 'Everolimus', interventionKind: 'drug' }] },
    { interventions: [{ id: 'intervention:placebo', name: 'Placebo', interventionKind: 'placebo' }] },
  ],
  ...over,
});
const edges = [
  {
    id: 'intervention:everolimus|intervention:placebo',
    source: { name: 'Everolimus' },
    target: { name: 'Placebo' },
    studies: [{ id: 'study:radiant-3' }, { id: 'study:radiant-4' }],
  },
];

describe('why a trial is or is not an edge', () => {
  it('says which edge a trial is, and that its randomization comes from the registry where it does', () => {
    expect(trialReason(trial('study:radiant-4'), edges)).toMatchObject({
      isEdge: true,
      code: 'edge',
      text: 'Edge Everolimus vs Placebo. Randomized by the review’s words.',
    });
    const radiant3 = trial('study:radiant-3', {
      design: 'not_stated',
      evidenceBasis: 'REGISTRY',
      evidenceNote: "The review states no design; the registry record's allocation is randomized.",
    });
    expect(trialReason(radiant3, edges).text).toBe(
      "Edge Everolimus vs Placebo. Randomized by its registry record: The review states no design; the registry record's allocation is randomized.",
    );
  });

  it('names every reason a trial is left out', () => {
    const reasons = trialReasons(
      [
        trial('study:nct00510068', { source: { kind: 'REGISTRY' }, reviewStudies: [{ id: 'study:radiant-3', name: 'RADIANT-3' }] }),
        trial('study:planned', { planned: true }),
        trial('study:rapnen', { nonComparative: true }),
        trial('study:silent', { design: 'not_stated', evidenceDesign: 'not_stated' }),
        trial('study:series', { design: 'case_series', evidenceDesign: 'case_series' }),
        trial('study:doses', {
          arms: [
            { interventions: [{ id: 'intervention:lan', name: 'Lanreotide', interventionKind: 'drug' }] },
            { interventions: [{ id: 'intervention:lan', name: 'Lanreotide', interventionKind: 'drug' }] },
          ],
        }),
        trial('study:radiant-4'),
      ],
      edges,
    );
    expect(reasons.map((r) => [r.trial.id, r.code])).toEqual([
      ['study:radiant-4', 'edge'],
      ['study:nct00510068', 'registry-twin'],
      ['study:planned', 'planned'],
      ['study:rapnen', 'non-comparative'],
      ['study:silent', 'not-stated'],
      ['study:series', 'other-design'],
      ['study:doses', 'same-therapy'],
    ]);
    expect(reasons[1]!.text).toBe('ClinicalTrials.gov record of RADIANT-3: one trial, counted once, as the review’s study.');
    expect(reasons[5]!.text).toBe('Case series: not a randomized comparison.');
  });
});

describe('effect sizes on edges', () => {
  const hr = (id: string, code: string, value: number, treatment: string, control: string) => ({
    id,
    statistic: 'hazard_ratio',
    value,
    ciLow: 0.3,
    ciHigh: 0.6,
    ciLevel: 95,
    valueText: `HR ${value}`,
    endpoint: { code, name: code },
    comparedArms: [
      { role: 'treatment', arm: { interventions: [{ id: treatment }] } },
      { role: 'control', arm: { interventions: [{ id: control }] } },
    ],
  });
  const edge = (results: ReturnType<typeof hr>[]) => ({
    source: { id: 'intervention:everolimus', name: 'Everolimus' },
    target: { id: 'intervention:placebo', name: 'Placebo' },
    studies: [{ name: 'RADIANT-4', acronym: 'RADIANT-4', results }],
  });

  it('shows the hazard ratio between the edge’s two therapies, PFS first', () => {
    expect(
      edgeEffect(
        edge([
          hr('os', 'OS', 0.73, 'intervention:everolimus', 'intervention:placebo'),
          hr('pfs', 'PFS', 0.48, 'intervention:everolimus', 'intervention:placebo'),
        ]),
      ),
    ).toEqual({
      text: 'HR 0.48 (95% CI 0.3–0.6)',
      endpoint: 'PFS',
      study: 'RADIANT-4',
      resultId: 'pfs',
    });
  });

  it('shows none where no ratio compares the two', () => {
    expect(edgeEffect(edge([hr('x', 'PFS', 0.5, 'intervention:everolimus', 'intervention:sunitinib')]))).toBeNull();
    expect(edgeEffect(edge([]))).toBeNull();
  });

  it('says whether none, some or all of an edge’s trials are randomized by their registry record only', () => {
    expect(registryBasis([{ evidenceBasis: 'REVIEW' }])).toBe('none');
    expect(registryBasis([{ evidenceBasis: 'REVIEW' }, { evidenceBasis: 'REGISTRY' }])).toBe('some');
    expect(registryBasis([{ evidenceBasis: 'REGISTRY' }])).toBe('all');
  });
});
