/**
 * One Neo4j server process on 127.0.0.1: configured, given a generated password before its first
 * start, started with the same main class Neo4j's own launcher runs, awaited until Bolt answers,
 * supervised (restarted with backoff when it dies unexpectedly), and stopped with SIGTERM (Neo4j
 * shuts down cleanly on it). Its folder is the owner's alone (700, files 600: Java runs with umask
 * 077), and the password never appears on a command line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Neo4jPaths } from './paths.js';
import { recoverInterruptedSwap } from './swap-database.js';

export interface InstanceOptions {
  /** Folder of this instance: conf/, data/, logs/, run/, password. */
  dir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  transactionTimeout: string;
  /** How long to wait for Bolt before giving up. */
  startTimeoutMs?: number;
  /** Restart backoff: the first delay, doubled per failed restart up to the cap. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
}

/** What the supervisor saw: the server died (and why), or is answering again after a restart. */
export type SupervisorEvent = { type: 'exited'; reason: string } | { type: 'restarted'; afterMs: number };

export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  /** True when this call started the server (and so supervises it, and `stop` ends it). */
  owned: boolean;
  /** The server's process id now (a restart changes it); undefined when attached to another's. */
  pid(): number | undefined;
  /** Told when the supervised server exits unexpectedly and when it answers again. */
  onEvent(listener: (event: SupervisorEvent) => void): void;
  stop(): Promise<void>;
}

const USERNAME = 'neo4j';

/** How long a start may take before it is given up: minutes, not seconds, on a busy 2-core machine running several. */
const START_TIMEOUT_MS = 180_000;

/** JVM flags Neo4j 5.26's own launcher passes; the --add-opens matter on Java 17. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

function configText(o: InstanceOptions): string {
  const dir = (d: string) => path.join(o.dir, d);
  return [
    '# Written by runtime/neo4j/instance.ts on every start; edit the options there, not here.',
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${o.pageCache}`,
    `db.transaction.timeout=${o.transactionTimeout}`,
    'dbms.usage_report.enabled=false',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.plugins=${dir('plugins')}`,
    '',
  ].join('\n');
}

/**
 * Runs `java` with `args` and umask 077, so every file the JVM writes is the owner's alone. Java
 * itself has no umask setting; `sh` sets it and `exec`s Java in its place (same process id).
 */
function javaCommand(args: string[]): [string, string[]] {
  return ['sh', ['-c', 'umask 077 && exec java "$@"', 'java', ...args]];
}

/**
 * `set-initial-password` takes the password as an argument. Handed over in a Java argument file
 * (`java @file`, expanded by the launcher), it never appears in the process list; the file is
 * written owner-only and removed as soon as the command ends.
 */
async function passwordOf(dist: Neo4jPaths, o: InstanceOptions): Promise<string> {
  const file = path.join(o.dir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  // Hex, not base64url: a password starting with '-' is read by neo4j-admin as an option (1 start in 64 failed).
  const password = randomBytes(18).toString('hex');
  const argFile = path.join(o.dir, 'run', `set-initial-password-${process.pid}.args`);
  const quote = (a: string) => `"${a.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const args = [
    '-cp',
    `${dist.lib}/*`,
    'org.neo4j.cli.AdminTool',
    'dbms',
    'set-initial-password',
    password,
    '--require-password-change=false',
  ];
  await writeFile(argFile, args.map(quote).join('\n'), { mode: 0o600 });
  try {
    // Must run before the first start: it writes data/dbms/auth.ini, read when the system database is created.
    const [cmd, cmdArgs] = javaCommand([`@${argFile}`]);
    const r = spawnSync(cmd, cmdArgs, {
      env: { ...process.env, NEO4J_HOME: dist.distribution, NEO4J_CONF: path.join(o.dir, 'conf') },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`neo4j-admin set-initial-password failed: ${r.stderr || r.stdout}`);
  } finally {
    await rm(argFile, { force: true });
  }
  await writeFile(file, password, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/**
 * The instance folder and its sub-folders owner-only (700). Folders made before this rule, and the
 * files Neo4j wrote in them with the default umask (auth.ini, logs), are tightened too.
 */
async function makeOwnerOnly(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  for (const d of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    await mkdir(path.join(dir, d), { recursive: true, mode: 0o700 });
    await chmod(path.join(dir, d), 0o700);
  }
  const tighten = async (folder: string) => {
    for (const f of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      if (f.isFile()) await chmod(path.join(folder, f.name), 0o600);
    }
  };
  await tighten(path.join(dir, 'data', 'dbms'));
  await tighten(path.join(dir, 'logs'));
}

async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForBolt(
  uri: string,
  password: string,
  child: ChildProcess | undefined,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(
        `Neo4j ${exitReason(child.exitCode, child.signalCode)} while starting. Its log (${logFile}) ends:\n${log.slice(-3000)}`,
      );
    }
    const driver = neo4j.driver(uri, neo4j.auth.basic(USERNAME, password), { connectionTimeout: 2000 });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (e) {
      lastError = e;
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s: ${String(lastError)}`);
}

const exitReason = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `was killed by ${signal}` : `exited with code ${code}`;

/** The process id of the instance's server when one is running (started by this or another process), else undefined. */
export async function runningServerPid(dir: string): Promise<number | undefined> {
  const pid = Number(await readFile(path.join(dir, 'run', 'app.pid'), 'utf8').catch(() => ''));
  return pid && (await isAlive(pid)) ? pid : undefined;
}

/**
 * Starts the instance, or attaches to it when its recorded process is still running (a second
 * `npm run seed` beside `npm start`): an attached server is left running by `stop` and is not
 * supervised. A started server is: when it exits without `stop` (killed, crashed), it is started
 * again after 1 s, then 2 s, 4 s ... up to 30 s between tries, each logged with the reason, until
 * it answers; the delay starts over once it has stayed up a minute.
 */
export async function startNeo4j(dist: Neo4jPaths, o: InstanceOptions, log: (line: string) => void): Promise<RunningNeo4j> {
  await makeOwnerOnly(o.dir);
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const pidFile = path.join(o.dir, 'run', 'app.pid');
  const password = existsSync(path.join(o.dir, 'password')) ? await passwordOf(dist, o) : undefined;
  if (password && existsSync(pidFile)) {
    const pid = Number(await readFile(pidFile, 'utf8'));
    if (pid && (await isAlive(pid))) {
      await waitForBolt(uri, password, undefined, o.startTimeoutMs ?? START_TIMEOUT_MS, path.join(o.dir, 'logs', 'console.log'));
      log(`Using the Neo4j already running on ${uri} (pid ${pid}).`);
      return { uri, username: USERNAME, password, owned: false, pid: () => undefined, onEvent: () => {}, stop: async () => {} };
    }
  }
  if ((await recoverInterruptedSwap(o.dir)) === 'restored') log('Restored the database an interrupted bulk import had moved aside.');
  await writeFile(path.join(o.dir, 'conf', 'neo4j.conf'), configText(o), { mode: 0o600 });
  const pw = password ?? (await passwordOf(dist, o));
  const logFile = path.join(o.dir, 'logs', 'console.log');
  const startTimeoutMs = o.startTimeoutMs ?? START_TIMEOUT_MS;

  const spawnServer = async (): Promise<ChildProcess> => {
    const out = openSync(logFile, 'a', 0o600);
    const [cmd, args] = javaCommand([
      `-Xms${o.heap}`,
      `-Xmx${o.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${path.join(o.dir, 'plugins')}/*:${dist.lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${dist.distribution}`,
      `--config-dir=${path.join(o.dir, 'conf')}`,
      '--console-mode',
    ]);
    const child = spawn(cmd, args, {
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: dist.distribution, NEO4J_CONF: path.join(o.dir, 'conf') },
      // Its own process group: Ctrl-C reaches the app, which closes HTTP and the driver first and
      // then stops Neo4j, instead of Neo4j dying under open connections.
      detached: true,
    });
    closeSync(out);
    await writeFile(pidFile, String(child.pid), { mode: 0o600 });
    return child;
  };

  let child = await spawnServer();
  let stopping = false;
  const listeners: ((e: SupervisorEvent) => void)[] = [];
  const emit = (e: SupervisorEvent) => listeners.forEach((l) => l(e));
  // If this process dies without calling stop (an uncaught error), take the server down with it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  log(`Starting Neo4j on ${uri} (log: ${path.relative(process.cwd(), logFile)})…`);
  try {
    await waitForBolt(uri, pw, child, startTimeoutMs, logFile);
  } catch (e) {
    child.kill('SIGKILL');
    process.removeListener('exit', killOnExit);
    throw e;
  }

  const firstDelay = o.restartDelayMs ?? 1_000;
  const maxDelay = o.maxRestartDelayMs ?? 30_000;
  let delay = firstDelay;
  let upSince = Date.now();
  let restartTimer: NodeJS.Timeout | undefined;

  /** When the server first went down in the current run of failures. */
  let downSince: number | undefined;

  const restart = async (): Promise<void> => {
    if (stopping) return;
    child = await spawnServer();
    supervise(child);
    try {
      await waitForBolt(uri, pw, child, startTimeoutMs, logFile);
    } catch (e) {
      if (stopping) return;
      log(`Neo4j did not come back: ${String(e).split('\n')[0]}`);
      // Its exit (now, or after this kill) schedules the next try with a longer delay.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return;
    }
    if (stopping) return;
    upSince = Date.now();
    const afterMs = Date.now() - (downSince ?? Date.now());
    downSince = undefined;
    log(`Neo4j is back on ${uri} (pid ${child.pid}), ${Math.round(afterMs / 100) / 10} s after it stopped.`);
    emit({ type: 'restarted', afterMs });
  };

  function supervise(c: ChildProcess): void {
    c.once('exit', (code, signal) => {
      if (stopping) return;
      // A server that stayed up a minute starts the backoff over; one that keeps dying waits longer each time.
      if (downSince === undefined && Date.now() - upSince > 60_000) delay = firstDelay;
      downSince ??= Date.now();
      const reason = `Neo4j (pid ${c.pid}) ${exitReason(code, signal)}`;
      log(`${reason}; restarting it in ${delay / 1000} s (its log: ${logFile}).`);
      emit({ type: 'exited', reason });
      restartTimer = setTimeout(() => void restart(), delay);
      delay = Math.min(delay * 2, maxDelay);
    });
  }
  supervise(child);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      clearTimeout(restartTimer);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener('exit', killOnExit);
    })());
  return {
    uri,
    username: USERNAME,
    password: pw,
    owned: true,
    pid: () => child.pid,
    onEvent: (listener) => void listeners.push(listener),
    stop,
  };
}
