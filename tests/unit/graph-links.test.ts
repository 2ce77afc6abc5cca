/** The kernel's links table is the one definition of which kinds each relationship joins. */
import { describe, expect, it } from 'vitest';
import { FIELD_LINKS, LINKS, linkAllowed } from '../../kernel/links.js';
import { RELATIONSHIP_TYPES } from '../../kernel/vocabulary.js';
import { PlanBuilder } from '../../seed/src/plan/plan-builder.js';

describe('links table', () => {
  it('declares every relationship type', () => {
    expect(Object.keys(LINKS).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('lets a planner draw only the links it declares', () => {
    expect(linkAllowed('ENROLLS', 'Study', 'Population')).toBe(true);
    expect(linkAllowed('ENROLLS', 'Arm', 'Population')).toBe(false);
    const b = new PlanBuilder('review');
    b.rel('ENROLLS', 'study:x', 'population:y');
    expect(() => b.rel('ENROLLS', 'arm:x-a', 'population:y')).toThrow(/ENROLLS does not join Arm to Population/);
  });

  it('names the review fields that draw relationships', () => {
    expect(FIELD_LINKS.map((l) => `${l.entity}.${l.field}→${l.type}`)).toContain('Study.populations→ENROLLS');
  });
});
