/**
 * The network of evidence (the network plot of network meta-analysis), built from the graph:
 * every randomized controlled trial's pairs of arms give edges between what differs between
 * them. In an add-on design (A + B vs B) the added therapy is compared with the backbone.
 */
import type { Database } from '../../../runtime/db/database.js';
import { nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type NodeRecord } from '../graph/records.js';
import { isHeadToHead } from '../../../kernel/evidence-design.js';
import { evidenceOf } from '../registry/registry-of.js';

/**
 * Arms of trials randomized by the review's words, or by their registry record's where the review
 * states no design; a registry record linked to a review study is that study, not a second trial.
 * Whether each is a head-to-head comparison is decided by the kernel's rule (evidenceDesignOf).
 */
export const FIND_RANDOMIZED_ARMS = `
  MATCH (s:Study)-[:HAS_ARM]->(arm:Arm)-[:RECEIVED]->(i:Intervention)
  WHERE (s.design = 'randomized_controlled_trial'
         OR (s.design = 'not_stated' AND EXISTS { (s)-[:REGISTERED_AS]->(:Study {design: 'randomized_controlled_trial'}) }))
    AND NOT EXISTS { (:Study)-[:REGISTERED_AS]->(s) }
    AND ($population IS NULL OR EXISTS {
      MATCH (s)-[:ENROLLS]->(:Population)-[:SUBSET_OF*0..8]->(:Population {id: $population}) })
  WITH s, arm, collect(i) AS interventions
  RETURN ${nodeProjection('s')} AS study, arm.id AS arm, [i IN interventions | ${nodeProjection('i')}] AS interventions
  ORDER BY s.id, arm.id`;

export interface EvidenceNetworkRecord {
  nodes: { intervention: NodeRecord; studyCount: number }[];
  edges: {
    id: string;
    source: NodeRecord;
    target: NodeRecord;
    studies: NodeRecord[];
    enrolled: number | null;
    studiesWithEnrolment: number;
  }[];
}

/** Pairs of interventions two arms compare: what each has that the other lacks. */
export function comparedPairs(a: string[], b: string[]): [string, string][] {
  const onlyA = a.filter((x) => !b.includes(x));
  const onlyB = b.filter((x) => !a.includes(x));
  const left = onlyA.length > 0 ? onlyA : a;
  const right = onlyB.length > 0 ? onlyB : b;
  if (onlyA.length === 0 && onlyB.length === 0) return [];
  const pairs: [string, string][] = [];
  for (const x of left) for (const y of right) if (x !== y) pairs.push(x < y ? [x, y] : [y, x]);
  return pairs;
}

/**
 * What an arm is compared on: its therapies without best supportive care when it has any other,
 * since care given alongside (NETTER-1's 177Lu-DOTATATE + best supportive care) is not the
 * comparison a trial makes.
 */
function activeOf(ids: string[], interventions: Map<string, NodeRecord>): string[] {
  const active = ids.filter((id) => interventions.get(id)?.kind !== 'supportive_care');
  return active.length > 0 ? active : ids;
}

export async function findEvidenceNetwork(db: Database, population: string | null): Promise<EvidenceNetworkRecord> {
  const rows = await db.read<{ study: ProjectedNode; arm: string; interventions: ProjectedNode[] }>(
    'evidenceNetwork.arms',
    FIND_RANDOMIZED_ARMS,
    { population },
  );
  const interventions = new Map<string, NodeRecord>();
  const studiesOf = new Map<string, Set<string>>();
  const studies = new Map<string, NodeRecord>();
  const armsByStudy = new Map<string, string[][]>();
  for (const r of rows) {
    const study = recordOf(r.study);
    if (!isHeadToHead(evidenceOf(study))) continue;
    studies.set(study.id, study);
    const ids = r.interventions.map((i) => {
      const rec = recordOf(i);
      interventions.set(rec.id, rec);
      if (!studiesOf.has(rec.id)) studiesOf.set(rec.id, new Set());
      studiesOf.get(rec.id)!.add(study.id);
      return rec.id;
    });
    armsByStudy.set(study.id, [...(armsByStudy.get(study.id) ?? []), activeOf(ids, interventions)]);
  }
  const edges = new Map<string, { ends: [string, string]; studyIds: Set<string> }>();
  for (const [studyId, arms] of armsByStudy) {
    for (const [i, a] of arms.entries()) {
      for (const b of arms.slice(i + 1)) {
        for (const [x, y] of comparedPairs(a, b)) {
          const key = `${x}|${y}`;
          const edge = edges.get(key) ?? { ends: [x, y], studyIds: new Set<string>() };
          edge.studyIds.add(studyId);
          edges.set(key, edge);
        }
      }
    }
  }
  const inEdges = new Set([...edges.values()].flatMap((e) => e.ends));
  return {
    nodes: [...interventions.values()]
      .filter((i) => inEdges.has(i.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((intervention) => ({ intervention, studyCount: studiesOf.get(intervention.id)!.size })),
    edges: [...edges.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, { ends, studyIds }]) => {
        const [x, y] = ends;
        const list = [...studyIds].map((id) => studies.get(id)!);
        const stated = list.filter((s) => typeof s.enrolled === 'number');
        return {
          id: key,
          source: interventions.get(x)!,
          target: interventions.get(y)!,
          studies: list,
          enrolled: stated.length > 0 ? stated.reduce((n, s) => n + (s.enrolled as number), 0) : null,
          studiesWithEnrolment: stated.length,
        };
      }),
  };
}
