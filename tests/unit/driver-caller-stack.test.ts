import { describe, expect, it } from 'vitest';
import { withoutCallerStack } from '../../runtime/db/database.js';

describe('starting a driver query without its caller stack', () => {
  it('takes no stack frames for errors made while the query starts', () => {
    const made = withoutCallerStack(() => new Error('kept for later'));
    expect(made.stack).toBe('Error: kept for later');
  });

  it('gives back what start returns, and stack traces as they were afterwards', () => {
    const before = Error.stackTraceLimit;
    expect(withoutCallerStack(() => 42)).toBe(42);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('restores stack traces when start throws', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutCallerStack(() => {
        throw new TypeError('bad parameters');
      }),
    ).toThrow('bad parameters');
    expect(Error.stackTraceLimit).toBe(before);
  });
});
