/**
 * The client's one request function asks again when the API says "busy" or "database away for a
 * moment", and reports every other failure at once. The network is the boundary here: `fetch` is
 * replaced by a script of the API's answers (the real server's refusals are the integration
 * suite's).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, RETRY_DELAYS_MS, request } from '../../client/src/api/graphql-client.js';
import { TypedDocumentString } from '../../client/src/generated/graphql.js';

const DOC = new TypedDocumentString<{ graphSummary: { nodeCount: number } }, Record<string, never>>('{ graphSummary { nodeCount } }');
const refusal = (code: string) => ({ errors: [{ message: `refused: ${code}`, extensions: { code } }] });
const DATA = { data: { graphSummary: { nodeCount: 1234 } } };

/** `fetch` answering each call with the next body of `answers`; records when each call came. */
function scriptedFetch(answers: object[]) {
  const calls: number[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    calls.push(Date.now());
    const body = answers[Math.min(calls.length - 1, answers.length - 1)];
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

describe('client request', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks again after OVERLOADED and DATABASE_UNAVAILABLE, waiting longer each time, and returns the answer', async () => {
    const calls = scriptedFetch([refusal('OVERLOADED'), refusal('DATABASE_UNAVAILABLE'), DATA]);
    const answer = request(DOC, {});
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! + RETRY_DELAYS_MS[1]!);
    expect(await answer).toEqual(DATA.data);
    expect(calls).toEqual([0, RETRY_DELAYS_MS[0], RETRY_DELAYS_MS[0]! + RETRY_DELAYS_MS[1]!]);
  });

  it('reports the refusal once every wait is spent', async () => {
    const calls = scriptedFetch([refusal('OVERLOADED')]);
    const answer = request(DOC, {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0));
    const error = await answer;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'OVERLOADED', message: 'refused: OVERLOADED' });
    expect(calls).toHaveLength(RETRY_DELAYS_MS.length + 1);
  });

  it('reports a refusal of the request itself at once, without asking again', async () => {
    const calls = scriptedFetch([refusal('BAD_USER_INPUT'), DATA]);
    await expect(request(DOC, {})).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(calls).toHaveLength(1);
  });

  it('stops waiting to ask again the moment the caller aborts', async () => {
    const calls = scriptedFetch([refusal('OVERLOADED'), DATA]);
    const controller = new AbortController();
    const answer = request(DOC, {}, controller.signal).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! / 2);
    controller.abort();
    expect(await answer).toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
  });
});
