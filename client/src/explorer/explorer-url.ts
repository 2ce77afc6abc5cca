/** Node ids held in the explorer's URL parameters (nodes, selected, hidden, pins). */
const NODE_ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9.+-]*$/;

/** The node ids a comma-separated parameter lists; anything that is not a node id is dropped. */
export function idsFromParam(params: URLSearchParams, key: string): string[] {
  return [
    ...new Set(
      (params.get(key) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => NODE_ID.test(s)),
    ),
  ];
}
