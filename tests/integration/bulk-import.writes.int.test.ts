/**
 * `npm run import:ctgov -- <records> --bulk`, the first load of a large registry through Neo4j's
 * bulk importer, against the chunked Cypher importer on the same records: both must leave the
 * same graph (every node's labels and properties, every relationship, every index), including a
 * shipped record the import brings again (it replaces the shipped one) and a rejected record
 * (left out, reported). The bulk command runs as a user runs it, in its own process, on an
 * embedded Neo4j of this suite's own (its own NEO4J_HOME, a free port); the shared test Neo4j is
 * never touched. Skipped with NEO4J_URI (there is no embedded server to swap a database into).
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../runtime/config.js';
import { createDatabase } from '../../runtime/db/database.js';
import { freePort } from '../../runtime/neo4j/free-port.js';
import { startNeo4j, type RunningNeo4j } from '../../runtime/neo4j/instance.js';
import { distributionPaths, PROJECT_ROOT } from '../../runtime/neo4j/paths.js';
import { runImport } from '../../seed/src/ctgov/import-command.js';
import { loadSources, prepareDefaultSources } from '../../seed/src/load/default-sources.js';
import { writeSyntheticRegistry } from '../../seed/src/synthetic/write-registry.js';

const config = readConfig();
const SYNTHETIC = 300;
const SHIPPED_AGAIN = 'NCT00171873';

interface GraphDump {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; props: Record<string, unknown> }[];
  indexes: string[];
}

const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

async function dumpGraph(neo: RunningNeo4j): Promise<GraphDump> {
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
  try {
    const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id');
    const rels = await driver.executeQuery(
      'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY r.key, from, to',
    );
    const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name ORDER BY name");
    return {
      nodes: nodes.records.map((r) => {
        // When a load was written is the one property two loads of the same data never share.
        const { loadedAt: _when, ...props } = r.get('props') as Record<string, unknown>;
        return { labels: [...(r.get('labels') as string[])].sort(), props: sorted(props) };
      }),
      relationships: rels.records.map((r) => ({
        from: r.get('from'),
        type: r.get('type'),
        to: r.get('to'),
        props: sorted(r.get('props')),
      })),
      indexes: indexes.records.map((r) => r.get('name') as string),
    };
  } finally {
    await driver.close();
  }
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/src/ctgov/import-cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!!config.external)('a first load through the bulk importer', () => {
  let home: string;
  let records: string;
  let env: NodeJS.ProcessEnv;
  let options: Parameters<typeof startNeo4j>[1];
  let neo: RunningNeo4j | undefined;
  let chunked: GraphDump;
  const dist = distributionPaths(config.embedded.home);
  const start = async () => (neo = await startNeo4j(dist, options, () => {}));

  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'nen-bulk-'));
    await symlink(dist.distribution, path.join(home, path.basename(dist.distribution)));
    records = path.join(home, 'records');
    await writeSyntheticRegistry({ studies: SYNTHETIC, seed: 7, out: records });
    await copyFile(path.join(config.registryDataDir, `${SHIPPED_AGAIN}.json`), path.join(records, `${SHIPPED_AGAIN}.json`));
    await writeFile(path.join(records, 'NCT99999999.json'), JSON.stringify({ protocolSection: { identificationModule: {} } }));
    const boltPort = await freePort();
    options = { dir: path.join(home, 'instances', 'app'), boltPort, heap: '768m', pageCache: '128m', transactionTimeout: '120s' };
    const base: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD']) delete base[k];
    env = {
      ...base,
      NEO4J_HOME: home,
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HEAP: '768m',
      NEO4J_PAGECACHE: '128m',
      QUERY_TIMEOUT_MS: '30000',
    };

    // The chunked importer's graph: the default sources, then the records, as `npm start` and `npm run import:ctgov` write them.
    const running = await start();
    const db = createDatabase({
      uri: running.uri,
      username: running.username,
      password: running.password,
      database: 'neo4j',
      queryTimeoutMs: 60_000,
    });
    try {
      const { plans } = await prepareDefaultSources({ reviewDir: config.seedDataDir, registryDir: config.registryDataDir });
      await loadSources(db, plans, { force: true });
      const report = await runImport({ source: { path: records }, check: false, batch: 100 }, { db, config, out: () => {}, err: () => {} });
      expect(report.prepared?.counts).toEqual({ read: SYNTHETIC + 2, accepted: SYNTHETIC + 1, rejected: 1 });
    } finally {
      await db.close();
    }
    chunked = await dumpGraph(running);
  });

  afterAll(async () => {
    await neo?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('is refused while the embedded Neo4j runs, and changes nothing', async () => {
    const { code, output } = await runCli([records, '--bulk'], env);
    expect(code).toBe(1);
    expect(output).toMatch(/The embedded Neo4j is running \(pid \d+, started by `npm start`\?\)\. Stop it first/);
    expect((await dumpGraph(neo!)).nodes.length).toBe(chunked.nodes.length);
  });

  it('leaves the same graph the chunked importer leaves, reporting the rejected record', async () => {
    await neo!.stop();
    // The same chunks as the chunked import: a registry-only node several records declare keeps the
    // last chunk's properties in both importers (two outcome titles differing only in case share an endpoint id).
    const { code, output } = await runCli([records, '--bulk', '--batch', '100'], env);
    // Exit 1: one record was rejected; the others are loaded.
    expect(code, output).toBe(1);
    expect(output).toContain(`Read ${SYNTHETIC + 2} records from ${records}: ${SYNTHETIC + 1} accepted, 1 rejected.`);
    expect(output).toMatch(/NCT99999999\.json.*nctId/);
    expect(output).toMatch(/Loaded 301 accepted records beside the default sources in [\d.]+ s\./);

    await start();
    const bulk = await dumpGraph(neo!);
    const studies = (d: GraphDump) => d.nodes.filter((n) => n.labels.includes('Study')).length;
    expect(studies(bulk)).toBe(studies(chunked));
    expect(studies(bulk)).toBeGreaterThan(SYNTHETIC + 131);
    expect(bulk.relationships.length).toBe(chunked.relationships.length);
    expect(bulk.indexes).toEqual(chunked.indexes);
    // The shipped record brought again is the import's: owned by its record, not twice.
    const shipped = bulk.nodes.find((n) => n.props.nct === SHIPPED_AGAIN && n.labels.includes('Study'));
    expect(shipped?.props.owners).toEqual([`ctgov:${SHIPPED_AGAIN}`]);
    expect(bulk).toEqual(chunked);
  });

  it('puts the served database back when a swap was interrupted before the new one moved in', async () => {
    await neo!.stop();
    // A swap's first step, alone: the served store moved aside.
    for (const d of ['databases', 'transactions'])
      await rename(path.join(options.dir, 'data', d, 'neo4j'), path.join(options.dir, 'data', d, 'neo4j-previous'));
    await start();
    expect((await dumpGraph(neo!)).nodes.length).toBe(chunked.nodes.length);
  });
});
