/** The cost model prices what a query would read before it runs: the bomb far over budget, every client operation within it. */
import { describe, expect, it } from 'vitest';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { graphqlRuntime } from '../../server/src/graphql/graphql-runtime.js';
import * as clientOperations from '../../client/src/generated/graphql.js';
import { CONSOLE_EXAMPLES } from '../../client/src/console/examples.js';
import { priceOperation, ROOT_PRICES } from '../../server/src/graphql/cost.js';
import { countAliases } from '../../server/src/graphql/request-guard.js';
import { LIMITS } from '../../server/src/limits.js';
import { typeDefs } from '../../server/src/graphql/apollo.js';

// The copy of graphql the API uses, so the schema's types pass its checks (graphql-runtime.ts says why).
const { buildSchema, getNamedType, getNullableType, isListType, parse } = graphqlRuntime;
const schema = buildSchema(typeDefs);

function price(doc: DocumentNode | string, variables: Record<string, unknown> = {}) {
  const document = typeof doc === 'string' ? parse(doc) : doc;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return priceOperation(schema, operation, fragments, variables, LIMITS.cost.defaultListSize);
}

const bomb = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: neighborhood(id: "population:gep-nen", depth: 3, limit: 1000) { nodes { id } }`).join(' ')} }`;

/** The largest value the API accepts for each size variable the client's operations declare. */
const WORST: Record<string, unknown> = {
  first: LIMITS.studies.maxFirst,
  limit: LIMITS.neighborhood.maxLimit,
  depth: LIMITS.neighborhood.maxDepth,
  maxLength: LIMITS.paths.maxLength,
};

/** Variables for an operation at the largest sizes the API accepts (lists of ids as long as allowed). */
function worstVariables(op: OperationDefinitionNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    const typeName = v.type.kind === Kind.NON_NULL_TYPE ? v.type.type : v.type;
    if (name in WORST) out[name] = WORST[name];
    else if (typeName.kind === Kind.LIST_TYPE)
      out[name] =
        name === 'interventions'
          ? Array(LIMITS.compare.maxInterventions).fill('intervention:x')
          : name === 'ids'
            ? Array(LIMITS.subgraph.maxIds).fill('study:x')
            : null;
    else if (v.type.kind === Kind.NON_NULL_TYPE) out[name] = 'study:x';
  }
  return out;
}

describe('cost model', () => {
  it('prices the alias bomb of the issue (1,300 three-hop neighbourhoods of 1,000) at 1,300 times one, far over the budget', () => {
    const one = price(bomb(1)).cost;
    expect(one).toBeGreaterThanOrEqual(3000);
    expect(price(bomb(1300)).cost).toBe(1300 * one);
    expect(price(bomb(1300)).cost).toBeGreaterThan(100 * LIMITS.cost.budget);
    expect(countAliases(bomb(1300))).toBe(1300);
  });

  it('lets one heaviest neighbourhood through and refuses four', () => {
    expect(price(bomb(1)).cost).toBeLessThanOrEqual(LIMITS.cost.budget);
    expect(price(bomb(4)).cost).toBeGreaterThan(LIMITS.cost.budget);
  });

  it('reads sizes from variables and from schema defaults alike', () => {
    const q = 'query N($limit: Int) { neighborhood(id: "study:radiant-3", depth: 2, limit: $limit) { nodes { id } } }';
    expect(price(q, { limit: 500 }).cost).toBe(
      price('{ neighborhood(id: "study:radiant-3", depth: 2, limit: 500) { nodes { id } } }').cost,
    );
    // limit defaults to 200 in the schema: depth 2 × 200 + the nodes list.
    expect(price('{ neighborhood(id: "study:radiant-3", depth: 2) { nodes { id } } }').cost).toBe(2 * 200 + 1);
  });

  it('prices one parsed document anew for the variables of each request (compiled once, sizes and empty ids read per request)', () => {
    const doc = parse(
      'query N($limit: Int, $iv: ID) { neighborhood(id: "study:radiant-3", limit: $limit) { nodes { id } } studies(filter: { intervention: $iv }) { totalCount } }',
    );
    const studies = 10 + 50;
    expect(price(doc, { limit: 100, iv: 'intervention:everolimus' })).toEqual({ cost: 100 + 1 + studies, emptyIds: [] });
    expect(price(doc, { limit: 300, iv: '' })).toEqual({
      cost: 300 + 1 + studies,
      emptyIds: [{ field: 'studies', argument: 'filter.intervention' }],
    });
    expect(price(doc, { iv: null }).cost).toBe(200 + 1 + studies);
  });

  it('multiplies what a list asks of its items by its size: a page of studies by first', () => {
    const page = (first: number) => price(`{ studies(first: ${first}) { nodes { id arms { id } } } }`).cost;
    // 10 + first for the page, then the nodes list (1) and per study its arms (1 each).
    expect(page(10)).toBe(10 + 10 + 1 + 10 * 1);
    expect(page(200)).toBe(10 + 200 + 1 + 200 * 1);
  });

  it('prices nested lists with no size by the default list size, so depth multiplies', () => {
    const shallow = price('{ node(id: "study:radiant-3") { ... on Study { arms { id } } } }').cost;
    const deep = price('{ node(id: "study:radiant-3") { ... on Study { arms { interventions { studies { id } } } } } }').cost;
    expect(shallow).toBe(1 + 1);
    expect(deep).toBe(1 + 1 + LIMITS.cost.defaultListSize * (1 + LIMITS.cost.defaultListSize * 1));
  });

  it('prices a selection on an interface by its most expensive concrete type, fragments spread in', () => {
    const q = `query { node(id: "x") { ...S ... on Intervention { targets { id } } } }
      fragment S on Study { arms { id } results { id } populations { id } }`;
    expect(price(q).cost).toBe(1 + 3);
  });

  it('counts aliases from the text alone, not arguments or variables', () => {
    expect(
      countAliases(
        'query Q($id: ID!) { a: node(id: $id) { id } b: search(query: "x", kinds: [STUDY]) { score } node(id: "y") { ... on Study { c: name } } }',
      ),
    ).toBe(3);
    expect(countAliases('{ studies(filter: { design: "x" }) { totalCount } }')).toBe(0);
    expect(countAliases('{ "unterminated }')).toBeNull();
  });

  it('counts aliases as fields like any other and leaves introspection free', () => {
    expect(price('{ a: node(id: "x") { id } b: node(id: "y") { id } }').cost).toBe(2);
    expect(price('{ __schema { types { name fields { name } } } }').cost).toBe(0);
  });

  it('finds ids given as empty strings, in arguments and in input objects', () => {
    expect(price('{ studies(filter: { intervention: "", population: "population:pan-net" }) { totalCount } }').emptyIds).toEqual([
      { field: 'studies', argument: 'filter.intervention' },
    ]);
    expect(price('{ evidenceNetwork(population: "") { nodes { studyCount } } }').emptyIds).toEqual([
      { field: 'evidenceNetwork', argument: 'population' },
    ]);
    expect(price('{ subgraph(ids: ["study:x", ""]) { nodes { id } } }').emptyIds).toEqual([{ field: 'subgraph', argument: 'ids[1]' }]);
    expect(price('{ studies(filter: { intervention: null }) { totalCount } }').emptyIds).toEqual([]);
  });

  it('has a price for every Query field of the schema (a new field is priced on purpose, not by default)', () => {
    const unpriced = Object.keys(schema.getQueryType()!.getFields()).filter((f) => !(f in ROOT_PRICES));
    expect(unpriced).toEqual([]);
  });

  it('keeps every operation the client sends within the budget, at the largest sizes the API accepts', () => {
    // The generated documents are strings (TypedDocumentString) holding the operation and its fragments.
    const docs = Object.entries(clientOperations)
      .filter(([name, v]) => name.endsWith('Document') && v instanceof String)
      .map(([name, v]) => [name, parse(String(v))] as [string, DocumentNode]);
    expect(docs.length).toBeGreaterThan(5);
    const over = docs
      .map(([name, doc]) => {
        const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
        return { name, cost: price(doc, worstVariables(op)).cost };
      })
      .filter((p) => p.cost > LIMITS.cost.budget);
    expect(over).toEqual([]);
  });

  it('keeps every saved console example within the budget', () => {
    const over = CONSOLE_EXAMPLES.map((e) => ({ id: e.id, cost: price(e.query, e.variables ? JSON.parse(e.variables) : {}).cost })).filter(
      (p) => p.cost > LIMITS.cost.budget,
    );
    expect(over).toEqual([]);
  });
});

// Guards the helper above against a schema change that would make it silently price nothing.
describe('worst-case variables', () => {
  it('cover the size arguments of the schema', () => {
    const sizeArgs = new Set<string>();
    for (const f of Object.values(schema.getQueryType()!.getFields())) {
      for (const a of f.args)
        if (getNamedType(a.type).name === 'Int' && !isListType(getNullableType(a.type)) && a.name !== 'number') sizeArgs.add(a.name);
    }
    expect([...sizeArgs].filter((a) => !(a in WORST))).toEqual([]);
  });
});
