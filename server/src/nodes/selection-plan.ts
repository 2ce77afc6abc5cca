/**
 * What a request asks of a node, read from its GraphQL selection: the relation fields selected
 * under it, per node type, and under each related node's type in turn (to `MAX_DEPTH` levels), and
 * the properties each level's fields read (field-reads.ts).
 * The node's statement fetches them all at once (repository.ts nodeTreeStatement), as
 * @neo4j/graphql compiles a selection; whatever a plan leaves out is still read by the loaders.
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { NODE_LABELS, type NodeLabel } from '../../../kernel/vocabulary.js';
import { fieldSourceOf, type FieldSource } from './relation-fields.js';
import { readsOfField, unionOfReads, WHOLE, type NodeReads } from './field-reads.js';

/** One selected field that reads a relation, on nodes of `type`, and what is selected under its nodes. */
export interface PlannedField {
  type: NodeLabel;
  field: string;
  source: FieldSource;
  /** The fields planned on the related nodes (only when the field's value is nodes of one kind). */
  children: PlannedField[];
  /** What the selection under the field reads of its nodes' properties (WHOLE unless they are nodes of one kind). */
  reads: NodeReads;
}

/** A node's selection: the relation fields fetched with it, and which of its properties are read. */
export interface SelectionPlan {
  fields: PlannedField[];
  reads: NodeReads;
}

/** Levels of relations fetched ahead; deeper fields are read by the loaders. */
export const MAX_DEPTH = 3;

/** The interface every node type implements: a fragment on it applies to each of them. */
const NODE_INTERFACE = 'Node';

/**
 * The fields selected on nodes of `type`: plain fields, and fields of fragments on the type or on
 * Node. Same-named fields (aliases) are merged. `conditional` when a field or fragment carries
 * @skip or @include (or any directive): the plan leaves those to the loaders and reads the node whole.
 */
function selectedFields(
  set: SelectionSetNode,
  type: NodeLabel,
  fragments: Record<string, FragmentDefinitionNode>,
): { fields: Map<string, FieldNode[]>; conditional: boolean } {
  const fields = new Map<string, FieldNode[]>();
  let conditional = false;
  const applies = (condition: string | undefined) => condition === undefined || condition === type || condition === NODE_INTERFACE;
  const visit = (s: SelectionSetNode, seen: Set<string>) => {
    for (const sel of s.selections) {
      if (sel.directives && sel.directives.length > 0) {
        conditional = true;
        continue;
      }
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        fields.set(name, [...(fields.get(name) ?? []), sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value)) visit(sel.selectionSet, seen);
      } else if (!seen.has(sel.name.value)) {
        const fragment = fragments[sel.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet, new Set([...seen, sel.name.value]));
      }
    }
  };
  visit(set, new Set());
  return { fields, conditional };
}

function planOn(
  sets: SelectionSetNode[],
  types: readonly NodeLabel[],
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
): SelectionPlan {
  const planned: PlannedField[] = [];
  let reads: NodeReads = [];
  for (const type of types) {
    const fields = new Map<string, FieldNode[]>();
    for (const set of sets) {
      const selected = selectedFields(set, type, fragments);
      if (selected.conditional) reads = WHOLE;
      for (const [name, nodes] of selected.fields) fields.set(name, [...(fields.get(name) ?? []), ...nodes]);
    }
    for (const [field, nodes] of fields) {
      reads = unionOfReads(reads, readsOfField(type, field));
      const source = fieldSourceOf(type, field);
      // A field taking arguments is left to the loaders: the plan only holds what it can fetch unconditionally.
      if (!source || depth >= MAX_DEPTH || nodes.some((n) => n.arguments && n.arguments.length > 0)) continue;
      const label =
        'resultsOfStudy' in source
          ? 'Result'
          : 'byId' in source
            ? source.byId.label
            : source.value === 'nodes'
              ? source.relation.label
              : undefined;
      const subSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      const under = label ? planOn(subSets, [label], fragments, depth + 1) : { fields: [], reads: WHOLE };
      planned.push({ type, field, source, children: under.fields, reads: under.reads });
    }
  }
  return { fields: planned, reads };
}

/** Plans made, by the first of their field nodes (the document's own objects, so plans go when it does). */
const plans = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; returnType: string; plan: SelectionPlan }[]>();

/**
 * What a resolver's field selects on the node it returns (of its one type, or of any kind for
 * Node): the relation fields to fetch with it and the properties its fields read. A plan depends
 * on the document alone (a directive makes a level whole, whatever its variable), so one made for a
 * field of a document serves every later request of it: Apollo hands back the same parsed document
 * for the same query text.
 */
export function planOfSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType'>): SelectionPlan {
  const [first] = info.fieldNodes;
  const returnType = String(info.returnType);
  const made = first ? plans.get(first) : undefined;
  const same = made?.find(
    (m) => m.returnType === returnType && m.nodes.length === info.fieldNodes.length && m.nodes.every((n, i) => n === info.fieldNodes[i]),
  );
  if (same) return same.plan;
  const sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  // By name: graphql's type predicates refuse a schema built by another copy of the module (Apollo's).
  const named = returnType.replace(/[[\]!]/g, '');
  const types = NODE_LABELS.some((l) => l === named) ? NODE_LABELS.filter((l) => l === named) : NODE_LABELS;
  const plan = planOn(sets, types, info.fragments, 0);
  if (first) plans.set(first, [...(made ?? []), { nodes: [...info.fieldNodes], returnType, plan }]);
  return plan;
}
