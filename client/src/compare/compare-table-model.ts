/**
 * The comparison table's rows: sorted by a column (missing values always last, ties kept in the
 * API's order) and grouped by evidence level (the design evidence rests on: the review's, or the
 * registry's where the review states none), strongest first. Pure, unit-tested.
 */
import { studyEvidence, type EvidenceLevel } from '../evidence/evidence-level';
import { human } from '../components/format';
import type { SortDir, SortKey } from './compare-url';

export interface SortableRow {
  intervention: { name: string };
  study: { name: string };
  arm: { label: string } | null;
  design: string;
  phase: string | null;
  /** The design evidence rests on and whose it is (the API's ComparisonRow.evidenceDesign/evidenceBasis). */
  evidenceDesign?: string | null;
  evidenceBasis?: 'REVIEW' | 'REGISTRY' | null;
  n: number | null;
  value: number | null;
  ciLow: number | null;
  pValue: string | null;
}

/** A stable key of a row: the same result can stand for two of the picked interventions. */
export const rowKey = (r: { intervention: { id: string }; result: { id: string } }) => `${r.intervention.id}|${r.result.id}`;

export const levelOf = (r: Pick<SortableRow, 'design' | 'phase' | 'evidenceDesign' | 'evidenceBasis'>): EvidenceLevel =>
  studyEvidence({
    design: r.design,
    phase: r.phase,
    evidenceDesign: r.evidenceDesign,
    evidencePhase: r.phase,
    evidenceBasis: r.evidenceBasis,
  }).level;

/** A p value as written ("< 0.01", "0.023") read for ordering only: its number, then its bound. */
export function pValueOrder(p: string | null): [number, number] | null {
  if (!p) return null;
  const m = /^\s*([<>=≤≥]=?)?\s*([0-9]*\.?[0-9]+(?:e-?\d+)?)\s*$/i.exec(p);
  if (!m) return null;
  const bound = m[1] ?? '=';
  const rank = bound.startsWith('<') || bound === '≤' ? 0 : bound.startsWith('>') || bound === '≥' ? 2 : 1;
  return [Number(m[2]), rank];
}

type Comparable = number | string | [number, number] | null;

function sortValue(r: SortableRow, key: SortKey): Comparable {
  switch (key) {
    case 'level':
      return levelOf(r).rank;
    case 'study':
      return r.study.name;
    case 'design':
      return human(r.design);
    case 'phase':
      return r.phase;
    case 'intervention':
      return r.intervention.name;
    case 'arm':
      return r.arm?.label ?? null;
    case 'n':
      return r.n;
    case 'value':
      return r.value;
    case 'ci':
      return r.ciLow;
    case 'p':
      return pValueOrder(r.pValue);
  }
}

function compareValues(a: Exclude<Comparable, null>, b: Exclude<Comparable, null>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  if (Array.isArray(a) && Array.isArray(b)) return a[0] - b[0] || a[1] - b[1];
  return 0;
}

/** Sorted copy; rows without the sorted value go last in both directions. */
export function sortRows<T extends SortableRow>(rows: T[], key: SortKey, dir: SortDir): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: sortValue(row, key) }))
    .sort((x, y) => {
      if (x.v === null || y.v === null) return x.v === y.v ? x.index - y.index : x.v === null ? 1 : -1;
      return sign * compareValues(x.v, y.v) || x.index - y.index;
    })
    .map((x) => x.row);
}

export interface LevelGroup<T> {
  level: EvidenceLevel;
  rows: T[];
}

/** Groups by evidence level, strongest first (weakest first when sorting by level descending), keeping row order within a group. */
export function groupByLevel<T extends SortableRow>(rows: T[], dir: SortDir = 'asc'): LevelGroup<T>[] {
  const groups = new Map<number, LevelGroup<T>>();
  for (const row of rows) {
    const level = levelOf(row);
    if (!groups.has(level.rank)) groups.set(level.rank, { level, rows: [] });
    groups.get(level.rank)!.rows.push(row);
  }
  const sorted = [...groups.values()].sort((a, b) => a.level.rank - b.level.rank);
  return dir === 'desc' ? sorted.reverse() : sorted;
}

/** The table's order: sorted by the chosen column (if any) within evidence-level groups. */
export function arrangeRows<T extends SortableRow>(rows: T[], sort: { key: SortKey; dir: SortDir } | null): LevelGroup<T>[] {
  const sorted = sort && sort.key !== 'level' ? sortRows(rows, sort.key, sort.dir) : rows;
  return groupByLevel(sorted, sort?.key === 'level' ? sort.dir : 'asc');
}
