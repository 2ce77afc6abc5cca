import { describe, expect, it } from 'vitest';
import {
  circleOrder,
  EDGE_WIDTH,
  edgeLabel,
  edgeWidth,
  enrolledText,
  enrolmentBrief,
  enrolmentStated,
  NODE_SIZE,
  nodeSize,
  toNetworkElements,
} from '../../client/src/network/network-elements.js';
import { networkParams, parseNetworkState } from '../../client/src/network/network-url.js';
import type { EvidenceNetworkData } from '../../client/src/api/network-operations.js';

const iv = (id: string, name = id) => ({ id: `intervention:${id}`, name });
const study = (id: string, enrolled: number | null, acronym: string | null = null) => ({
  id: `study:${id}`,
  name: `Study ${id}`,
  acronym,
  phase: 'III',
  enrolled,
  evidenceBasis: 'REVIEW' as const,
  evidenceNote: null,
  results: [],
});

const network: EvidenceNetworkData = {
  nodes: [
    { intervention: iv('everolimus', 'Everolimus'), studyCount: 2 },
    { intervention: iv('placebo', 'Placebo'), studyCount: 7 },
    { intervention: iv('captem', 'CAPTEM'), studyCount: 1 },
    { intervention: iv('temozolomide', 'Temozolomide'), studyCount: 1 },
  ],
  edges: [
    {
      id: 'intervention:captem|intervention:temozolomide',
      source: iv('captem'),
      target: iv('temozolomide'),
      studies: [study('e2211', null)],
      enrolled: null,
      studiesWithEnrolment: 0,
    },
    {
      id: 'intervention:everolimus|intervention:placebo',
      source: iv('everolimus', 'Everolimus'),
      target: iv('placebo', 'Placebo'),
      studies: [study('radiant-3', 140, 'RADIANT-3'), study('radiant-4', null, 'RADIANT-4')],
      enrolled: 140,
      studiesWithEnrolment: 1,
    },
    {
      id: 'intervention:placebo|intervention:surufatinib',
      source: iv('placebo'),
      target: iv('surufatinib'),
      studies: [study('sanet-p', 172, 'SANET-p'), study('sanet-ep', 198, 'SANET-ep')],
      enrolled: 370,
      studiesWithEnrolment: 2,
    },
  ],
};

describe('evidence network elements', () => {
  it('widens edges with enrolment, from a minimum that keeps unstated enrolment visible', () => {
    expect(edgeWidth(null, 370)).toBe(EDGE_WIDTH.min);
    expect(edgeWidth(0, 370)).toBe(EDGE_WIDTH.min);
    expect(edgeWidth(370, 370)).toBe(EDGE_WIDTH.max);
    expect(edgeWidth(140, 370)).toBeGreaterThan(EDGE_WIDTH.min);
    expect(edgeWidth(140, 370)).toBeLessThan(edgeWidth(171, 370));
    expect(edgeWidth(5, 0)).toBe(EDGE_WIDTH.min);
  });

  it('sizes nodes by their number of trials', () => {
    expect(nodeSize(7, 7)).toBe(NODE_SIZE.max);
    expect(nodeSize(1, 7)).toBeLessThan(nodeSize(2, 7));
    expect(nodeSize(0, 7)).toBe(NODE_SIZE.min);
  });

  it('labels an edge with its trials, acronym first, long names shortened', () => {
    expect(edgeLabel([study('radiant-3', 140, 'RADIANT-3'), study('radiant-4', null, 'RADIANT-4')])).toBe('RADIANT-3, RADIANT-4');
    expect(edgeLabel([{ name: 'Phase III RCT of sunitinib in Pan-NETs (Raymond et al)', acronym: null }])).toBe(
      'Phase III RCT of sunitinib …',
    );
  });

  it('builds nodes and edges with the data the view and the tests read', () => {
    const els = toNetworkElements(network);
    const edge = els.find((e) => e.data.id === 'intervention:everolimus|intervention:placebo')!;
    expect(edge.group).toBe('edges');
    expect(edge.data).toMatchObject({
      source: 'intervention:everolimus',
      target: 'intervention:placebo',
      enrolled: 140,
      studiesWithEnrolment: 1,
      enrolment: 'some',
      studies: ['Study radiant-3', 'Study radiant-4'],
    });
    expect(edge.data).toHaveProperty(
      'tooltip',
      'Everolimus vs Placebo: 2 randomized trials, 140 patients in 1 of 2 trials (the review states enrolment for 1)\n• Study radiant-3\n• Study radiant-4',
    );
    const widths = els
      .filter((e) => e.group === 'edges')
      .map((e) => [e.data.enrolled, (e.data as { width: number }).width, (e.data as { enrolment: string }).enrolment]);
    expect(widths).toEqual([
      [null, EDGE_WIDTH.min, 'none'],
      [140, edgeWidth(140, 370), 'some'],
      [370, EDGE_WIDTH.max, 'all'],
    ]);
  });

  it('says how many trials state their enrolment, and "not stated" when none does', () => {
    expect(network.edges).toHaveLength(3);
    const [none, some, all] = [network.edges[0]!, network.edges[1]!, network.edges[2]!];
    expect([enrolmentStated(none), enrolmentStated(some), enrolmentStated(all)]).toEqual(['none', 'some', 'all']);
    expect(enrolledText(none)).toBe('enrolment not stated in the review');
    expect(enrolledText(some)).toBe('140 patients in 1 of 2 trials (the review states enrolment for 1)');
    expect(enrolledText(all)).toBe('370 patients enrolled');
    expect([enrolmentBrief(none), enrolmentBrief(some), enrolmentBrief(all)]).toEqual([
      'enrolment not stated',
      '140 enrolled in 1 of 2',
      '370 enrolled',
    ]);
  });

  it('orders a circle so connected interventions sit together, hub first', () => {
    const order = circleOrder(
      ['intervention:a', 'intervention:b', 'intervention:hub', 'intervention:x', 'intervention:y'],
      [
        { source: 'intervention:hub', target: 'intervention:a' },
        { source: 'intervention:hub', target: 'intervention:b' },
        { source: 'intervention:x', target: 'intervention:y' },
      ],
    );
    expect(order).toEqual(['intervention:hub', 'intervention:a', 'intervention:b', 'intervention:x', 'intervention:y']);
  });
});

describe('evidence network URL state', () => {
  it('reads population, edge and layout, dropping malformed ones', () => {
    expect(
      parseNetworkState(new URLSearchParams('?population=population:pan-net&edge=intervention:a|intervention:b&layout=circle')),
    ).toEqual({
      population: 'population:pan-net',
      edge: 'intervention:a|intervention:b',
      layout: 'circle',
    });
    expect(parseNetworkState(new URLSearchParams('?population=study:x&edge=intervention:a&layout=grid'))).toEqual({
      population: null,
      edge: null,
      layout: 'fcose',
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(networkParams({ population: null, edge: null, layout: 'fcose' })).toEqual({ population: null, edge: null, layout: null });
    expect(networkParams({ population: 'population:pan-net', edge: 'intervention:a|intervention:b', layout: 'circle' })).toEqual({
      population: 'population:pan-net',
      edge: 'intervention:a|intervention:b',
      layout: 'circle',
    });
  });
});
