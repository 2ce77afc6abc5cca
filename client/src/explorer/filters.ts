/**
 * Filters of the explorer: kinds shown, the source asserting a node (the review, ClinicalTrials.gov),
 * and study design, phase, status, evidence level (the design evidence rests on: the review's, or
 * the registry's where the review states none), population grade and site. They apply to the
 * canvas and the lists alike, and live in the URL.
 */
import type { NodeKind } from '../generated/graphql';
import type { GraphNodeData } from '../api/canvas-operations';
import { studyEvidence } from '../evidence/evidence-level';

export interface Filters {
  /** Kinds not shown. */
  hiddenKinds: NodeKind[];
  designs: string[];
  phases: string[];
  statuses: string[];
  /** Highest evidence level rank shown (1 = phase III RCT only); null for all. */
  maxLevel: number | null;
  grades: string[];
  sites: string[];
  /** Sources whose nodes are shown (REVIEW, REGISTRY); empty for all. */
  sources: string[];
}

export const NO_FILTERS: Filters = {
  hiddenKinds: [],
  designs: [],
  phases: [],
  statuses: [],
  maxLevel: null,
  grades: [],
  sites: [],
  sources: [],
};

/** Whether a node passes the filters. Study filters apply to studies, population filters to populations. */
export function passes(n: GraphNodeData, f: Filters): boolean {
  if (f.hiddenKinds.includes(n.kind)) return false;
  if (f.sources.length > 0 && !f.sources.includes(n.source)) return false;
  if (n.kind === 'STUDY') {
    if (f.designs.length > 0 && !f.designs.includes(n.design ?? '')) return false;
    if (f.phases.length > 0 && !f.phases.includes(n.phase ?? '')) return false;
    if (f.statuses.length > 0 && !f.statuses.includes(n.status ?? '')) return false;
    if (f.maxLevel !== null && studyEvidence(n).level.rank > f.maxLevel) return false;
  }
  if (n.kind === 'POPULATION') {
    if (f.sites.length > 0 && !f.sites.includes(n.site ?? '')) return false;
    if (f.grades.length > 0 && !(n.grades ?? []).some((g) => f.grades.includes(g))) return false;
  }
  return true;
}

const LIST_KEYS = {
  hiddenKinds: 'hide',
  designs: 'design',
  phases: 'phase',
  statuses: 'status',
  grades: 'grade',
  sites: 'site',
  sources: 'source',
} as const;

export function filtersFromParams(p: URLSearchParams): Filters {
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const level = Number(p.get('level'));
  return {
    hiddenKinds: list(LIST_KEYS.hiddenKinds) as NodeKind[],
    designs: list(LIST_KEYS.designs),
    phases: list(LIST_KEYS.phases),
    statuses: list(LIST_KEYS.statuses),
    grades: list(LIST_KEYS.grades),
    sites: list(LIST_KEYS.sites),
    sources: list(LIST_KEYS.sources).filter((v) => v === 'REVIEW' || v === 'REGISTRY'),
    maxLevel: Number.isInteger(level) && level >= 1 && level <= 9 ? level : null,
  };
}

export function filtersToParams(f: Filters): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [field, key] of Object.entries(LIST_KEYS)) {
    const v = f[field as keyof typeof LIST_KEYS];
    out[key] = v.length > 0 ? v.join(',') : null;
  }
  out.level = f.maxLevel === null ? null : String(f.maxLevel);
  return out;
}

export const isFiltering = (f: Filters) => JSON.stringify(f) !== JSON.stringify(NO_FILTERS);
