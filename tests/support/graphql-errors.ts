/** The first error of a GraphQL response; throws (failing the test) when the response has none. */
export function firstError<E>(res: { errors?: E[] | null }): E {
  const [error] = res.errors ?? [];
  if (error === undefined) throw new Error(`expected a GraphQL error, got ${JSON.stringify(res).slice(0, 500)}`);
  return error;
}
