/**
 * Operations Apollo has parsed, validated, let through the request guard and run once, kept by
 * their query text and operation name. The explorer and API clients send a few documents again and
 * again with new variables; a request repeating one is run by its compiled function without
 * Apollo's per-request pipeline (hashing the text, negotiating, a dozen plugin hooks: about 130 us
 * of a 1.2 ms request on this machine), answered as Apollo answers it. The guard still prices
 * and rate-limits every request; a request it refuses, and any request not plainly a repeat
 * (another method, content type or Accept, extensions, batches), goes to Apollo, which answers it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ExecutionResult, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { CompiledRun } from './compiled-execution.js';
import { executeCompiled } from './compiled-execution.js';
import type { RequestGuard } from './request-guard.js';
import { graphqlRuntime } from './graphql-runtime.js';

const { GraphQLError } = graphqlRuntime;

/** A request the prepared operations can serve: a repeat of a kept operation, with its variables. */
export interface PreparedRequest {
  run: CompiledRun;
  variables: Record<string, unknown>;
}

/** The whole HTTP answer. */
export interface PreparedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface PreparedOperationsOptions {
  schema: GraphQLSchema;
  guard: RequestGuard;
  /** Apollo's formatError, so that errors read the same whichever path served the request. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Operations kept at most (the least recently used goes first). */
  maxOperations: number;
  /** Longer query texts are not kept (Apollo serves every request of them). */
  maxSourceLength: number;
}

/** What Apollo answers a single result with when the request's Accept allows JSON first. */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
/** Accept values for which Apollo's negotiation gives JSON_CONTENT_TYPE (no header is one of them). */
const JSON_ACCEPTS = new Set(['*/*', 'application/json', 'application/json; charset=utf-8']);
const isJsonContentType = (value: string | undefined) => value !== undefined && /^application\/json\s*(;|$)/i.test(value);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type HttpHead = { status?: number; headers: Map<string, string> };
const isHttpHead = (x: unknown): x is Partial<HttpHead> =>
  isRecord(x) && (!('status' in x) || typeof x.status === 'number') && (!('headers' in x) || x.headers instanceof Map);

export class PreparedOperations {
  private readonly byText = new Map<string, Map<string | null, CompiledRun>>();

  constructor(private readonly opts: PreparedOperationsOptions) {}

  /** Keeps an operation Apollo is about to run (compiled-execution.ts's `onRun`). */
  remember(run: CompiledRun): void {
    if (run.source.length > this.opts.maxSourceLength) return;
    let byName = this.byText.get(run.source);
    if (byName) this.byText.delete(run.source);
    else if (this.byText.size >= this.opts.maxOperations) this.byText.delete(this.byText.keys().next().value!);
    this.byText.set(run.source, (byName ??= new Map()));
    byName.set(run.operationName, run);
  }

  get size(): number {
    return this.byText.size;
  }

  /**
   * The request as a repeat of a kept operation, or null when Apollo must see it: only a POST of
   * JSON whose body has a kept query, the same operation name, an object of variables (or none) and
   * nothing else, accepting the JSON Apollo would answer with.
   */
  match(method: string | undefined, headers: IncomingHttpHeaders, body: unknown): PreparedRequest | null {
    if (method !== 'POST' || !isJsonContentType(headers['content-type'])) return null;
    if (headers.accept !== undefined && !JSON_ACCEPTS.has(headers.accept)) return null;
    if (!isRecord(body) || typeof body.query !== 'string') return null;
    for (const key in body) if (key !== 'query' && key !== 'operationName' && key !== 'variables') return null;
    const { operationName = null, variables = null } = body;
    if (operationName !== null && typeof operationName !== 'string') return null;
    if (variables !== null && !isRecord(variables)) return null;
    const byName = this.byText.get(body.query);
    const run = byName?.get(operationName);
    if (!byName || !run) return null;
    // Most recently used last, so the oldest is dropped first.
    this.byText.delete(body.query);
    this.byText.set(body.query, byName);
    return { run, variables: variables ?? {} };
  }

  /**
   * Guards and runs a matched request. Null when the guard refuses it: the caller hands it to
   * Apollo, whose own call of the guard refuses it again and answers (a refused request charges no
   * rate-limit points, so asking twice costs the client nothing).
   */
  async serve({ run, variables }: PreparedRequest, context: { client?: string }): Promise<PreparedAnswer | null> {
    try {
      this.opts.guard({ schema: this.opts.schema, document: run.document, operation: run.operation, variables, client: context.client });
    } catch {
      return null;
    }
    let result: ExecutionResult;
    let status: number | undefined;
    try {
      result = await executeCompiled(run.compiled, run.document, context, variables);
    } catch (e) {
      // As Apollo: an executor that throws gives a 500 with the error formatted.
      result = {
        errors: [e instanceof GraphQLError ? e : new GraphQLError((e as Error)?.message ?? String(e), { originalError: e as Error })],
      };
      status = 500;
    }
    const head: HttpHead = { status, headers: new Map() };
    const errors = result.errors?.map((e) => this.format(e, head));
    // Apollo's status400ForVariableCoercionErrors: errors and no data at all.
    if (errors && result.data === undefined && head.status === undefined) head.status = 400;
    const headers: Record<string, string> = { 'content-type': JSON_CONTENT_TYPE };
    for (const [k, v] of head.headers) headers[k] = v;
    // Apollo's field order (errors, data, extensions) and its trailing newline.
    const body = `${JSON.stringify({ errors, data: result.data, extensions: result.extensions })}\n`;
    return { status: head.status ?? 200, headers, body };
  }

  /** An execution error as Apollo formats it: code defaulted, its HTTP head taken out, then formatError. */
  private format(error: InstanceType<typeof GraphQLError>, head: HttpHead): GraphQLFormattedError {
    try {
      const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' };
      if (isHttpHead(extensions.http)) {
        if (extensions.http.status) head.status = extensions.http.status;
        for (const [k, v] of extensions.http.headers ?? []) head.headers.set(k, v);
        delete extensions.http;
      }
      return this.opts.formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  }
}
