/**
 * Refusing a request before it runs when it asks too much: too many aliases (`aliasRefusal`,
 * called by the HTTP layer before Apollo parses), and in the guard (run by Apollo's plugin, and by
 * the prepared operations for the repeats they serve) a cost over the per-request budget (priced
 * with the request's variables, so it runs for every request, cached documents too; cost.ts
 * compiles a document's pricing once), an empty id, or, when a per-client rate limit is set, more
 * points than the client has left. Each refusal is a 400 (429 for the rate limit) with a stable
 * code and a message giving the numbers.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { graphqlRuntime } from './graphql-runtime.js';
import { AppError } from '../errors/app-error.js';
import type { Context } from '../context.js';
import { priceOperation } from './cost.js';
import type { RateLimiter } from './rate-limit.js';

export interface RequestGuardOptions {
  budget: number;
  defaultListSize: number;
  /** Per-client points per minute; none: no rate limit. */
  rateLimiter?: RateLimiter;
}

const fmt = (n: number) => n.toLocaleString('en-US');

const { getVariableValues, Kind, Lexer, Source, TokenKind } = graphqlRuntime;

/**
 * Aliased fields in a query's text, counted with the lexer alone (no parse): a name followed by a
 * colon outside parentheses is an alias (inside them it is an argument or a variable). Null when
 * the text does not even lex; the parser then says why.
 */
export function countAliases(query: string): number | null {
  const lexer = new Lexer(new Source(query));
  let aliases = 0;
  let parens = 0;
  let previous: string | undefined;
  try {
    for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
      if (t.kind === TokenKind.PAREN_L) parens++;
      else if (t.kind === TokenKind.PAREN_R) parens--;
      else if (t.kind === TokenKind.COLON && parens === 0 && previous === TokenKind.NAME) aliases++;
      previous = t.kind;
    }
  } catch {
    return null;
  }
  return aliases;
}

/**
 * Refuses a query with more than `maxAliases` aliases before Apollo parses and validates it
 * (validation's field-merging check grows with the square of the fields). The HTTP layer calls it:
 * Apollo has no hook before validation whose refusal is not turned into a 500.
 */
export function aliasRefusal(query: unknown, maxAliases: number): AppError | null {
  if (typeof query !== 'string') return null;
  const aliases = countAliases(query);
  if (aliases === null || aliases <= maxAliases) return null;
  return new AppError(
    'QUERY_TOO_COSTLY',
    `The query has ${fmt(aliases)} aliased fields; at most ${maxAliases} are allowed per request. Ask for fewer at once, or use one field with a list argument (subgraph(ids: [...]) for many nodes).`,
    { aliases, maxAliases },
  );
}

/** What the guard looks at: the resolved operation, its document's fragments, the variables and who asks. */
export interface GuardedRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  client: string | undefined;
}

/**
 * The guard as a function: throws the AppError that refuses the request, or returns. Apollo's
 * plugin calls it for every request Apollo runs, and the prepared operations (prepared-operations.ts)
 * for every request they serve.
 */
export type RequestGuard = (request: GuardedRequest) => void;

export function createRequestGuard(opts: RequestGuardOptions): RequestGuard {
  return ({ schema, document, operation, variables, client }) => {
    if (operation.operation !== 'query') return;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    // Refused here rather than by execution: graphql gives up after 50 bad values with an error
    // of no code (which would surface as INTERNAL_SERVER_ERROR); one BAD_USER_INPUT says it all.
    if (coerced.errors) {
      const [first, ...rest] = coerced.errors.filter((e) => !/^Too many errors/.test(e.message));
      const more =
        rest.length > 0 || coerced.errors.length > 50
          ? ` (and ${coerced.errors.length > 50 ? 'more than 50' : rest.length} more problems)`
          : '';
      throw new AppError(
        'BAD_USER_INPUT',
        `${first?.message ?? 'The variables are not valid for this operation.'}${more}`,
        {},
        { status: 400 },
      );
    }
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    const { cost, emptyIds } = priceOperation(schema, operation, fragments, coerced.coerced, opts.defaultListSize);
    const [empty] = emptyIds;
    if (empty) {
      throw new AppError(
        'BAD_USER_INPUT',
        `${empty.field}(${empty.argument}): an id cannot be empty; leave the argument out (or pass null) for no filter.`,
        { argument: empty.argument },
        { status: 400 },
      );
    }
    if (cost > opts.budget) {
      throw new AppError(
        'QUERY_TOO_COSTLY',
        `This query would cost ${fmt(cost)} points; the budget is ${fmt(opts.budget)} per request. Ask for less: fewer aliases or fields, smaller depth, limit, first or maxLength, or split it into several requests.`,
        { cost, budget: opts.budget },
        { status: 400 },
      );
    }
    if (opts.rateLimiter) {
      const decision = opts.rateLimiter.take(client ?? 'unknown', cost);
      if (!decision.allowed) {
        throw new AppError(
          'RATE_LIMITED',
          `Too many requests from your address: ${fmt(opts.rateLimiter.perMinute)} points a minute are allowed and this one costs ${fmt(cost)}. Retry in ${decision.retryAfterSeconds} s.`,
          { retryAfterSeconds: decision.retryAfterSeconds },
          { status: 429, headers: new HeaderMap([['retry-after', String(decision.retryAfterSeconds)]]) },
        );
      }
    }
  };
}

export function requestGuardPlugin(guard: RequestGuard): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (operation) guard({ schema, document, operation, variables: request.variables, client: contextValue.client });
        },
      };
    },
  };
}
