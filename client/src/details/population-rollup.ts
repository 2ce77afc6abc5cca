/**
 * A population's roll-up: the studies of it and of every subgroup of it (the API's studies filter
 * includes subsets), each said to be of the population itself or of which subgroups, strongest
 * evidence first, with their results; and the therapies to compare in the population (those most
 * studied there with results, placebo and supportive care left out). Pure, unit-tested.
 */
import { studyEvidence, type StudyDesignFields } from '../evidence/evidence-level';

export interface RollupStudyLike extends StudyDesignFields {
  id: string;
  name: string;
  populations: { id: string; name: string }[];
  interventions: { id: string; name: string; interventionKind: string }[];
  results: { id: string; endpoint: { code: string } }[];
}

export interface RollupEntry<T extends RollupStudyLike> {
  study: T;
  /** Enrols the population itself (not only a subgroup of it). */
  direct: boolean;
  /** The subgroups it enrols, where not the population itself. */
  via: { id: string; name: string }[];
  rank: number;
}

/** Studies in evidence order (then by name), each with where it sits: the population itself or its subgroups. */
export function rollup<T extends RollupStudyLike>(populationId: string, studies: readonly T[]): RollupEntry<T>[] {
  return studies
    .map((study) => ({
      study,
      direct: study.populations.some((p) => p.id === populationId),
      via: study.populations.filter((p) => p.id !== populationId),
      rank: studyEvidence(study).level.rank,
    }))
    .sort((a, b) => a.rank - b.rank || a.study.name.localeCompare(b.study.name));
}

/** Therapies that are not comparators in their own right. */
const NOT_COMPARED = new Set(['placebo', 'supportive_care']);

/** Up to `max` therapies most often studied with results in the roll-up, most studied first (ties by name). */
export function therapiesToCompare(studies: readonly RollupStudyLike[], max = 4): string[] {
  const counts = new Map<string, { name: string; n: number }>();
  for (const s of studies) {
    if (s.results.length === 0) continue;
    for (const i of s.interventions) {
      if (NOT_COMPARED.has(i.interventionKind)) continue;
      const c = counts.get(i.id) ?? { name: i.name, n: 0 };
      c.n++;
      counts.set(i.id, c);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[1].name.localeCompare(b[1].name))
    .slice(0, max)
    .map(([id]) => id);
}

/** The endpoint the roll-up's results report most often (PFS when none). */
export function commonestEndpoint(studies: readonly RollupStudyLike[]): string {
  const counts = new Map<string, number>();
  for (const s of studies) for (const r of s.results) counts.set(r.endpoint.code, (counts.get(r.endpoint.code) ?? 0) + 1);
  let best = 'PFS';
  let n = 0;
  for (const [code, c] of counts) if (c > n || (c === n && code < best)) [best, n] = [code, c];
  return best;
}
