/**
 * Sends a typed GraphQL document (generated from schema.graphql by `npm run codegen`) to the app's
 * own /graphql and returns its data, typed by the document, or a readable ApiError.
 */
import type { TypedDocumentString } from '../generated/graphql';

/** A failure a person can read: the API's message and its `extensions.code` where it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Refusals that say "ask again shortly": the server is busy (OVERLOADED) or Neo4j is away for a
 * moment (DATABASE_UNAVAILABLE, while it restarts or the circuit breaker waits for an answer).
 * Every operation of the app is a read, so asking again is always safe.
 */
const TRANSIENT = new Set(['OVERLOADED', 'DATABASE_UNAVAILABLE']);
/** The waits before each new attempt: a blip passes unseen, a longer outage is reported after 7.5 s. */
export const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000];

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * Runs one operation; `signal` aborts it (the promise then rejects with an AbortError). A transient
 * refusal is asked again after each of RETRY_DELAYS_MS; any other failure is reported at once.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestOnce(document, variables, signal);
    } catch (e) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!(e instanceof ApiError) || !TRANSIENT.has(e.code ?? '') || delay === undefined) throw e;
      await pause(delay, signal);
    }
  }
}

async function requestOnce<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('The evidence API cannot be reached. Is the server running?', 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (!body) throw new ApiError(`The API answered ${res.status} without a readable body.`, 'BAD_RESPONSE');
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError('The API answered without data.', 'BAD_RESPONSE');
  return body.data;
}
