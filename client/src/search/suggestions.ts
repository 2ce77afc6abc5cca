/**
 * The suggestion list of the search box: hits without the excluded ids, grouped by kind (the
 * group of the best hit first, best hit first within each group), and whether the list shows
 * group headings (not when the search is restricted to one kind, whose label already names it).
 * Pure, unit-tested.
 */
import type { NodeKind } from '../generated/graphql';

export interface Suggestion {
  node: { id: string; kind: NodeKind; name: string };
}

export function arrangeSuggestions<T extends Suggestion>(hits: T[], exclude: readonly string[] = []): T[] {
  const skip = new Set(exclude);
  const kept = hits.filter((h) => !skip.has(h.node.id));
  const order = [...new Set(kept.map((h) => h.node.kind))];
  // Array.prototype.sort is stable: within a kind the API's order (best first) stays.
  return [...kept].sort((a, b) => order.indexOf(a.node.kind) - order.indexOf(b.node.kind));
}

/** Headings only when the hits can be of several kinds. */
export const showsKindGroups = (kinds: readonly NodeKind[] | undefined) => !kinds || kinds.length !== 1;
