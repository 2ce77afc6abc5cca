/**
 * One Neo4j server process on 127.0.0.1: configured, given a generated password before its first
 * start, started with the same main class Neo4j's own launcher runs, awaited until Bolt answers,
 * and stopped with SIGTERM (Neo4j shuts down cleanly on it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Neo4jPaths } from './paths.js';

export interface InstanceOptions {
  /** Folder of this instance: conf/, data/, logs/, run/, password. */
  dir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  transactionTimeout: string;
  /** How long to wait for Bolt before giving up. */
  startTimeoutMs?: number;
}

export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  /** True when this call started the server (and so `stop` ends it). */
  owned: boolean;
  stop(): Promise<void>;
}

const USERNAME = 'neo4j';

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

async function passwordOf(dist: Neo4jPaths, o: InstanceOptions): Promise<string> {
  const file = path.join(o.dir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  // Must run before the first start: it writes data/dbms/auth.ini, read when the system database is created.
  const r = spawnSync(
    'java',
    ['-cp', `${dist.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password, '--require-password-change=false'],
    { env: { ...process.env, NEO4J_HOME: dist.distribution, NEO4J_CONF: path.join(o.dir, 'conf') }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`neo4j-admin set-initial-password failed: ${r.stderr || r.stdout}`);
  await writeFile(file, password, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
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
    if (child && child.exitCode !== null) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`Neo4j exited with code ${child.exitCode} while starting. Its log (${logFile}) ends:\n${log.slice(-3000)}`);
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

/**
 * Starts the instance, or attaches to it when its recorded process is still running (a second
 * `npm run seed` beside `npm start`): an attached server is left running by `stop`.
 */
export async function startNeo4j(dist: Neo4jPaths, o: InstanceOptions, log: (line: string) => void): Promise<RunningNeo4j> {
  for (const d of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) await mkdir(path.join(o.dir, d), { recursive: true });
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const pidFile = path.join(o.dir, 'run', 'app.pid');
  const password = existsSync(path.join(o.dir, 'password')) ? await passwordOf(dist, o) : undefined;
  if (password && existsSync(pidFile)) {
    const pid = Number(await readFile(pidFile, 'utf8'));
    if (pid && (await isAlive(pid))) {
      await waitForBolt(uri, password, undefined, o.startTimeoutMs ?? 90_000, path.join(o.dir, 'logs', 'console.log'));
      log(`Using the Neo4j already running on ${uri} (pid ${pid}).`);
      return { uri, username: USERNAME, password, owned: false, stop: async () => {} };
    }
  }
  await writeFile(path.join(o.dir, 'conf', 'neo4j.conf'), configText(o));
  const pw = password ?? (await passwordOf(dist, o));
  const logFile = path.join(o.dir, 'logs', 'console.log');
  const out = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${o.heap}`,
      `-Xmx${o.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${path.join(o.dir, 'plugins')}/*:${dist.lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${dist.distribution}`,
      `--config-dir=${path.join(o.dir, 'conf')}`,
      '--console-mode',
    ],
    {
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: dist.distribution, NEO4J_CONF: path.join(o.dir, 'conf') },
      // Its own process group: Ctrl-C reaches the app, which closes HTTP and the driver first and
      // then stops Neo4j, instead of Neo4j dying under open connections.
      detached: true,
    },
  );
  await writeFile(pidFile, String(child.pid));
  // If this process dies without calling stop (an uncaught error), take the server down with it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  log(`Starting Neo4j on ${uri} (log: ${path.relative(process.cwd(), logFile)})…`);
  try {
    await waitForBolt(uri, pw, child, o.startTimeoutMs ?? 90_000, logFile);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener('exit', killOnExit);
    })());
  return { uri, username: USERNAME, password: pw, owned: true, stop };
}
