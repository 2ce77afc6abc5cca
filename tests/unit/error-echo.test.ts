/** Errors repeat at most 60 characters of any one thing the caller sent. */
import { describe, expect, it } from 'vitest';
import { capEcho } from '../../server/src/graphql/apollo.js';
import { checkId, checkOneOf, checkRelationshipTypes } from '../../server/src/validation/arguments.js';

const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe("echoes of the caller's input", () => {
  it('cut a 5,000-character relationship type to 60 characters and name at most three unknown types', () => {
    const m = messageOf(() => checkRelationshipTypes(['A'.repeat(5000), 'B', 'C', 'D', 'E']));
    expect(m).toContain(`"${'A'.repeat(60)}…"`);
    expect(m).not.toContain('A'.repeat(61));
    expect(m).toContain('and 2 more');
    expect(m.length).toBeLessThan(600);
  });

  it('cut ids and filter values alike', () => {
    expect(messageOf(() => checkId('x'.repeat(500)))).not.toContain('x'.repeat(61));
    expect(messageOf(() => checkOneOf('y'.repeat(500), ['a', 'b'], 'filter.design'))).toMatch(
      /^filter\.design "y{60}…" is not one of: a, b\.$/,
    );
  });

  it('cut what GraphQL itself quotes (unknown fields, enum values, variable values) and the whole message', () => {
    const long = `Cannot query field "${'z'.repeat(3000)}" on type "Query".`;
    expect(capEcho(long)).toBe(`Cannot query field "${'z'.repeat(60)}…" on type "Query".`);
    expect(capEcho('w '.repeat(2000)).length).toBeLessThanOrEqual(1001);
    expect(capEcho('Unknown argument "limit" on field "Query.node".')).toBe('Unknown argument "limit" on field "Query.node".');
  });
});
