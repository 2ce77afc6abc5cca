/**
 * The evidence network as Cytoscape elements: interventions sized by how many randomized trials
 * tested them, head-to-head comparisons as edges whose width grows with the patients enrolled
 * (linearly, from a minimum width, so an edge whose enrolment the review does not state stays
 * visible, dashed) and whose label names the trials; the wording of an edge's enrolment says how
 * many of its trials state it. Pure, unit-tested.
 */
import type { EvidenceNetworkData, EvidenceNetworkEdgeData, NetworkStudyData } from '../api/compare-queries';

export const NODE_SIZE = { min: 30, max: 80 };
export const EDGE_WIDTH = { min: 2, max: 14 };

/** Width of an edge: the minimum plus its share of the largest enrolment (the minimum when not stated). */
export function edgeWidth(enrolled: number | null, maxEnrolled: number): number {
  if (enrolled === null || maxEnrolled <= 0 || enrolled <= 0) return EDGE_WIDTH.min;
  return EDGE_WIDTH.min + (EDGE_WIDTH.max - EDGE_WIDTH.min) * Math.min(1, enrolled / maxEnrolled);
}

export function nodeSize(studyCount: number, maxCount: number): number {
  if (maxCount <= 0) return NODE_SIZE.min;
  return NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.min(1, studyCount / maxCount);
}

const short = (s: NetworkStudyData) => {
  const name = s.acronym ?? s.name;
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
};

/** "RADIANT-3, RADIANT-4" */
export const edgeLabel = (studies: NetworkStudyData[]) => studies.map(short).join(', ');

export const trialsText = (n: number) => `${n} randomized trial${n === 1 ? '' : 's'}`;

type Enrolment = Pick<EvidenceNetworkEdgeData, 'enrolled' | 'studiesWithEnrolment' | 'studies'>;

/** Whether the review states the enrolment of none, some or all of an edge's trials. */
export function enrolmentStated(e: Enrolment): 'none' | 'some' | 'all' {
  if (e.enrolled === null || e.studiesWithEnrolment === 0) return 'none';
  return e.studiesWithEnrolment < e.studies.length ? 'some' : 'all';
}

/**
 * "140 patients enrolled", "140 patients in 1 of 2 trials (the review states enrolment for 1)",
 * or a plain statement that the review does not give the number.
 */
export function enrolledText(e: Enrolment): string {
  const stated = enrolmentStated(e);
  if (stated === 'none') return 'enrolment not stated in the review';
  if (stated === 'all') return `${e.enrolled} patients enrolled`;
  return `${e.enrolled} patients in ${e.studiesWithEnrolment} of ${e.studies.length} trials (the review states enrolment for ${e.studiesWithEnrolment})`;
}

/** The short form of the comparison list: "140 enrolled", "140 enrolled in 1 of 2", "enrolment not stated". */
export function enrolmentBrief(e: Enrolment): string {
  const stated = enrolmentStated(e);
  if (stated === 'none') return 'enrolment not stated';
  return stated === 'all' ? `${e.enrolled} enrolled` : `${e.enrolled} enrolled in ${e.studiesWithEnrolment} of ${e.studies.length}`;
}

export interface NetworkNodeElement {
  group: 'nodes';
  data: { id: string; label: string; studyCount: number; size: number };
}
export interface NetworkEdgeElement {
  group: 'edges';
  data: {
    id: string;
    source: string;
    target: string;
    label: string;
    /** As the API gives it: null when no trial states it. */
    enrolled: number | null;
    studiesWithEnrolment: number;
    /** The stylesheet dashes edges whose enrolment is not stated. */
    enrolment: 'none' | 'some' | 'all';
    width: number;
    studies: string[];
    studyIds: string[];
    tooltip: string;
  };
}

export function toNetworkElements(network: EvidenceNetworkData): (NetworkNodeElement | NetworkEdgeElement)[] {
  const maxCount = Math.max(0, ...network.nodes.map((n) => n.studyCount));
  const maxEnrolled = Math.max(0, ...network.edges.map((e) => e.enrolled ?? 0));
  return [
    ...network.nodes.map((n): NetworkNodeElement => ({
      group: 'nodes',
      data: { id: n.intervention.id, label: n.intervention.name, studyCount: n.studyCount, size: nodeSize(n.studyCount, maxCount) },
    })),
    ...network.edges.map((e): NetworkEdgeElement => ({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source.id,
        target: e.target.id,
        label: edgeLabel(e.studies),
        enrolled: e.enrolled,
        studiesWithEnrolment: e.studiesWithEnrolment,
        enrolment: enrolmentStated(e),
        width: edgeWidth(e.enrolled, maxEnrolled),
        studies: e.studies.map((s) => s.name),
        studyIds: e.studies.map((s) => s.id),
        tooltip: `${e.source.name} vs ${e.target.name}: ${trialsText(e.studies.length)}, ${enrolledText(e)}\n${e.studies.map((s) => `• ${s.name}`).join('\n')}`,
      },
    })),
  ];
}

/**
 * Order for a circle layout: connected interventions next to each other (one component after
 * another, each walked breadth-first from its best-connected node), so few edges cross the circle.
 */
export function circleOrder(nodeIds: string[], edges: { source: string; target: string }[]): string[] {
  const adjacent = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const e of edges) {
    adjacent.get(e.source)?.push(e.target);
    adjacent.get(e.target)?.push(e.source);
  }
  const degree = (id: string) => adjacent.get(id)?.length ?? 0;
  const byDegree = [...nodeIds].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
  const seen = new Set<string>();
  const order: string[] = [];
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const id = queue.shift()!;
      order.push(id);
      for (const next of [...(adjacent.get(id) ?? [])].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b))) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return order;
}
