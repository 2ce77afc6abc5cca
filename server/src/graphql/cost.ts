/**
 * What a query will cost, priced before it runs: about one point per row Neo4j reads. A root field
 * costs what its arguments make it read (a neighbourhood: depth × limit; paths: limit × maxLength
 * × 5; a page of studies: 10 + first ...); every other field that returns an object costs 1 (one
 * batched lookup) for each parent it is asked of; a list multiplies what is asked of its items by
 * its size: its own `first`/`limit`/ids, the size argument of the field above it (StudyConnection's
 * nodes, a Subgraph's nodes), or LIMITS.cost.defaultListSize. Aliases are fields like any other, so
 * 1,300 aliases cost 1,300 times one. A selection on an interface costs what its most expensive
 * concrete type asks. Introspection is free (it never reaches Neo4j).
 */
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLArgument,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { graphqlRuntime } from './graphql-runtime.js';

const {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  Kind,
} = graphqlRuntime;

type Args = Record<string, unknown>;

const int = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, v) : fallback);
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/** A root field's own cost and the size of the list it returns (or that its result holds). */
interface RootPrice {
  base: number;
  size?: number;
}

/**
 * The price of each Query field from its arguments (schema defaults already applied). A field not
 * listed (added later) costs 100 and its lists the default size: priced, never free.
 */
export const ROOT_PRICES: Record<string, (a: Args) => RootPrice> = {
  search: (a) => ({ base: 1 + int(a.first, 20), size: int(a.first, 20) }),
  node: () => ({ base: 1 }),
  reference: () => ({ base: 1 }),
  neighborhood: (a) => ({ base: int(a.depth, 1) * int(a.limit, 200), size: int(a.limit, 200) }),
  neighborSummary: () => ({ base: 50 }),
  evidenceNetwork: () => ({ base: 200 }),
  subgraph: (a) => ({ base: 2 * count(a.ids), size: count(a.ids) }),
  paths: (a) => ({ base: int(a.limit, 10) * int(a.maxLength, 6) * 5, size: int(a.limit, 10) }),
  studies: (a) => ({ base: 10 + int(a.first, 50), size: int(a.first, 50) }),
  compare: (a) => ({ base: 50 * Math.max(1, count(a.interventions)), size: int(a.first, 50) }),
  graphSummary: () => ({ base: 500 }),
  endpoints: () => ({ base: 10 }),
  sources: () => ({ base: 5 }),
};

const UNKNOWN_ROOT: RootPrice = { base: 100 };

/** An ID argument (or input field) given as an empty string: `filter.intervention`, `ids[3]`. */
export interface EmptyId {
  field: string;
  argument: string;
}

export interface Pricing {
  cost: number;
  emptyIds: EmptyId[];
}

/**
 * Prices one operation. `variables` are the operation's coerced variable values (graphql's
 * getVariableValues); the document must have passed validation.
 */
export function priceOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaultListSize: number,
): Pricing {
  const emptyIds: EmptyId[] = [];
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, emptyIds };

  /** The fields a selection set asks of one concrete type, fragments spread in. */
  const fieldsFor = (set: SelectionSetNode, type: GraphQLObjectType, seen: Set<string>, out: FieldNode[] = []): FieldNode[] => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!sel.typeCondition || applies(sel.typeCondition.name.value, type)) fieldsFor(sel.selectionSet, type, seen, out);
      } else {
        const f = fragments[sel.name.value];
        if (f && !seen.has(f.name.value) && applies(f.typeCondition.name.value, type))
          fieldsFor(f.selectionSet, type, new Set([...seen, f.name.value]), out);
      }
    }
    return out;
  };

  const applies = (condition: string, type: GraphQLObjectType): boolean => {
    if (condition === type.name) return true;
    const t = schema.getType(condition);
    return !!t && isAbstractType(t) && schema.isSubType(t, type);
  };

  /** Cost of a selection set on `type`: the most expensive of its possible concrete types. */
  const costOfSet = (set: SelectionSetNode, type: GraphQLCompositeType, inheritedSize: number | undefined): number => {
    const concrete = isObjectType(type) ? [type] : schema.getPossibleTypes(type);
    let most = 0;
    for (const t of concrete) {
      let sum = 0;
      for (const node of fieldsFor(set, t, new Set())) sum += costOfField(node, t, inheritedSize, false);
      most = Math.max(most, sum);
    }
    return most;
  };

  const costOfField = (node: FieldNode, parent: GraphQLObjectType, inheritedSize: number | undefined, isRoot: boolean): number => {
    const name = node.name.value;
    if (name.startsWith('__')) return 0;
    const def = parent.getFields()[name];
    if (!def) return 0;
    const args = getArgumentValues(def, node, variables);
    collectEmptyIds(def, args, emptyIds);
    const type = getNullableType(def.type);
    const named = getNamedType(def.type);
    if (!isCompositeType(named)) return 0;
    const price = isRoot ? (ROOT_PRICES[name]?.(args) ?? UNKNOWN_ROOT) : { base: 1 };
    const ownSize = price.size ?? sizeArgument(args);
    const children = node.selectionSet ? costOfSet(node.selectionSet, named, isListType(type) ? undefined : ownSize) : 0;
    const items = isListType(type) ? (ownSize ?? inheritedSize ?? defaultListSize) : 1;
    return price.base + items * children;
  };

  let cost = 0;
  for (const node of fieldsFor(operation.selectionSet, root, new Set())) cost += costOfField(node, root, undefined, true);
  return { cost, emptyIds };
}

/** A list size an argument states: first, limit, or the length of a list of ids. */
function sizeArgument(args: Args): number | undefined {
  for (const k of ['first', 'limit']) if (typeof args[k] === 'number') return args[k] as number;
  return undefined;
}

/** Records every ID-typed argument or input field given as "" (an id cannot be empty; null means "none"). */
function collectEmptyIds(def: GraphQLField<unknown, unknown>, args: Args, out: EmptyId[]): void {
  const walk = (type: GraphQLInputType, value: unknown, at: string) => {
    if (value === null || value === undefined) return;
    const t = getNullableType(type);
    if (isListType(t)) {
      if (Array.isArray(value)) value.forEach((v, i) => walk(t.ofType, v, `${at}[${i}]`));
      return;
    }
    if (isInputObjectType(t)) {
      for (const [k, f] of Object.entries(t.getFields())) walk(f.type, (value as Args)[k], `${at}.${k}`);
      return;
    }
    if (getNamedType(t).name === 'ID' && value === '') out.push({ field: def.name, argument: at });
  };
  for (const a of def.args as readonly GraphQLArgument[]) walk(a.type, args[a.name], a.name);
}
