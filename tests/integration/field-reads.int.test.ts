/**
 * A node's statement returns only the properties its selection reads (nodes/field-reads.ts). For
 * every field of every node type, on the nodes with the most properties and relationships, the
 * answer must be the one the whole node gives: the same field under @include(if: true) is read
 * from whole nodes through the loaders (a conditional selection is never projected).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { NODE_LABELS, type NodeLabel } from '../../kernel/vocabulary.js';
import { typeDefs } from '../../server/src/graphql/apollo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const schema = buildSchema(typeDefs);
const isNode = (t: GraphQLNamedType) => (NODE_LABELS as readonly string[]).includes(t.name) || t.name === 'Node';

/** Field names node kinds give different types (`value`: Float on an Observation, a list elsewhere). */
const TYPED_APART: Set<string> = (() => {
  const typesOf = new Map<string, Set<string>>();
  for (const l of NODE_LABELS)
    for (const f of Object.values((schema.getType(l) as GraphQLObjectType).getFields()))
      typesOf.set(f.name, (typesOf.get(f.name) ?? new Set()).add(String(f.type)));
  return new Set([...typesOf].filter(([, types]) => types.size > 1).map(([name]) => name));
})();

/**
 * Everything under a value of `type`, `level` node levels below the asked-for node: leaves, other
 * objects whole, and nodes one level down (their own node fields left out, to keep answers small).
 * Under a Node of any kind, a field some kinds type differently is aliased by kind (GraphQL refuses the conflict).
 */
function selectionOf(type: GraphQLNamedType, level: number, alias = ''): string {
  if (isLeafType(type)) return '';
  if (isInterfaceType(type))
    return `{ __typename ${NODE_LABELS.map((l) => `... on ${l} ${selectionOf(schema.getType(l)!, level, `${l}_`)}`).join(' ')} }`;
  if (!isObjectType(type)) throw new Error(`no selection for ${type.name}`);
  const fields = Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
    .flatMap((f) => {
      const t = getNamedType(f.type);
      const name = alias && TYPED_APART.has(f.name) ? `${alias}${f.name}: ${f.name}` : f.name;
      if (isLeafType(t)) return [name];
      if (isNode(t)) return level >= 1 ? [] : [`${name} ${selectionOf(t, level + 1)}`];
      return [`${name} ${selectionOf(t, level)}`];
    });
  return `{ ${fields.join(' ')} }`;
}

/** Per kind, its nodes with the most properties and the most relationships (and, for studies, of each source). */
const NODES_TO_READ = `
  MATCH (n:${'$label'})
  WITH n ORDER BY size(keys(n)) DESC, n.id LIMIT 2
  RETURN n.id AS id
  UNION
  MATCH (n:${'$label'})
  WITH n ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 2
  RETURN n.id AS id`;
const STUDIES_OF_EACH_SOURCE = `
  MATCH (review:Study)-[:REGISTERED_AS]->(record:Study)
  WITH review, record ORDER BY review.id LIMIT 1
  UNWIND [review.id, record.id] AS id
  RETURN id`;

let app: TestApp;
const nodesOf = new Map<NodeLabel, string[]>();

beforeAll(async () => {
  app = await startTestApp();
  for (const label of NODE_LABELS) {
    const rows = await app.db.read<{ id: string }>('test.fieldReads', NODES_TO_READ.replaceAll('$label', label));
    nodesOf.set(
      label,
      rows.map((r) => r.id),
    );
  }
  const studies = await app.db.read<{ id: string }>('test.fieldReads', STUDIES_OF_EACH_SOURCE);
  nodesOf.set('Study', [...new Set([...(nodesOf.get('Study') ?? []), ...studies.map((r) => r.id)])]);
});
afterAll(async () => {
  await app?.close();
});

describe('a node read with only what its selection reads', () => {
  it.each(NODE_LABELS.map((l) => [l]))('answers every field of %s as the whole node does', async (label) => {
    const type = schema.getType(label);
    if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
    const ids = nodesOf.get(label) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    const differing: string[] = [];
    let compared = 0;
    for (const field of Object.values(type.getFields())) {
      const under = selectionOf(getNamedType(field.type), isNode(getNamedType(field.type)) ? 1 : 0);
      for (const id of ids) {
        const ask = (directive: string) =>
          app.query(`query($id: ID!) { node(id: $id) { ... on ${label} { ${field.name} ${directive} ${under} } } }`, { id });
        const [projected, whole] = await Promise.all([ask(''), ask('@include(if: true)')]);
        expect(whole.errors).toBeUndefined();
        if (JSON.stringify(projected) !== JSON.stringify(whole)) differing.push(`${id} ${label}.${field.name}`);
        compared++;
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBe(Object.keys(type.getFields()).length * ids.length);
  });

  it('answers a nested selection (a study with arms, results and their endpoint) as the whole nodes do', async () => {
    const under = `{ id name ... on Study { design phase status enrolled provenance { quote section ref }
      arms { id label enrolled treatments { dose intervention { name } } } results { id statistic value valueText unit ciLow ciHigh pValue notReached
      endpoint { code name } arm { label } provenance { quote section ref refs } } } }`;
    const conditional = under.replace('arms {', 'arms @include(if: true) {').replace('results {', 'results @include(if: true) {');
    for (const id of nodesOf.get('Study') ?? []) {
      const [projected, whole] = await Promise.all([
        app.query(`query($id: ID!) { node(id: $id) ${under} }`, { id }),
        app.query(`query($id: ID!) { node(id: $id) ${conditional} }`, { id }),
      ]);
      expect(whole.errors).toBeUndefined();
      expect(projected).toEqual(whole);
    }
  });
});
