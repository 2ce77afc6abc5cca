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

/** Runs one operation; `signal` aborts it (the promise then rejects with an AbortError). */
export async function request<TResult, TVariables>(
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
