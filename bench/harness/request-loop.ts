/**
 * Closed-loop load: `concurrency` workers, each sending its next request as soon as the previous
 * one answered, until a request count or a time budget is spent (whichever first), every request
 * with its own timeout. Only 127.0.0.1 is ever targeted: the bench measures this machine.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { BenchRequest } from './operations.js';
import { must } from '../../kernel/must.js';

export interface LoopBudget {
  /** Requests sent at most. */
  maxRequests: number;
  /** No request starts after this many milliseconds (those in flight finish). */
  maxMs: number;
  /** A request unanswered after this long counts as an error. */
  timeoutMs: number;
}

export interface LoopResult {
  /** Milliseconds of each successful request. */
  latencies: number[];
  errors: number;
  /** The first few error messages. */
  errorSamples: string[];
  /** Wall time from the first request to the last answer. */
  wallMs: number;
}

/** What a successful answer measured; an error message otherwise. */
export type AnswerCheck = (status: number, body: unknown) => { size: number } | { error: string };

function post(agent: Agent, url: URL, req: BenchRequest, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(req.body);
    const r = request(
      {
        host: url.hostname,
        port: url.port,
        path: req.path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: { error: `not JSON (HTTP ${res.statusCode}): ${text.slice(0, 120)}` } });
          }
        });
        res.on('error', reject);
      },
    );
    r.setTimeout(timeoutMs, () => r.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    r.on('error', reject);
    r.end(payload);
  });
}

/** Refuses any target but this machine's loopback address. */
export function loopbackUrl(base: string): URL {
  const url = new URL(base);
  if (url.hostname !== '127.0.0.1') throw new Error(`the bench only sends requests to 127.0.0.1, not ${url.hostname}`);
  return url;
}

/** Runs one bounded loop against `base`; `next(k)` is the k-th request. */
export async function runLoop(
  base: string,
  concurrency: number,
  budget: LoopBudget,
  next: (k: number) => BenchRequest,
  check: AnswerCheck,
): Promise<LoopResult> {
  const url = loopbackUrl(base);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let sent = 0;
  const start = performance.now();
  const deadline = start + budget.maxMs;
  const worker = async () => {
    while (sent < budget.maxRequests && performance.now() < deadline) {
      const k = sent++;
      const t0 = performance.now();
      let outcome: { size: number } | { error: string };
      try {
        const { status, body } = await post(agent, url, next(k), budget.timeoutMs);
        outcome = status >= 200 && status < 300 ? check(status, body) : { error: `HTTP ${status}: ${JSON.stringify(body).slice(0, 200)}` };
      } catch (e) {
        outcome = { error: (e as Error).message };
      }
      if ('error' in outcome) {
        errors++;
        if (errorSamples.length < 3) errorSamples.push(outcome.error);
      } else latencies.push(performance.now() - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return { latencies, errors, errorSamples, wallMs: performance.now() - start };
}

/** The p-th percentile (nearest rank) of unsorted samples; null without samples. */
export function percentile(samples: number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return must(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))], 'a rank within the samples');
}
