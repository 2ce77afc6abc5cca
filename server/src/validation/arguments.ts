/**
 * Argument checks against LIMITS and the vocabulary: out-of-bounds or unknown input is refused with
 * BAD_USER_INPUT, never clamped or matched to nothing. A message repeats at most `echo(...)` of what
 * the caller sent.
 */
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { LABEL_OF_KIND, RELATIONSHIP_TYPES, type NodeKindName, type NodeLabel, type RelationshipType } from '../../../kernel/vocabulary.js';

const ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9.+-]*$/;

/** Most characters of the caller's input an error message repeats. */
export const MAX_ECHO = 60;

/** The caller's value as an error message quotes it: JSON-quoted, cut at MAX_ECHO characters. */
export function echo(value: string): string {
  return JSON.stringify(value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value);
}

/** An id of the form `kind:slug`; anything else cannot name a node. */
export function checkId(id: string, argument = 'id'): string {
  if (id.length > LIMITS.maxIdLength || !ID.test(id)) {
    throw badInput(`${echo(id)} is not a node id; ids look like study:radiant-3 or intervention:everolimus.`, argument);
  }
  return id;
}

export function checkRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${argument} must be an integer from ${min} to ${max}; got ${value}.`, argument);
  return value;
}

export function labelsOfKinds(kinds: readonly NodeKindName[] | null | undefined): NodeLabel[] | null {
  return kinds && kinds.length > 0 ? kinds.map((k) => LABEL_OF_KIND[k]) : null;
}

/** Relationship types from the vocabulary only; anything else is refused, never interpolated. */
export function checkRelationshipTypes(
  types: readonly string[] | null | undefined,
  argument = 'relationshipTypes',
): RelationshipType[] | null {
  if (!types || types.length === 0) return null;
  const unknown = types.filter((t) => !(RELATIONSHIP_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 3).map(echo).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
    throw badInput(`unknown relationship type ${named}; known: ${RELATIONSHIP_TYPES.join(', ')}.`, argument);
  }
  return types as RelationshipType[];
}

/** A value from a fixed list of words; anything else is refused, naming the argument and the accepted values. */
export function checkOneOf(value: string, accepted: readonly string[], argument: string, extra = ''): string {
  if (!accepted.includes(value)) throw badInput(`${argument} ${echo(value)} is not one of: ${accepted.join(', ')}${extra}.`, argument);
  return value;
}
