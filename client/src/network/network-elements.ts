/**
 * The evidence network as Cytoscape elements: interventions sized by how many randomized trials
 * tested them, head-to-head comparisons as edges whose width grows with the patients enrolled
 * (linearly, from a minimum width, so an edge whose enrolment the review does not state stays
 * visible, dashed), whose label names the trials and the effect size where one is reported (a
 * hazard ratio between the edge's two therapies), and which are marked where a trial counts as
 * randomized only by its registry record; the wording of an edge's enrolment says how many of its
 * trials state it. Pure, unit-tested.
 */
import type { EvidenceNetworkData, EvidenceNetworkEdgeData, NetworkStudyData } from '../api/network-operations';

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

type StudyName = Pick<NetworkStudyData, 'name' | 'acronym'>;

const short = (s: StudyName) => {
  const name = s.acronym ?? s.name;
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
};

/** "RADIANT-3, RADIANT-4" */
export const edgeLabel = (studies: StudyName[]) => studies.map(short).join(', ');

/** What the effect-size reading needs of an edge. */
type EffectEdge = Pick<EvidenceNetworkEdgeData, 'source' | 'target'> & {
  studies: (StudyName & { results?: NetworkStudyData['results'] })[];
};

export interface EdgeEffect {
  /** "HR 0.35 (95% CI 0.27–0.45)" */
  text: string;
  endpoint: string;
  study: string;
  resultId: string;
}

const isRatio = (statistic: string) => /ratio/i.test(statistic);

/**
 * The effect size of an edge: a ratio one of its trials reports between an arm of one of the two
 * therapies and an arm of the other (PFS first, then OS, then any endpoint); null when none does.
 */
export function edgeEffect(edge: EffectEdge): EdgeEffect | null {
  const ends = [edge.source.id, edge.target.id];
  const found: { r: NonNullable<NetworkStudyData['results']>[number]; study: StudyName }[] = [];
  for (const study of edge.studies) {
    for (const r of study.results ?? []) {
      if (!isRatio(r.statistic) || typeof r.value !== 'number') continue;
      const of = (role: string) => r.comparedArms.filter((c) => c.role === role).flatMap((c) => c.arm.interventions.map((i) => i.id));
      const treatment = of('treatment');
      const control = of('control');
      const between =
        ends.some((a) => treatment.includes(a)) && ends.some((b) => control.includes(b)) && !ends.every((e) => treatment.includes(e));
      if (between) found.push({ r, study });
    }
  }
  const rank = (code: string) => (code === 'PFS' ? 0 : code === 'OS' ? 1 : 2);
  const best = found.sort((a, b) => rank(a.r.endpoint.code) - rank(b.r.endpoint.code))[0];
  if (!best) return null;
  const ci =
    typeof best.r.ciLow === 'number' && typeof best.r.ciHigh === 'number'
      ? ` (${best.r.ciLevel ?? 95}% CI ${best.r.ciLow}–${best.r.ciHigh})`
      : '';
  return { text: `${best.r.valueText}${ci}`, endpoint: best.r.endpoint.code, study: short(best.study), resultId: best.r.id };
}

/** How many of an edge's trials count as randomized only by their registry record. */
export function registryBasis(studies: { evidenceBasis?: string | null }[]): 'none' | 'some' | 'all' {
  const n = studies.filter((s) => s.evidenceBasis === 'REGISTRY').length;
  return n === 0 ? 'none' : n === studies.length ? 'all' : 'some';
}

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
    /** The effect size shown on the edge ("HR 0.35 (95% CI 0.27–0.45) PFS"), empty where none is reported. */
    effect: string;
    /** Trials of the edge counted as randomized by their registry record only. */
    registryBasis: 'none' | 'some' | 'all';
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
    ...network.edges.map((e): NetworkEdgeElement => {
      const effect = edgeEffect(e);
      const effectText = effect ? `${effect.text} ${effect.endpoint}` : '';
      return {
        group: 'edges',
        data: {
          id: e.id,
          source: e.source.id,
          target: e.target.id,
          label: effectText ? `${edgeLabel(e.studies)} · ${effectText}` : edgeLabel(e.studies),
          enrolled: e.enrolled,
          studiesWithEnrolment: e.studiesWithEnrolment,
          enrolment: enrolmentStated(e),
          width: edgeWidth(e.enrolled, maxEnrolled),
          studies: e.studies.map((s) => s.name),
          studyIds: e.studies.map((s) => s.id),
          tooltip: `${e.source.name} vs ${e.target.name}: ${trialsText(e.studies.length)}, ${enrolledText(e)}${effect ? `\nEffect: ${effect.text} (${effect.endpoint}, ${effect.study})` : ''}\n${e.studies
            .map((s) => `• ${s.name}${s.evidenceBasis === 'REGISTRY' ? ' (randomized per its registry record)' : ''}`)
            .join('\n')}`,
          effect: effectText,
          registryBasis: registryBasis(e.studies),
        },
      };
    }),
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
