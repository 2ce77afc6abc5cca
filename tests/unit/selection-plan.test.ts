import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { MAX_DEPTH, planOfSelection, type PlannedField } from '../../server/src/nodes/selection-plan.js';

/** The plan of the query's first root field, as the resolver would see it (returning `returnType`). */
function planOf(query: string, returnType: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return planOfSelection({ fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments, returnType: returnType as never }).fields;
}
const names = (plan: PlannedField[]): string[] =>
  plan.flatMap((f) => [`${f.type}.${f.field}`, ...names(f.children).map((c) => `${f.type}.${f.field} > ${c}`)]);

describe('a selection plan', () => {
  it('holds the relation fields selected per node type, through inline fragments, named fragments on Node and aliases', () => {
    const plan = planOf(
      `fragment F on Node { ... on Arm { results { id } } }
       { node(id: "x") { id name ...F ... on Study { arms { id ...F } a2: arms { label } results { endpoint { code } } provenance { quote } } } }`,
      'Node',
    );
    expect(names(plan).sort()).toEqual(
      ['Arm.results', 'Study.arms', 'Study.arms > Arm.results', 'Study.results', 'Study.results > Result.endpoint'].sort(),
    );
  });

  it('leaves to the loaders fields under @skip or @include, fields with arguments and levels past MAX_DEPTH', () => {
    const plan = planOf(
      `{ node(id: "x") { ... on Study { arms @include(if: true) { id } populations { subsetOf { subsetOf { subsetOf { subsetOf { id } } } } } } } }`,
      'Node',
    );
    expect(names(plan).filter((n) => n.startsWith('Study.arms'))).toEqual([]);
    const depth = (p: PlannedField[]): number => (p.length === 0 ? 0 : 1 + Math.max(...p.map((f) => depth(f.children))));
    expect(depth(plan)).toBe(MAX_DEPTH);
  });

  it('plans only the returned type when it is one kind', () => {
    const plan = planOf(`{ reference(number: 113) { studies { id } results { id } } }`, 'Reference');
    expect(names(plan)).toEqual(['Reference.studies', 'Reference.results']);
  });

  it('plans a field of a document once, and anew for another document or other merged field nodes', () => {
    const doc = parse(`{ a: node(id: "x") { ... on Study { arms { id } } } b: node(id: "y") { ... on Study { results { id } } } }`);
    const op = doc.definitions[0] as OperationDefinitionNode;
    const [a, b] = op.selectionSet.selections as FieldNode[];
    const plan = (fieldNodes: FieldNode[], returnType = 'Node') =>
      planOfSelection({ fieldNodes, fragments: {}, returnType: returnType as never });
    const first = plan([a!]);
    expect(plan([a!])).toBe(first);
    expect(names(first.fields)).toEqual(['Study.arms']);
    expect(names(plan([a!, b!]).fields).sort()).toEqual(['Study.arms', 'Study.results']);
    expect(names(plan([a!], 'Study').fields)).toEqual(['Study.arms']);
    expect(plan([a!], 'Study')).not.toBe(first);
    const again = parse(`{ a: node(id: "x") { ... on Study { arms { id } } } }`);
    const other = plan([(again.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode]);
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
  });
});
