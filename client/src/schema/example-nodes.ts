/**
 * One example node per kind, found by walking the loaded graph along the schema: start from a
 * few studies (randomized trials first), then, round by round, ask for the neighbours of kind K
 * of the examples already found of every kind the schema connects to K. Every example is a real
 * node reached through real relationships, so nothing depends on a hand-picked id or search word;
 * a kind nothing leads to falls back to a search for the kind's own name.
 */
import type { NodeKind } from '../generated/graphql';
import { RELATIONSHIP_KINDS } from './relationship-kinds';

export interface ExampleNode {
  id: string;
  kind: NodeKind;
  label: string;
}

/** Candidates kept per kind: the first is the example, the others widen the next round's walk. */
export const POOL_SIZE = 3;
/** Neighbourhood look-ups in one request at most. */
const MAX_LOOKUPS_PER_ROUND = 40;

export type Pools = Partial<Record<NodeKind, ExampleNode[]>>;

export const SEED_QUERY = `query SchemaExampleSeed {
  rct: studies(filter: { design: "randomized_controlled_trial" }, first: ${POOL_SIZE}) { nodes { id kind name } }
  any: studies(first: ${POOL_SIZE}) { nodes { id kind name } }
}`;

interface SeedData {
  rct: { nodes: { id: string; kind: NodeKind; name: string }[] };
  any: { nodes: { id: string; kind: NodeKind; name: string }[] };
}

/** The kinds the schema links directly to `kind`, in either direction. */
export function adjacentKinds(kind: NodeKind): NodeKind[] {
  const out = new Set<NodeKind>();
  for (const pairs of Object.values(RELATIONSHIP_KINDS))
    for (const p of pairs) {
      if (p.from === kind && p.to !== kind) out.add(p.to);
      if (p.to === kind && p.from !== kind) out.add(p.from);
    }
  return [...out];
}

export interface Lookup {
  alias: string;
  /** The node whose neighbours are asked for. */
  from: string;
  /** The kind wanted among them. */
  kind: NodeKind;
}

/** The look-ups of one round: for each missing kind, the known candidates of its adjacent kinds. */
export function planRound(pools: Pools, missing: NodeKind[]): Lookup[] {
  const lookups: Lookup[] = [];
  for (const kind of missing)
    for (const near of adjacentKinds(kind))
      for (const node of pools[near] ?? [])
        if (lookups.length < MAX_LOOKUPS_PER_ROUND) lookups.push({ alias: `l${lookups.length}`, from: node.id, kind });
  return lookups;
}

/** One GraphQL document asking every look-up of a round, each under its alias. */
export function roundQuery(lookups: Lookup[]): { query: string; variables: Record<string, string> } {
  const vars = lookups.map((l) => `$${l.alias}: ID!`).join(', ');
  const fields = lookups
    .map((l) => `  ${l.alias}: neighborhood(id: $${l.alias}, depth: 1, kinds: [${l.kind}], limit: ${POOL_SIZE + 1}) { nodes { id kind label } }`)
    .join('\n');
  return {
    query: `query SchemaExampleRound(${vars}) {\n${fields}\n}`,
    variables: Object.fromEntries(lookups.map((l) => [l.alias, l.from])),
  };
}

/** Adds nodes to the pools, first come first kept, at most POOL_SIZE per kind. Returns new pools. */
export function addToPools(pools: Pools, nodes: ExampleNode[]): Pools {
  const next: Pools = { ...pools };
  for (const n of nodes) {
    const pool = next[n.kind] ?? [];
    if (pool.length < POOL_SIZE && !pool.some((p) => p.id === n.id)) next[n.kind] = [...pool, n];
  }
  return next;
}

export type Runner = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * Finds an example of every wanted kind (those with nodes in the graph). Kinds that stay
 * unreached are looked up by searching their name. Returns the first node found per kind.
 */
export async function findExamples(run: Runner, wanted: NodeKind[], kindLabel: (k: NodeKind) => string): Promise<Partial<Record<NodeKind, ExampleNode>>> {
  const seed = await run<SeedData>(SEED_QUERY);
  let pools = addToPools({}, [...seed.rct.nodes, ...seed.any.nodes].map((n) => ({ id: n.id, kind: n.kind, label: n.name })));
  const missing = () => wanted.filter((k) => !pools[k]?.length);
  for (let round = 0; round < wanted.length && missing().length > 0; round++) {
    const lookups = planRound(pools, missing());
    if (lookups.length === 0) break;
    const { query, variables } = roundQuery(lookups);
    const data = await run<Record<string, { nodes: ExampleNode[] }>>(query, variables);
    const before = JSON.stringify(pools);
    for (const l of lookups) pools = addToPools(pools, (data[l.alias]?.nodes ?? []).filter((n) => n.kind === l.kind));
    if (JSON.stringify(pools) === before) break;
  }
  for (const kind of missing()) {
    const data = await run<{ search: { node: { id: string; kind: NodeKind; name: string } }[] }>(
      'query SchemaExampleSearch($q: String!, $kind: NodeKind!) { search(query: $q, kinds: [$kind], first: 1) { node { id kind name } } }',
      { q: kindLabel(kind), kind },
    );
    pools = addToPools(pools, data.search.map((h) => ({ id: h.node.id, kind: h.node.kind, label: h.node.name })));
  }
  return Object.fromEntries(wanted.filter((k) => pools[k]?.length).map((k) => [k, pools[k]![0]]));
}
