/** Argument checks against LIMITS: out-of-bounds input is refused with BAD_USER_INPUT, never clamped. */
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { LABEL_OF_KIND, RELATIONSHIP_TYPES, type NodeKindName, type NodeLabel, type RelationshipType } from '../../../kernel/vocabulary.js';

const ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9.+-]*$/;

/** An id of the form `kind:slug`; anything else cannot name a node. */
export function checkId(id: string, argument = 'id'): string {
  if (id.length > LIMITS.maxIdLength || !ID.test(id)) {
    throw badInput(`"${id.slice(0, 60)}" is not a node id; ids look like study:radiant-3 or intervention:everolimus.`, argument);
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
  if (unknown.length > 0)
    throw badInput(`unknown relationship type ${unknown.join(', ')}; known: ${RELATIONSHIP_TYPES.join(', ')}.`, argument);
  return types as RelationshipType[];
}
