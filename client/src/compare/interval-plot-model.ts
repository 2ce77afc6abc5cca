/**
 * The interval plot's model: table rows split into panels that never mix units (one panel per
 * statistic and unit; ratios on a log scale with the line of no effect at 1), each with a domain
 * that holds every number of its rows and labelled ticks. Pure, unit-tested; drawing is elsewhere.
 */
import { must } from '../../../kernel/must';
export interface PlotRow {
  key: string;
  statistic: string;
  unit: string | null;
  value: number | null;
  valueHigh: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  notReached: boolean;
}

export interface Panel<T extends PlotRow = PlotRow> {
  id: string;
  title: string;
  scale: 'linear' | 'log';
  domain: [number, number];
  ticks: number[];
  rows: T[];
}

export const isRatio = (statistic: string) => /ratio/i.test(statistic);

export function panelId(row: Pick<PlotRow, 'statistic' | 'unit'>): string {
  return isRatio(row.statistic) ? `ratio:${row.statistic}` : `${row.statistic}|${row.unit ?? ''}`;
}

export function panelTitle(row: Pick<PlotRow, 'statistic' | 'unit'>): string {
  const statistic = row.statistic.replaceAll('_', ' ');
  const name = statistic.charAt(0).toUpperCase() + statistic.slice(1);
  if (isRatio(row.statistic)) return `${name} (log scale)`;
  return `${name}, ${row.unit ?? 'unit not stated'}`;
}

/** Removes float noise from tick arithmetic (0.1 * 3 → 0.3). */
const clean = (x: number) => Number(x.toPrecision(12));

/** 0 to a round maximum covering `max`, with about `count` steps of 1, 2, 2.5 or 5 × 10^k. */
export function linearTicks(min: number, max: number, count = 5): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, min);
  const hi = max > lo ? max : lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  const start = clean(Math.floor(lo / step) * step);
  const end = clean(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let t = start; t <= end + step / 2; t = clean(t + step)) ticks.push(t);
  return { domain: [start, end], ticks };
}

const LOG_STEPS = [1, 2, 5];

/** A log domain symmetric about 1 (so benefit and harm look alike) on the 1-2-5 sequence. */
export function logTicks(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(min, 1 / max, 1);
  const hi = Math.max(max, 1 / min, 1);
  const candidates: number[] = [];
  for (let e = -4; e <= 4; e++) for (const s of LOG_STEPS) candidates.push(clean(s * 10 ** e));
  const below = candidates.filter((c) => c <= lo * (1 + 1e-9));
  const above = candidates.filter((c) => c >= hi * (1 - 1e-9));
  const dLo = below.at(-1) ?? must(candidates.at(0), 'the 1-2-5 candidates are never empty');
  const dHi = above.at(0) ?? must(candidates.at(-1), 'the 1-2-5 candidates are never empty');
  return { domain: [dLo, dHi], ticks: candidates.filter((c) => c >= dLo && c <= dHi) };
}

/** Every number of a row that must fit the axis. */
export function numbersOf(row: PlotRow): number[] {
  return [row.value, row.valueHigh, row.ciLow, row.ciHigh].filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
}

/**
 * Panels in order of their first row; rows keep the order given (the table's). A row with no number
 * and no unit ("not reached") joins a panel of its statistic rather than opening one of its own.
 */
export function buildPanels<T extends PlotRow>(rows: T[]): Panel<T>[] {
  const panels = new Map<string, Panel<T>>();
  const open = (row: T) => {
    const id = panelId(row);
    if (!panels.has(id)) {
      panels.set(id, { id, title: panelTitle(row), scale: isRatio(row.statistic) ? 'log' : 'linear', domain: [0, 1], ticks: [], rows: [] });
    }
    return panels.get(id)!;
  };
  const homeless = (row: T) => row.unit === null && numbersOf(row).length === 0;
  for (const row of rows) if (!homeless(row)) open(row);
  for (const row of rows) {
    const home = homeless(row)
      ? [...panels.values()].find((p) => p.id.startsWith(`${row.statistic}|`) || p.id === `ratio:${row.statistic}`)
      : undefined;
    (home ?? open(row)).rows.push(row);
  }
  for (const panel of panels.values()) {
    const numbers = panel.rows.flatMap(numbersOf).filter((x) => panel.scale === 'linear' || x > 0);
    const { domain, ticks } =
      panel.scale === 'log'
        ? logTicks(numbers.length > 0 ? Math.min(...numbers) : 1, numbers.length > 0 ? Math.max(...numbers) : 1)
        : linearTicks(numbers.length > 0 ? Math.min(...numbers) : 0, numbers.length > 0 ? Math.max(...numbers) : 1);
    panel.domain = domain;
    panel.ticks = ticks;
  }
  return [...panels.values()];
}

/** Position of x on a panel's axis drawn from `left` to `right` pixels. */
export function project(panel: Pick<Panel, 'scale' | 'domain'>, x: number, left: number, right: number): number {
  const [d0, d1] = panel.domain;
  const t = panel.scale === 'log' ? (Math.log(x) - Math.log(d0)) / (Math.log(d1) - Math.log(d0)) : (x - d0) / (d1 - d0);
  return left + t * (right - left);
}

/** How a row is drawn: a point (with CI whiskers if both bounds exist), a range bar, or no mark. */
export function markOf(row: PlotRow): 'point' | 'range' | 'none' {
  if (row.notReached || typeof row.value !== 'number') return 'none';
  return typeof row.valueHigh === 'number' ? 'range' : 'point';
}
