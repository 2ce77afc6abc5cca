/**
 * Readable messages for the console: where variables' JSON breaks (the same words in every
 * browser, with line and column), and the errors of a GraphQL response as one line each.
 */
import { must } from '../../../kernel/must';

export type VariablesResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export interface JsonProblem {
  position: number;
  message: string;
}

/** Line and column (both from 1) of a position in a text. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  const lastLine = must(before.at(-1), 'split always returns at least one piece');
  return { line: before.length, column: lastLine.length + 1 };
}

/** Finds the first syntax error of a JSON text (a small recursive-descent scan); null when it is valid. */
export function findJsonProblem(text: string): JsonProblem | null {
  let i = 0;
  const fail = (message: string): never => {
    throw { position: i, message } satisfies JsonProblem;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const describe = () => (i >= text.length ? 'the text ended' : `found ${JSON.stringify(text[i])}`);
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`expected a value, ${describe()}`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a \\u escape needs four hex digits');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail(`unknown escape \\${text[i] ?? ''} in a string`);
      } else if (text.charCodeAt(i) < 0x20) fail('a string cannot contain a line break or control character; close it with "');
      i++;
    }
    if (i >= text.length) fail('a string is not closed with "');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(`expected a number, ${describe()}`);
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i); // '' at the end, which matches no case below
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === "'") fail('strings and names need double quotes (") in JSON');
    fail(`expected a value, ${describe()}`);
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === '}') return void i++;
    for (;;) {
      ws();
      if (text[i] === "'") fail('property names need double quotes (") in JSON');
      if (text[i] !== '"')
        fail(text[i] === '}' ? 'no comma is allowed before }' : `expected a property name in double quotes, ${describe()}`);
      string();
      ws();
      if (text[i] !== ':') fail(`expected : after the property name, ${describe()}`);
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return void i++;
      fail(`expected , or } ${describe()}`);
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === ']') return void i++;
    for (;;) {
      ws();
      if (text[i] === ']') fail('no comma is allowed before ]');
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return void i++;
      fail(`expected , or ] ${describe()}`);
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected text after the end, ${describe()}`);
    return null;
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'position' in e) return e as JsonProblem;
    throw e;
  }
}

/** Variables text → an object, or a message saying what is wrong and where (empty text is {}). */
export function parseVariables(text: string): VariablesResult {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const problem = findJsonProblem(text);
    if (!problem) return { ok: false, message: `Variables are not valid JSON: ${(e as Error).message}.` };
    const { line, column } = lineColumn(text, problem.position);
    return { ok: false, message: `Variables are not valid JSON: ${problem.message} (line ${line}, column ${column}).` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      message: `Variables must be a JSON object such as {"id": "study:radiant-3"}, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}.`,
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export interface ResponseError {
  message: string;
  code?: string;
  /** "line 2, column 3" and/or "at node.results.0", when the error says. */
  where?: string;
}

/** The errors of a GraphQL response body, each with its code and where it points. */
export function responseErrors(body: unknown): ResponseError[] {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { errors?: unknown }).errors)) return [];
  return (body as { errors: unknown[] }).errors.map((raw) => {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as {
      message?: unknown;
      extensions?: { code?: unknown };
      locations?: { line: number; column: number }[];
      path?: (string | number)[];
    };
    const where = [
      ...(Array.isArray(e.locations) ? e.locations.map((l) => `line ${l.line}, column ${l.column}`) : []),
      ...(Array.isArray(e.path) ? [`at ${e.path.join('.')}`] : []),
    ].join('; ');
    return {
      message: typeof e.message === 'string' ? e.message : JSON.stringify(raw),
      ...(typeof e.extensions?.code === 'string' ? { code: e.extensions.code } : {}),
      ...(where ? { where } : {}),
    };
  });
}

export interface JsonSegment {
  text: string;
  /** True for the lines of the response's `errors` member. */
  error: boolean;
}

/**
 * A response body pretty-printed (two-space JSON, the same text as JSON.stringify(body, null, 2)),
 * cut into segments so the `errors` member can be highlighted.
 */
export function responseSegments(body: unknown): JsonSegment[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return [{ text: JSON.stringify(body, null, 2) ?? String(body), error: false }];
  const keys = Object.keys(body);
  if (keys.length === 0) return [{ text: '{}', error: false }];
  let last: JsonSegment = { text: '{\n', error: false };
  const segments: JsonSegment[] = [last];
  keys.forEach((key, index) => {
    const value = JSON.stringify((body as Record<string, unknown>)[key], null, 2) ?? 'null';
    const text = `  ${JSON.stringify(key)}: ${value.replaceAll('\n', '\n  ')}${index < keys.length - 1 ? ',' : ''}\n`;
    const error = key === 'errors';
    if (last.error === error) last.text += text;
    else {
      last = { text, error };
      segments.push(last);
    }
  });
  if (last.error) segments.push({ text: '}', error: false });
  else last.text += '}';
  return segments;
}
