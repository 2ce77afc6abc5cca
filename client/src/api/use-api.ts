/**
 * The client's one way of loading data from the API: loading, error and abort handled once.
 * `useApi` loads whenever its key changes (an obsolete answer is aborted and never shown);
 * `useApiAction` runs work on demand (a click, a pick) with the same states, a new run aborting
 * the previous one. State is set only when an answer arrives, never synchronously in an effect:
 * "loading" is derived from the key the last answer belongs to.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';

/** What a load is doing; `data` stays the last answer while a new one loads. */
export type ApiState<T> =
  | { status: 'idle'; data: undefined; error: null }
  | { status: 'loading'; data: T | undefined; error: null }
  | { status: 'error'; data: T | undefined; error: string }
  | { status: 'done'; data: T; error: null };

type Settled<T> = { key: string; attempt: number; ok: true; data: T } | { key: string; attempt: number; ok: false; error: string };

const isAbort = (e: unknown) => (e as Error)?.name === 'AbortError';

/**
 * Loads `load(signal)` for `key` (null: nothing to load, the state is idle). The key names what is
 * loaded (ids, variables): a new key aborts the request in flight and loads again. `retry()` loads
 * the same key once more.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> & { retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  // The latest `load`, without making every new closure a reason to reload.
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => setSettled({ key, attempt, ok: true, data }),
      (e: unknown) => {
        if (!isAbort(e) && !controller.signal.aborted) setSettled({ key, attempt, ok: false, error: (e as Error).message });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const last = settled?.ok ? settled.data : undefined;
  if (key === null) return { status: 'idle', data: undefined, error: null, retry };
  if (!settled || settled.key !== key || settled.attempt !== attempt) return { status: 'loading', data: last, error: null, retry };
  return settled.ok
    ? { status: 'done', data: settled.data, error: null, retry }
    : { status: 'error', data: last, error: settled.error, retry };
}

/** Work run on demand: `busy` while any run is going, the last run's error (null after a success). */
export interface ApiAction {
  busy: boolean;
  error: string | null;
  /** Runs `work` with a signal aborted on unmount (and, with `latestWins`, by the next run). Never rejects. */
  run(work: (signal: AbortSignal) => Promise<void>): Promise<void>;
  /** Forgets the last error. */
  clear(): void;
}

/**
 * On-demand work. With `latestWins` a new run aborts the one still going (a new path search makes
 * the previous answer moot); without it runs go on side by side (two expansions both land).
 */
export function useApiAction(options: { latestWins?: boolean } = {}): ApiAction {
  const { latestWins = false } = options;
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(new Set<AbortController>());

  useEffect(() => {
    const all = running.current;
    return () => {
      for (const c of all) c.abort();
    };
  }, []);

  const run = useCallback(
    async (work: (signal: AbortSignal) => Promise<void>) => {
      if (latestWins) for (const c of running.current) c.abort();
      const controller = new AbortController();
      running.current.add(controller);
      setBusy((n) => n + 1);
      try {
        await work(controller.signal);
        if (!controller.signal.aborted) setError(null);
      } catch (e) {
        if (!isAbort(e) && !controller.signal.aborted) setError((e as Error).message);
      } finally {
        running.current.delete(controller);
        setBusy((n) => n - 1);
      }
    },
    [latestWins],
  );
  const clear = useCallback(() => setError(null), []);
  return { busy: busy > 0, error, run, clear };
}
