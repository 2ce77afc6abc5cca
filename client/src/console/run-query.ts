/**
 * Sends the console's query to the app's own /graphql and keeps everything a reader wants to
 * see: the HTTP status, how long it took and the body exactly as it came (parsed when it is JSON).
 */
export interface RunOutcome {
  status: number;
  statusText: string;
  ms: number;
  /** The parsed body; undefined when the body is not JSON (then `raw` holds it). */
  body?: unknown;
  raw: string;
}

export class NetworkError extends Error {}

export async function runQuery(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<RunOutcome> {
  const started = performance.now();
  let res: Response;
  let raw: string;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    raw = await res.text();
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new NetworkError('The API cannot be reached. Is the server running?');
  }
  const ms = Math.round(performance.now() - started);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = undefined;
  }
  return { status: res.status, statusText: res.statusText, ms, body, raw };
}
