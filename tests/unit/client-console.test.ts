import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import schemaSdl from '../../schema.graphql?raw';
import { CONSOLE_EXAMPLES, exampleMatching } from '../../client/src/console/examples.js';
import { consoleParams, encodeConsoleSearch, MAX_URL_CHARS, readConsoleText } from '../../client/src/console/console-url.js';
import { findJsonProblem, lineColumn, parseVariables, responseErrors, responseSegments } from '../../client/src/console/json-errors.js';
import { indent, outdent } from '../../client/src/console/editor-keys.js';
import { fieldSignature, schemaFields, typeName } from '../../client/src/console/introspection.js';
import { must } from '../../kernel/must.js';

describe('console examples', () => {
  const schema = buildSchema(schemaSdl);

  it('cover the questions the console promises, with unique ids', () => {
    expect(CONSOLE_EXAMPLES.map((e) => e.id)).toEqual([
      'radiant-3',
      'search-typo',
      'paths',
      'studies-everolimus-pan-net',
      'compare-pfs',
      'reference-113',
      'neighborhood-pan-net-g3',
      'evidence-network',
      'graph-summary',
    ]);
    expect(new Set(CONSOLE_EXAMPLES.map((e) => e.id)).size).toBe(CONSOLE_EXAMPLES.length);
  });

  it.each(CONSOLE_EXAMPLES.map((e) => [e.id, e] as const))('%s is valid against schema.graphql and its variables parse', (_, example) => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
    const vars = parseVariables(example.variables);
    expect(vars.ok).toBe(true);
  });

  it('asks for what each question names', () => {
    const byId = (id: string) =>
      must(
        CONSOLE_EXAMPLES.find((e) => e.id === id),
        `a console example with id ${id}`,
      );
    expect(byId('radiant-3').variables).toContain('study:radiant-3');
    expect(byId('radiant-3').query).toContain('provenance { ref section quote }');
    expect(byId('search-typo').variables).toContain('sunitnib');
    expect(byId('paths').query).toContain('excludeKinds: [REFERENCE]');
    expect(JSON.parse(byId('paths').variables)).toEqual({ from: 'intervention:sunitinib', to: 'study:sanet-p' });
    expect(JSON.parse(byId('compare-pfs').variables).interventions).toHaveLength(3);
    expect(JSON.parse(byId('reference-113').variables)).toEqual({ number: 113 });
    expect(byId('neighborhood-pan-net-g3').variables).toContain('population:pan-net-g3');
    expect(byId('evidence-network').query).toContain('evidenceNetwork');
    expect(byId('graph-summary').query).toContain('graphSummary');
  });

  it('recognises a picked example, whatever the surrounding whitespace', () => {
    expect(CONSOLE_EXAMPLES.length).toBeGreaterThan(1);
    const ex = CONSOLE_EXAMPLES[1]!;
    expect(exampleMatching(`${ex.query}\n\n`, ` ${ex.variables}`)?.id).toBe(ex.id);
    expect(exampleMatching(`${ex.query} x`, ex.variables)).toBeUndefined();
  });
});

describe('console URL', () => {
  it('round-trips query and variables exactly, newlines, quotes and all', () => {
    const text = { query: '# hi\nquery Q($id: ID!) { node(id: $id) { id name } }\n', variables: '{\n  "id": "study:radiant-3"\n}' };
    const search = encodeConsoleSearch(text)!;
    expect(search.startsWith('view=console&q=')).toBe(true);
    expect(readConsoleText(`?${search}`)).toEqual(text);
  });

  it('leaves out empty parts, and has nothing to read without q', () => {
    expect(consoleParams({ query: '{ graphSummary { kinds { kind } } }', variables: '  ' })).toEqual({
      q: '{ graphSummary { kinds { kind } } }',
      vars: null,
    });
    expect(consoleParams({ query: ' \n', variables: '' })).toEqual({ q: null, vars: null });
    expect(encodeConsoleSearch({ query: '{ a }', variables: '' })).toBe('view=console&q=%7B+a+%7D');
    expect(readConsoleText('?view=console')).toBeNull();
    expect(readConsoleText('?q=%7B+a+%7D')).toEqual({ query: '{ a }', variables: '' });
  });

  it('refuses a link too long to reload', () => {
    expect(encodeConsoleSearch({ query: `{ ${'a '.repeat(MAX_URL_CHARS)}}`, variables: '' })).toBeNull();
  });
});

describe('variables JSON', () => {
  it('takes empty text as no variables and an object as they are', () => {
    expect(parseVariables('')).toEqual({ ok: true, value: {} });
    expect(parseVariables(' \n ')).toEqual({ ok: true, value: {} });
    expect(parseVariables('{"id": "study:radiant-3", "n": [1, 2.5e3, null, true]}')).toEqual({
      ok: true,
      value: { id: 'study:radiant-3', n: [1, 2500, null, true] },
    });
  });

  it('says what is wrong and where, in the same words in every browser', () => {
    expect(parseVariables('{\n  "id": "study:radiant-3",\n}')).toEqual({
      ok: false,
      message: 'Variables are not valid JSON: no comma is allowed before } (line 3, column 1).',
    });
    expect(parseVariables("{'id': 1}")).toEqual({
      ok: false,
      message: 'Variables are not valid JSON: property names need double quotes (") in JSON (line 1, column 2).',
    });
    expect(parseVariables('{"id": study:radiant-3}')).toEqual({
      ok: false,
      message: 'Variables are not valid JSON: expected a value, found "s" (line 1, column 8).',
    });
    expect(parseVariables('{"id": "x"')).toEqual({
      ok: false,
      message: 'Variables are not valid JSON: expected , or } the text ended (line 1, column 11).',
    });
    expect(parseVariables('{"a": 1} x').ok).toBe(false);
    expect(parseVariables('{"a": "line\nbreak"}')).toMatchObject({ ok: false, message: expect.stringContaining('line break') });
  });

  it('wants an object, not another JSON value', () => {
    expect(parseVariables('[1]')).toEqual({
      ok: false,
      message: 'Variables must be a JSON object such as {"id": "study:radiant-3"}, not an array.',
    });
    expect(parseVariables('null')).toMatchObject({ ok: false, message: expect.stringContaining('not null') });
    expect(parseVariables('"x"')).toMatchObject({ ok: false, message: expect.stringContaining('not a string') });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const texts = [
      '{}',
      '[]',
      '{"a":{"b":[1,-0.5,"\\u00e9\\n"]}}',
      '{"a":01}',
      '{"a":.5}',
      '{"a":"\\x"}',
      '[1,]',
      'tru',
      '{"a" 1}',
      '"\\u12"',
    ];
    for (const t of texts) {
      let valid = true;
      try {
        JSON.parse(t);
      } catch {
        valid = false;
      }
      expect({ t, valid: findJsonProblem(t) === null }).toEqual({ t, valid });
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('response formatting', () => {
  const body = {
    errors: [
      {
        message: 'Cannot query field "nodee" on type "Query".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      { message: 'No such study', path: ['node', 'results', 0] },
    ],
    data: { node: null },
  };

  it('lists each error with its code and where it points', () => {
    expect(responseErrors(body)).toEqual([
      { message: 'Cannot query field "nodee" on type "Query".', code: 'GRAPHQL_VALIDATION_FAILED', where: 'line 1, column 3' },
      { message: 'No such study', where: 'at node.results.0' },
    ]);
    expect(responseErrors({ data: {} })).toEqual([]);
    expect(responseErrors('nope')).toEqual([]);
  });

  it('pretty-prints exactly as JSON.stringify does, with the errors member marked', () => {
    const segments = responseSegments(body);
    expect(segments.map((s) => s.text).join('')).toBe(JSON.stringify(body, null, 2));
    expect(segments.filter((s) => s.error)).toHaveLength(1);
    expect(segments.find((s) => s.error)!.text).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(segments.find((s) => s.error)!.text).not.toContain('"data"');
    const ok = { data: { a: [1, 2], b: 'x' }, extensions: {} };
    expect(responseSegments(ok)).toEqual([{ text: JSON.stringify(ok, null, 2), error: false }]);
    const last = { data: null, errors: [{ message: 'x' }] };
    expect(
      responseSegments(last)
        .map((s) => s.text)
        .join(''),
    ).toBe(JSON.stringify(last, null, 2));
    expect(
      responseSegments([1])
        .map((s) => s.text)
        .join(''),
    ).toBe(JSON.stringify([1], null, 2));
  });
});

describe('editor keys', () => {
  it('Tab inserts two spaces at the caret, replacing a one-line selection', () => {
    expect(indent('ab', 1, 1)).toEqual({ text: 'a  b', start: 3, end: 3 });
    expect(indent('abcd', 1, 3)).toEqual({ text: 'a  d', start: 3, end: 3 });
  });

  it('Tab indents every line of a multi-line selection, Shift+Tab takes it back', () => {
    const text = 'a\nb\nc';
    const ind = indent(text, 0, 3);
    expect(ind).toEqual({ text: '  a\n  b\nc', start: 2, end: 7 });
    expect(outdent(ind.text, ind.start, ind.end)).toEqual({ text, start: 0, end: 3 });
  });

  it('Shift+Tab removes at most two spaces, and nothing where there are none', () => {
    expect(outdent('    x', 4, 4)).toEqual({ text: '  x', start: 2, end: 2 });
    expect(outdent(' x', 1, 1)).toEqual({ text: 'x', start: 0, end: 0 });
    expect(outdent('x', 1, 1)).toEqual({ text: 'x', start: 1, end: 1 });
    expect(outdent('a\n  b', 4, 4)).toEqual({ text: 'a\nb', start: 2, end: 2 });
  });
});

describe('schema panel', () => {
  const ref = (kind: string, name: string | null, ofType?: object) => ({ kind, name, ofType: (ofType ?? null) as never });

  it('writes types as GraphQL does', () => {
    expect(typeName(ref('NON_NULL', null, ref('LIST', null, ref('NON_NULL', null, ref('OBJECT', 'SearchHit')))))).toBe('[SearchHit!]!');
    expect(typeName(ref('SCALAR', 'Int'))).toBe('Int');
  });

  it('reads fields with arguments, defaults and descriptions', () => {
    const fields = schemaFields([
      {
        name: 'search',
        description: 'Full-text search.',
        type: ref('NON_NULL', null, ref('LIST', null, ref('NON_NULL', null, ref('OBJECT', 'SearchHit')))),
        args: [
          { name: 'query', description: null, defaultValue: null, type: ref('NON_NULL', null, ref('SCALAR', 'String')) },
          { name: 'first', description: 'How many', defaultValue: '20', type: ref('SCALAR', 'Int') },
        ],
      },
    ]);
    expect(fields).toHaveLength(1);
    const field = fields[0]!;
    expect(field).toEqual({
      name: 'search',
      description: 'Full-text search.',
      type: '[SearchHit!]!',
      deprecated: null,
      args: [
        { name: 'query', type: 'String!', defaultValue: null, description: '' },
        { name: 'first', type: 'Int', defaultValue: '20', description: 'How many' },
      ],
    });
    expect(fieldSignature(field)).toBe('search(query: String!, first: Int = 20): [SearchHit!]!');
    expect(schemaFields(null)).toEqual([]);
  });
});
