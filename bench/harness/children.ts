/**
 * The bench's child processes (a measured system each, the loader): started with tsx from this
 * checkout, given the bench Neo4j's credentials in their environment, and stopped by their own
 * process id: on request, and when the bench exits, however it exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../runtime/neo4j/paths.js';

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

export interface Child {
  pid: number;
  /** Resolves with the first stdout line that parses as JSON. */
  firstJson: Promise<any>;
  /** Resolves with the last stdout line that parses as JSON, once the process ends. */
  lastJson: Promise<any>;
  /** Asks it to stop (SIGTERM) and waits until it has (SIGKILL after 15 s). */
  stop(): Promise<void>;
}

/** Starts `tsx <script> ...args` with `env` added to this process's environment; stderr lines go to `log`. */
export function startChild(script: string, args: string[], env: Record<string, string>, log: (line: string) => void): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => (running.delete(child), resolve(code))));
  let buffered = '';
  let last: unknown;
  let resolveFirst!: (v: unknown) => void;
  let rejectFirst!: (e: Error) => void;
  const firstJson = new Promise<unknown>((res, rej) => ((resolveFirst = res), (rejectFirst = rej)));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl).trim();
      buffered = buffered.slice(nl + 1);
      try {
        last = JSON.parse(line);
        resolveFirst(last);
      } catch {
        if (line) log(line);
      }
    }
  });
  let errBuffered = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errBuffered += chunk.toString();
    const lines = errBuffered.split(/\r?\n|\r/);
    errBuffered = lines.pop() ?? '';
    for (const l of lines) if (l.trim()) log(l);
  });
  void exited.then((code) => rejectFirst(new Error(`${script} ${args.join(' ')} exited (code ${code}) before it was ready`)));
  // A loader is awaited through lastJson only: its firstJson failing must not be an unhandled rejection.
  firstJson.catch(() => {});
  return {
    pid: child.pid!,
    firstJson,
    lastJson: exited.then(() => last),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
