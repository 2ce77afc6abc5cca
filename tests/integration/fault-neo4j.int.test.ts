/**
 * The fault suite: the real app (`server/app/main.ts` as its own process, the way `npm start` runs
 * it) with its own embedded Neo4j (its own NEO4J_HOME in a temporary folder and a free Bolt port;
 * the shared test Neo4j is never touched), put through what an attacker and an operator do to it:
 * the alias bomb, a hung Neo4j (SIGSTOP), a killed Neo4j (SIGKILL), and SIGTERM under load.
 * Skipped with NEO4J_URI (there is no embedded server to fault).
 */
import { freePort } from '../../runtime/neo4j/free-port.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, symlink, mkdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../runtime/config.js';
import { distributionPaths, PROJECT_ROOT } from '../../runtime/neo4j/paths.js';
import { firstError } from '../support/graphql-errors.js';

const config = readConfig();

interface Answer {
  status: number;
  ms: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!!config.external)("faults, on an app and Neo4j of the suite's own", () => {
  let home: string;
  let app: ChildProcess;
  let url: string;
  let output = '';
  const javaCommandLines = () => readFile(path.join(home, 'java-command-lines.log'), 'utf8').catch(() => '');
  const instanceDir = () => path.join(home, 'instances', 'app');
  const neo4jPid = () => Number(readFileSync(path.join(instanceDir(), 'run', 'app.pid'), 'utf8'));

  async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const t = Date.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'], ms: Date.now() - t };
  }

  async function ready(): Promise<{ status: number; ms: number; body: Record<string, unknown> }> {
    const t = Date.now();
    const res = await fetch(`${url}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown>, ms: Date.now() - t };
  }

  async function until<T>(what: string, f: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: T | undefined;
    while (Date.now() < deadline) {
      last = await f().catch(() => undefined as T);
      if (last !== undefined && ok(last)) return last;
      await sleep(250);
    }
    throw new Error(`${what}: not within ${timeoutMs / 1000} s (last: ${JSON.stringify(last)})\n${output.slice(-2000)}`);
  }

  const NODE = '{ node(id: "study:radiant-3") { id name } }';

  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'nen-fault-'));
    // The jars are shared (read-only); the instance (data, logs, password) is this suite's alone.
    const dist = distributionPaths(config.embedded.home).distribution;
    await symlink(dist, path.join(home, path.basename(dist)));
    // `java` on the PATH records every command line it is started with, then runs the real Java.
    const shim = path.join(home, 'bin');
    await mkdir(shim);
    await writeFile(
      path.join(shim, 'java'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${path.join(home, 'java-command-lines.log')}'\nexec /usr/bin/env PATH='${process.env.PATH}' java "$@"\n`,
    );
    await chmod(path.join(shim, 'java'), 0o755);
    const [port, boltPort] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'RATE_LIMIT_PER_MINUTE']) delete env[k];
    app = spawn(process.execPath, ['--import', 'tsx', 'server/app/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...env,
        PATH: `${shim}:${process.env.PATH}`,
        NEO4J_HOME: home,
        NEO4J_BOLT_PORT: String(boltPort),
        NEO4J_HEAP: '768m',
        NEO4J_PAGECACHE: '128m',
        PORT: String(port),
        HOST: '127.0.0.1',
        SHUTDOWN_GRACE_MS: '30000',
        // As the other tests' databases: a cold Neo4j on a busy 2-core machine can take seconds over a first read.
        QUERY_TIMEOUT_MS: '30000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    app.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    app.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    await until(
      'the app to start',
      async () => output,
      (o) => /is running at/.test(o) || app.exitCode !== null,
      400_000,
    );
    if (app.exitCode !== null) throw new Error(`the app exited:\n${output}`);
  }, 420_000);

  afterAll(async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app.once('exit', r));
      app.kill('SIGINT');
      await Promise.race([exited, sleep(20_000)]);
      if (app.exitCode === null) app.kill('SIGKILL');
    }
    // Never leave this suite's Neo4j behind (it is in its own process group).
    try {
      process.kill(neo4jPid(), 'SIGKILL');
    } catch {
      // already gone
    }
    if (home) await rm(home, { recursive: true, force: true });
  }, 60_000);

  it("keeps the embedded Neo4j's folder owner-only and its password off every command line", async () => {
    const password = (await readFile(path.join(instanceDir(), 'password'), 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(16);
    const lines = await javaCommandLines();
    expect(lines).toMatch(/CommunityEntryPoint/);
    expect(lines).toMatch(/^@.*\.args$/m);
    expect(lines).not.toContain(password);
    expect(readFileSync(`/proc/${neo4jPid()}/cmdline`, 'utf8')).not.toContain(password);
    const mode = async (p: string) => (await stat(p)).mode & 0o777;
    expect(await mode(instanceDir())).toBe(0o700);
    expect(await mode(path.join(instanceDir(), 'data', 'dbms', 'auth.ini'))).toBe(0o600);
    for (const log of ['console.log', 'neo4j.log', 'debug.log'])
      expect((await mode(path.join(instanceDir(), 'logs', log))) & 0o077).toBe(0);
    // The argument file that carried the password is gone.
    const argsFile = lines.match(/^@(.*\.args)$/m)?.[1];
    expect(argsFile).toBeDefined();
    expect(existsSync(argsFile!)).toBe(false);
  });

  it('refuses the alias bomb (1,300 three-hop neighbourhoods, 98 KB) before running any of it, while a normal query stays fast', async () => {
    await post(NODE); // warm
    const bomb = `{${Array.from({ length: 1300 }, (_, i) => `a${i}:neighborhood(id:"population:gep-nen",depth:3,limit:1000){nodes{id}}`).join(' ')}}`;
    expect(bomb.length).toBeGreaterThan(90_000);
    const [refused, normal] = await Promise.all([post(bomb), sleep(5).then(() => post(NODE))]);
    expect(refused.status).toBe(400);
    expect(firstError(refused.body).extensions!.code).toBe('QUERY_TOO_COSTLY');
    expect(firstError(refused.body).message).toMatch(/1,300 aliased fields.*at most 30/);
    // Run, the bomb took 19 s and every pooled connection; refused before execution it costs a parse
    // and a walk of the document (tens of ms alone; the bound leaves room for a loaded 2-core machine).
    expect(refused.ms).toBeLessThan(1_500);
    expect(normal.body.data!.node.id).toBe('study:radiant-3');
    expect(normal.ms).toBeLessThan(2_000);
  });

  it('refuses a query over the cost budget before it runs, giving its cost and the budget', async () => {
    const four = `{${[1, 2, 3, 4].map((i) => `a${i}: neighborhood(id: "population:gep-nen", depth: 3, limit: 1000) { nodes { id } }`).join(' ')}}`;
    const refused = await post(four);
    expect(refused.status).toBe(400);
    expect(firstError(refused.body)).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY', budget: 10_000 } });
    expect(firstError(refused.body).message).toMatch(/would cost 1[23],\d{3} points; the budget is 10,000/);
    const one = await post('{ neighborhood(id: "population:gep-nen", depth: 3, limit: 1000) { nodes { id } } }');
    expect(one.body.data!.neighborhood.nodes.length).toBeGreaterThan(100);
  });

  it('fails fast while Neo4j is hung (SIGSTOP), /readyz within a second, and recovers after SIGCONT', async () => {
    // Green first (a previous test's load may still be draining on a busy machine).
    await until('/readyz before SIGSTOP', ready, (r) => r.status === 200, 30_000);
    const pid = neo4jPid();
    process.kill(pid, 'SIGSTOP');
    try {
      const readiness = await ready();
      expect(readiness.ms).toBeLessThan(1_000);
      expect(readiness.status).toBe(503);
      // The first request finds out (a stall, then two silent probes); it is told the database is at fault.
      const first = await post(NODE);
      expect(firstError(first.body).extensions!.code).toBe('DATABASE_UNAVAILABLE');
      expect(firstError(first.body).message).toMatch(/not at fault/);
      expect(first.ms).toBeLessThan(15_000);
      // From then on the circuit is open: requests and readiness are answered at once.
      const next = await post(NODE);
      expect(firstError(next.body).extensions!.code).toBe('DATABASE_UNAVAILABLE');
      expect(next.ms).toBeLessThan(1_000);
      const known = await ready();
      expect(known).toMatchObject({ status: 503, body: { neo4j: 'unreachable' } });
      expect(known.ms).toBeLessThan(1_000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await until('/readyz after SIGCONT', ready, (r) => r.status === 200, 30_000);
    expect((await post(NODE)).body.data!.node.id).toBe('study:radiant-3');
  }, 90_000);

  it('restarts a killed Neo4j and answers again without a restart of the app', async () => {
    const appPid = app.pid;
    const before = neo4jPid();
    process.kill(before, 'SIGKILL');
    const down = await until('/readyz to turn red', ready, (r) => r.status === 503, 10_000);
    expect(down.body).toMatchObject({ status: 'not ready' });
    const refused = await post(NODE);
    expect(firstError(refused.body).extensions!.code).toBe('DATABASE_UNAVAILABLE');
    await until('/readyz after the restart', ready, (r) => r.status === 200, 200_000);
    expect(neo4jPid()).not.toBe(before);
    expect(app.pid).toBe(appPid);
    expect(app.exitCode).toBeNull();
    expect((await post(NODE)).body.data!.node.id).toBe('study:radiant-3');
    expect(output).toMatch(/was killed by SIGKILL; restarting it in/);
    expect(output).toMatch(/Neo4j is back on/);
  }, 240_000);

  it('lets every request in flight finish on SIGTERM, then stops, refusing new connections', async () => {
    // A few hundred ms each when alone; sixteen at once keep the app busy for a second or more.
    const load = '{ neighborhood(id: "population:gep-nen", depth: 2, limit: 500) { nodes { id } edges { id } } }';
    expect((await post(load)).body.data!.neighborhood.nodes.length).toBeGreaterThan(100);
    // Sixteen connections opened and answered first, so every request below is sent on a socket the
    // app has accepted: what is measured is the drain, not the kernel's accept queue (a connection
    // still queued there when a server stops listening is reset, whatever the server does).
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const send = (method: 'GET' | 'POST', route: string, body?: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(
          `${url}${route}`,
          { method, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    await Promise.all(Array.from({ length: 16 }, () => send('GET', '/healthz')));
    const inFlight = Array.from({ length: 16 }, () =>
      send('POST', '/graphql', JSON.stringify({ query: load })).then(
        (a) => (JSON.parse(a.text) as Answer['body']).data?.neighborhood?.nodes.length ?? a.text,
        (e: NodeJS.ErrnoException) => `failed: ${e.code ?? e.message}`,
      ),
    );
    await sleep(300);
    const exited = new Promise<number | null>((r) => app.once('exit', (code) => r(code)));
    app.kill('SIGTERM');
    // The app says it stopped listening before a new connection is tried (on a busy machine the
    // signal handler may run a while after the signal).
    await until(
      'the app to stop listening',
      async () => output,
      (o) => /SIGTERM: no new requests/.test(o),
      20_000,
    );
    // A new connection (not one of the kept-alive ones, which are still served while draining).
    const after = await new Promise<string>((resolve) => {
      const req = request(`${url}/healthz`, { agent: false }, () => resolve('answered'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end();
    });
    const results = await Promise.all(inFlight);
    agent.destroy();
    expect(results.filter((r) => typeof r !== 'number')).toEqual([]);
    expect(results.every((n) => (n as number) > 100)).toBe(true);
    expect(after).toBe('ECONNREFUSED');
    expect(await exited).toBe(0);
  }, 90_000);
});
