/** Every node field with a resolver of its own says what it reads; the plan reads a selection's fields and no more. */
import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { NODE_LABELS } from '../../kernel/vocabulary.js';
import { resolvers } from '../../server/src/graphql/resolvers.js';
import { FIELD_READS, readsOfField, WHOLE } from '../../server/src/nodes/field-reads.js';
import { fieldSourceOf } from '../../server/src/nodes/relation-fields.js';
import { planOfSelection } from '../../server/src/nodes/selection-plan.js';

function planOf(query: string, returnType = 'Node') {
  const op = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return planOfSelection({ fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments: {}, returnType: returnType as never });
}
const sorted = (reads: readonly string[] | typeof WHOLE) => (reads === WHOLE ? reads : [...reads].sort());

describe('field reads', () => {
  it('lists every resolver of a node type that is not a relation field read by id', () => {
    const undeclared = NODE_LABELS.flatMap((type) =>
      Object.keys((resolvers as Record<string, Record<string, unknown>>)[type] ?? {})
        .filter((field) => !Object.hasOwn(FIELD_READS[type] ?? {}, field) && !fieldSourceOf(type, field))
        .map((field) => `${type}.${field}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('reads the property of its name for a field without a resolver, and nothing for a relation field', () => {
    expect(readsOfField('Study', 'phase')).toEqual(['phase']);
    expect(readsOfField('Study', 'arms')).toEqual([]);
    expect(readsOfField('Result', 'arm')).toEqual(['armId']);
    expect(readsOfField('Study', 'registry')).toBe(WHOLE);
  });

  it('plans the properties each level of a selection reads', () => {
    const plan = planOf(
      `{ node(id: "x") { id name ... on Study { phase provenance { quote } arms { label } results { valueText endpoint { code } } } } }`,
    );
    expect(sorted(plan.reads)).toEqual(['id', 'locator', 'name', 'nct', 'owners', 'phase', 'quote', 'ref', 'refs', 'section']);
    const arms = plan.fields.find((f) => f.field === 'arms')!;
    expect(arms.reads).toEqual(['label']);
    const results = plan.fields.find((f) => f.field === 'results')!;
    expect(sorted(results.reads)).toEqual(['bound', 'notReached', 'statistic', 'unit', 'value', 'valueHigh']);
    expect(results.children[0]!.reads).toEqual(['code']);
  });

  it('reads a level whole when a field there reads much, or a directive makes part of it conditional', () => {
    expect(planOf(`{ node(id: "x") { ... on Study { evidenceDesign arms { label } } } }`).reads).toBe(WHOLE);
    expect(planOf(`{ node(id: "x") { id name @include(if: true) } }`).reads).toBe(WHOLE);
    const conditional = planOf(`{ node(id: "x") { ... on Study { arms { id ... on Arm @skip(if: false) { label } } } } }`);
    expect(conditional.reads).toEqual([]);
    expect(conditional.fields[0]!.reads).toBe(WHOLE);
  });

  it('reads, on a Node, what the fields of every kind it may be read', () => {
    const plan = planOf(`{ node(id: "x") { ... on Arm { label } ... on Endpoint { code } } }`);
    expect(sorted(plan.reads)).toEqual(['code', 'label']);
    expect(sorted(planOf(`{ reference(number: 1) { number } }`, 'Reference').reads)).toEqual(['number']);
  });
});
