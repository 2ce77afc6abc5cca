/** POSTs a GraphQL operation to the app's own /graphql and returns its data or a readable error. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('The evidence API cannot be reached. Is the server running?', 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (!body) throw new ApiError(`The API answered ${res.status} without a readable body.`, 'BAD_RESPONSE');
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError('The API answered without data.', 'BAD_RESPONSE');
  return body.data;
}
