import { describe, expect, it } from 'vitest';
import { progressLine, recordProgress } from '../../seed/src/ctgov/record-progress.js';

describe('the import progress line', () => {
  it('counts read, written and rejected records with the rate and, when the total is known, an ETA', () => {
    expect(progressLine({ read: 1000, written: 990, rejected: 10 }, 10, 3000)).toBe(
      'Importing records: 1000 of ~3000 read, 990 written, 10 rejected (100/s, ETA 20s)',
    );
    expect(progressLine({ read: 50, written: 50, rejected: 0 }, 0)).toBe('Importing records: 50 read, 50 written, 0 rejected (50/s)');
  });

  it('says a bulk import plans its accepted records into CSV, as nothing is written until neo4j-admin runs', () => {
    const lines: string[] = [];
    const stream = { write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream;
    const progress = recordProgress(stream, 10_000, 'planned into CSV');
    progress.done({ read: 300, written: 299, rejected: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Importing records: 300 read, 299 planned into CSV, 1 rejected \(\d+\/s\)\n$/);
  });
});
