/**
 * Which node kinds each relationship type connects: the kernel's links table (kernel/links.ts,
 * the one definition the loaders and the API use too) in the client's NodeKind terms.
 */
import type { NodeKind } from '../generated/graphql';
import { LINKS } from '../../../kernel/links';
import { KIND_OF_LABEL } from '../../../kernel/vocabulary';

export interface KindPair {
  from: NodeKind;
  to: NodeKind;
}

export const RELATIONSHIP_KINDS: Record<string, KindPair[]> = Object.fromEntries(
  Object.entries(LINKS).map(([type, ends]) => [
    type,
    ends.from.flatMap((from) => ends.to.map((to) => ({ from: KIND_OF_LABEL[from] as NodeKind, to: KIND_OF_LABEL[to] as NodeKind }))),
  ]),
);

/** The kind pairs a relationship type connects; empty for a type this module does not know. */
export const kindPairsOf = (type: string): KindPair[] => RELATIONSHIP_KINDS[type] ?? [];

/** The relationship types that connect two kinds, in either direction. */
export function typesBetween(a: NodeKind, b: NodeKind): string[] {
  return Object.entries(RELATIONSHIP_KINDS)
    .filter(([, pairs]) => pairs.some((p) => (p.from === a && p.to === b) || (p.from === b && p.to === a)))
    .map(([type]) => type);
}
