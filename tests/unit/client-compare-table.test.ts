import { describe, expect, it } from 'vitest';
import {
  arrangeRows,
  groupByLevel,
  pValueOrder,
  rowKey,
  sortRows,
  type SortableRow,
} from '../../client/src/compare/compare-table-model.js';

type Row = SortableRow & { id: string };
const row = (id: string, over: Partial<SortableRow> = {}): Row => ({
  id,
  intervention: { name: 'Everolimus' },
  study: { name: id },
  arm: { label: 'Everolimus' },
  design: 'randomized_controlled_trial',
  phase: 'III',
  n: null,
  value: null,
  ciLow: null,
  pValue: null,
  ...over,
});
const ids = (rows: Row[]) => rows.map((r) => r.id);

describe('sorting the comparison', () => {
  const rows = [
    row('a', { value: 11, n: 140 }),
    row('b', { value: 11.4, n: 171 }),
    row('c', { value: null }),
    row('d', { value: 10.9, n: 172 }),
  ];

  it('sorts by value both ways, rows without a value last either way', () => {
    expect(ids(sortRows(rows, 'value', 'asc'))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortRows(rows, 'value', 'desc'))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('keeps the given order among ties', () => {
    const tied = [row('x', { value: 11 }), row('y', { value: 11 }), row('z', { value: 11 })];
    expect(ids(sortRows(tied, 'value', 'asc'))).toEqual(['x', 'y', 'z']);
    expect(ids(sortRows(tied, 'value', 'desc'))).toEqual(['x', 'y', 'z']);
  });

  it('sorts text naturally (RADIANT-3 before RADIANT-10)', () => {
    expect(ids(sortRows([row('RADIANT-10'), row('RADIANT-3')], 'study', 'asc'))).toEqual(['RADIANT-3', 'RADIANT-10']);
  });

  it('reads p values as written for ordering: number first, then < before = before >', () => {
    expect(pValueOrder('< 0.01')).toEqual([0.01, 0]);
    expect(pValueOrder('0.023')).toEqual([0.023, 1]);
    expect(pValueOrder('> 0.05')).toEqual([0.05, 2]);
    expect(pValueOrder('NS')).toBeNull();
    const ps = [row('eq', { pValue: '0.01' }), row('none'), row('lt', { pValue: '< 0.01' }), row('big', { pValue: '0.023' })];
    expect(ids(sortRows(ps, 'p', 'asc'))).toEqual(['lt', 'eq', 'big', 'none']);
  });

  it('keys a row by intervention and result, since one result can stand for two therapies', () => {
    expect(rowKey({ intervention: { id: 'intervention:captem' }, result: { id: 'result:r' } })).toBe('intervention:captem|result:r');
  });
});

describe('grouping by evidence level', () => {
  const rows = [
    row('retro', { design: 'retrospective_cohort', phase: null, value: 10 }),
    row('rct3', { value: 11 }),
    row('rct', { phase: null, value: 10.9 }),
    row('rct3b', { value: 11.4 }),
  ];

  it('puts the strongest evidence first and keeps row order within a level', () => {
    const groups = groupByLevel(rows);
    expect(groups.map((g) => g.level.short)).toEqual(['RCT III', 'RCT', 'Retrospective']);
    expect(ids(groups[0]!.rows)).toEqual(['rct3', 'rct3b']);
  });

  it('sorts within levels, and sorting by level reverses the groups', () => {
    expect(arrangeRows(rows, { key: 'value', dir: 'desc' }).flatMap((g) => ids(g.rows))).toEqual(['rct3b', 'rct3', 'rct', 'retro']);
    expect(arrangeRows(rows, { key: 'level', dir: 'desc' }).map((g) => g.level.short)).toEqual(['Retrospective', 'RCT', 'RCT III']);
    expect(arrangeRows(rows, null).flatMap((g) => ids(g.rows))).toEqual(['rct3', 'rct3b', 'rct', 'retro']);
  });
});
