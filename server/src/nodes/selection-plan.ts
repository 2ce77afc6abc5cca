/**
 * What a request asks of a node, read from its GraphQL selection: the relation fields selected
 * under it, per node type, and under each related node's type in turn (to `MAX_DEPTH` levels).
 * The node's statement fetches them all at once (repository.ts nodeTreeStatement), as
 * @neo4j/graphql compiles a selection; whatever a plan leaves out is still read by the loaders.
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { NODE_LABELS, type NodeLabel } from '../../../kernel/vocabulary.js';
import { fieldSourceOf, type FieldSource } from './relation-fields.js';

/** One selected field that reads a relation, on nodes of `type`, and what is selected under its nodes. */
export interface PlannedField {
  type: NodeLabel;
  field: string;
  source: FieldSource;
  /** The fields planned on the related nodes (only when the field's value is nodes of one kind). */
  children: PlannedField[];
}

/** Levels of relations fetched ahead; deeper fields are read by the loaders. */
export const MAX_DEPTH = 3;

/** The interface every node type implements: a fragment on it applies to each of them. */
const NODE_INTERFACE = 'Node';

/**
 * The fields selected on nodes of `type`: plain fields, and fields of fragments on the type or on
 * Node. Same-named fields (aliases) are merged. A field under @skip or @include is left to the
 * loaders, as is one taking arguments: the plan only holds what it can fetch unconditionally.
 */
function selectedFields(
  set: SelectionSetNode,
  type: NodeLabel,
  fragments: Record<string, FragmentDefinitionNode>,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const applies = (condition: string | undefined) => condition === undefined || condition === type || condition === NODE_INTERFACE;
  const visit = (s: SelectionSetNode, seen: Set<string>) => {
    for (const sel of s.selections) {
      if (sel.directives && sel.directives.length > 0) continue;
      if (sel.kind === Kind.FIELD) {
        if (sel.arguments && sel.arguments.length > 0) continue;
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
  return fields;
}

function planOn(
  sets: SelectionSetNode[],
  types: readonly NodeLabel[],
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
): PlannedField[] {
  if (depth >= MAX_DEPTH) return [];
  const planned: PlannedField[] = [];
  for (const type of types) {
    const fields = new Map<string, FieldNode[]>();
    for (const set of sets)
      for (const [name, nodes] of selectedFields(set, type, fragments)) fields.set(name, [...(fields.get(name) ?? []), ...nodes]);
    for (const [field, nodes] of fields) {
      const source = fieldSourceOf(type, field);
      if (!source) continue;
      const label = 'resultsOfStudy' in source ? 'Result' : source.value === 'nodes' ? source.relation.label : undefined;
      const subSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      planned.push({ type, field, source, children: label ? planOn(subSets, [label], fragments, depth + 1) : [] });
    }
  }
  return planned;
}

/** The relation fields a resolver's field selects on the node it returns (of its one type, or of any kind for Node). */
export function planOfSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType'>): PlannedField[] {
  const sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  // By name: graphql's type predicates refuse a schema built by another copy of the module (Apollo's).
  const named = String(info.returnType).replace(/[[\]!]/g, '');
  const types = NODE_LABELS.some((l) => l === named) ? NODE_LABELS.filter((l) => l === named) : NODE_LABELS;
  return planOn(sets, types, info.fragments, 0);
}
