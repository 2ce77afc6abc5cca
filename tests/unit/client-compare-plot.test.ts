import { describe, expect, it } from 'vitest';
import {
  buildPanels,
  linearTicks,
  logTicks,
  markOf,
  panelId,
  project,
  type PlotRow,
} from '../../client/src/compare/interval-plot-model.js';

const row = (key: string, over: Partial<PlotRow> = {}): PlotRow => ({
  key,
  statistic: 'median',
  unit: 'months',
  value: null,
  valueHigh: null,
  ciLow: null,
  ciHigh: null,
  notReached: false,
  ...over,
});

describe('interval plot panels', () => {
  it('never puts two units or statistics on one axis, and keeps the table order', () => {
    const panels = buildPanels([
      row('a', { value: 11 }),
      row('b', { statistic: 'rate', unit: '%', value: 65.2 }),
      row('c', { value: 11.4 }),
      row('d', { statistic: 'hazard_ratio', unit: null, value: 0.41, ciLow: 0.29, ciHigh: 0.58 }),
      row('e', { unit: 'days', value: 42 }),
    ]);
    expect(panels.map((p) => [p.id, p.title, p.rows.map((r) => r.key)])).toEqual([
      ['median|months', 'Median, months', ['a', 'c']],
      ['rate|%', 'Rate, %', ['b']],
      ['ratio:hazard_ratio', 'Hazard ratio (log scale)', ['d']],
      ['median|days', 'Median, days', ['e']],
    ]);
    expect(panels[2]!.scale).toBe('log');
    expect(panels[0]!.scale).toBe('linear');
  });

  it('lets a "not reached" row without a unit join its statistic’s panel', () => {
    const panels = buildPanels([row('nr', { unit: null, notReached: true }), row('a', { value: 11 })]);
    expect(panels.map((p) => p.rows.map((r) => r.key))).toEqual([['nr', 'a']]);
    expect(panelId({ statistic: 'median', unit: null })).toBe('median|');
  });

  it('fits every value, range end and CI bound into the domain', () => {
    const panels = buildPanels([row('a', { value: 11.9, ciLow: 8.6, ciHigh: 14.1 }), row('b', { value: 6.8, valueHigh: 32 })]);
    expect(panels).toHaveLength(1);
    const p = panels[0]!;
    expect(p.domain[0]).toBe(0);
    expect(p.domain[1]).toBeGreaterThanOrEqual(32);
    expect(p.ticks[0]).toBe(0);
    expect(p.ticks.at(-1)).toBe(p.domain[1]);
  });
});

describe('axis ticks', () => {
  it('chooses round linear steps from 0', () => {
    expect(linearTicks(9.7, 16.7)).toEqual({ domain: [0, 20], ticks: [0, 5, 10, 15, 20] });
    expect(linearTicks(10.8, 65.2)).toEqual({ domain: [0, 80], ticks: [0, 20, 40, 60, 80] });
    expect(linearTicks(43.6, 100)).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
    expect(linearTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('makes a log axis symmetric about 1 on the 1-2-5 sequence', () => {
    expect(logTicks(0.29, 0.58)).toEqual({ domain: [0.2, 5], ticks: [0.2, 0.5, 1, 2, 5] });
    expect(logTicks(2.7, 2.7)).toEqual({ domain: [0.2, 5], ticks: [0.2, 0.5, 1, 2, 5] });
    expect(logTicks(0.64, 0.64).ticks).toContain(1);
  });

  it('projects linear and log positions', () => {
    expect(project({ scale: 'linear', domain: [0, 20] }, 10, 100, 300)).toBe(200);
    expect(project({ scale: 'log', domain: [0.2, 5] }, 1, 0, 100)).toBeCloseTo(50);
  });
});

describe('marks', () => {
  it('draws a point for a single value, a bar for a range and nothing for not reached', () => {
    expect(markOf(row('a', { value: 11 }))).toBe('point');
    expect(markOf(row('b', { value: 6.8, valueHigh: 32 }))).toBe('range');
    expect(markOf(row('c', { notReached: true }))).toBe('none');
    expect(markOf(row('d'))).toBe('none');
  });
});
