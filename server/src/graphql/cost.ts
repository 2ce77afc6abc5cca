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
  ValueNode,
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
 * One field of a compiled operation: what pricing it needs, worked out once per document. Arguments
 * that name no variable are the same for every request, so they (and the empty ids among them) are
 * read once; the rest are read from each request's variables.
 */
interface CompiledField {
  name: string;
  def: GraphQLField<unknown, unknown>;
  node: FieldNode;
  isRoot: boolean;
  /** The field's arguments when they name no variable. */
  fixedArgs?: Args;
  /** The empty ids among fixedArgs. */
  fixedEmptyIds?: EmptyId[];
  /** Whether the field returns an object (or a list of them): only those cost. */
  composite: boolean;
  isList: boolean;
  /** The field's selection, per concrete type of its named type. */
  children?: CompiledSet;
}

/** A selection set, as the fields it asks of each of its possible concrete types. */
type CompiledSet = CompiledField[][];

/** Compiled operations, per schema, kept as long as the document is (Apollo's document cache holds it). */
const compiledOperations = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, CompiledSet | null>>();

/**
 * Prices one operation. `variables` are the operation's coerced variable values (graphql's
 * getVariableValues); the document must have passed validation. The operation is compiled on its
 * first pricing; each request then reads only the arguments that name variables.
 */
export function priceOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaultListSize: number,
): Pricing {
  let bySchema = compiledOperations.get(schema);
  if (!bySchema) compiledOperations.set(schema, (bySchema = new WeakMap()));
  let compiled = bySchema.get(operation);
  if (compiled === undefined) bySchema.set(operation, (compiled = compileOperation(schema, operation, fragments)));
  const emptyIds: EmptyId[] = [];
  if (!compiled) return { cost: 0, emptyIds };
  const [rootFields = []] = compiled;
  let cost = 0;
  for (const f of rootFields) cost += costOfField(f, undefined, variables, defaultListSize, emptyIds);
  return { cost, emptyIds };
}

/** Cost of a selection set: the most expensive of its possible concrete types. */
function costOfSet(
  set: CompiledSet,
  inheritedSize: number | undefined,
  variables: Record<string, unknown>,
  defaultListSize: number,
  emptyIds: EmptyId[],
): number {
  let most = 0;
  for (const fields of set) {
    let sum = 0;
    for (const f of fields) sum += costOfField(f, inheritedSize, variables, defaultListSize, emptyIds);
    most = Math.max(most, sum);
  }
  return most;
}

function costOfField(
  f: CompiledField,
  inheritedSize: number | undefined,
  variables: Record<string, unknown>,
  defaultListSize: number,
  emptyIds: EmptyId[],
): number {
  let args = f.fixedArgs;
  if (args) {
    if (f.fixedEmptyIds) emptyIds.push(...f.fixedEmptyIds);
  } else {
    args = getArgumentValues(f.def, f.node, variables);
    collectEmptyIds(f.def, args, emptyIds);
  }
  if (!f.composite) return 0;
  const price = f.isRoot ? (ROOT_PRICES[f.name]?.(args) ?? UNKNOWN_ROOT) : { base: 1 };
  const ownSize = price.size ?? sizeArgument(args);
  const children = f.children ? costOfSet(f.children, f.isList ? undefined : ownSize, variables, defaultListSize, emptyIds) : 0;
  const items = f.isList ? (ownSize ?? inheritedSize ?? defaultListSize) : 1;
  return price.base + items * children;
}

/** The operation's root fields as a one-type set; null when the schema has no root for it. */
function compileOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): CompiledSet | null {
  const root = schema.getRootType(operation.operation);
  if (!root) return null;

  const applies = (condition: string, type: GraphQLObjectType): boolean => {
    if (condition === type.name) return true;
    const t = schema.getType(condition);
    return !!t && isAbstractType(t) && schema.isSubType(t, type);
  };

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

  const compileSet = (set: SelectionSetNode, type: GraphQLCompositeType): CompiledSet =>
    (isObjectType(type) ? [type] : schema.getPossibleTypes(type)).map((t) => compileFields(set, t, false));

  const compileFields = (set: SelectionSetNode, type: GraphQLObjectType, isRoot: boolean): CompiledField[] => {
    const out: CompiledField[] = [];
    for (const node of fieldsFor(set, type, new Set())) {
      const name = node.name.value;
      if (name.startsWith('__')) continue;
      const def = type.getFields()[name];
      if (!def) continue;
      const named = getNamedType(def.type);
      const composite = isCompositeType(named);
      const field: CompiledField = { name, def, node, isRoot, composite, isList: isListType(getNullableType(def.type)) };
      if (!namesVariables(node)) {
        field.fixedArgs = getArgumentValues(def, node, {});
        const empty: EmptyId[] = [];
        collectEmptyIds(def, field.fixedArgs, empty);
        if (empty.length > 0) field.fixedEmptyIds = empty;
        // A leaf with fixed arguments and no empty id adds nothing to any request's price.
        else if (!composite) continue;
      }
      if (composite && node.selectionSet) field.children = compileSet(node.selectionSet, named);
      out.push(field);
    }
    return out;
  };

  return [compileFields(operation.selectionSet, root, true)];
}

/** Whether any of a field's arguments names a variable, at any depth of a list or input object. */
function namesVariables(node: FieldNode): boolean {
  const inValue = (v: ValueNode): boolean =>
    v.kind === Kind.VARIABLE ||
    (v.kind === Kind.LIST && v.values.some(inValue)) ||
    (v.kind === Kind.OBJECT && v.fields.some((f) => inValue(f.value)));
  return (node.arguments ?? []).some((a) => inValue(a.value));
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
