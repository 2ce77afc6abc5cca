/**
 * `npm run import:ctgov` against the real Neo4j: good records load and broken ones are named, a
 * re-import changes nothing, the review and the registry reload without touching each other, and
 * the --query and zip paths read every record. Only synthetic records (NCT999999xx) are added, and
 * they are removed at the end; the --query pages hold shipped records, which load unchanged.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/test-app.js';
import type { Database } from '../../runtime/db/database.js';
import { readConfig } from '../../runtime/config.js';
import { runImport, type ImportIo } from '../../seed/src/ctgov/import-command.js';
import { prepareRegistry } from '../../seed/src/ctgov/pipeline.js';
import { readRecords } from '../../seed/src/ctgov/read-records.js';
import { readVocabulary } from '../../seed/src/ctgov/resolve.js';
import { registrySource } from '../../seed/src/ctgov/plan-records.js';
import { PlanBuilder } from '../../seed/src/plan/plan-builder.js';
import { prepareSeed } from '../../seed/src/review/pipeline.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';
import { loadPlan } from '../../seed/src/write/write-graph.js';
import { REGISTRY_SOURCE_ID, registryOwnerOf } from '../../kernel/sources.js';
import { SOURCE_LOAD_LABEL } from '../../kernel/vocabulary.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ctgov');
const RECORDS = path.join(FIXTURES, 'records');
const SYNTHETIC = ['NCT99999901', 'NCT99999902', 'NCT99999903'].map(registryOwnerOf);

const OWNED_NODES = `
  MATCH (n:Entity) WHERE any(o IN n.owners WHERE o IN $owners)
  RETURN n.id AS id, properties(n) AS props ORDER BY id`;
const OWNED_RELATIONSHIPS = `
  MATCH (a)-[r]->(b) WHERE any(o IN r.owners WHERE o IN $owners)
  RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY key`;
const REVIEW_COUNTS = `
  CALL { MATCH (n:Entity) WHERE 'review' IN n.owners RETURN count(n) AS nodes }
  CALL { MATCH ()-[r]->() WHERE 'review' IN r.owners RETURN count(r) AS relationships }
  RETURN nodes, relationships`;
const REVIEW_NODE = 'MATCH (n:Entity {id: $id}) RETURN properties(n) AS props';

let db: Database;

async function snapshot(owners: string[]) {
  return {
    nodes: await db.read('test.ctgov.ownedNodes', OWNED_NODES, { owners }),
    relationships: await db.read('test.ctgov.ownedRelationships', OWNED_RELATIONSHIPS, { owners }),
  };
}

/** A plan with the synthetic records' scopes and no rows: removes everything they own. */
async function removeSynthetic() {
  await loadPlan(db, new PlanBuilder(REGISTRY_SOURCE_ID).build(registrySource(), SYNTHETIC, 'ctgov:test-cleanup'), { force: true });
  await db.writeTransaction('test.ctgov.cleanup', (run) =>
    run(`MATCH (l:${SOURCE_LOAD_LABEL}) WHERE l.id IN $ids DELETE l`, { ids: ['ctgov:test-cleanup', 'ctgov:import'] }),
  );
}

function io(lines: string[], config: Partial<ImportIo['config']> = {}): ImportIo {
  return { db, config: { ...readConfig(), ...config }, out: (l) => lines.push(l), err: (l) => lines.push(l) };
}

const importPath = (p: string, lines: string[] = []) => runImport({ source: { path: p }, check: false }, io(lines));

beforeAll(async () => {
  db = testDatabase();
  await removeSynthetic();
});
afterAll(async () => {
  await removeSynthetic();
  expect((await snapshot(SYNTHETIC)).nodes).toEqual([]);
  await db?.close();
});

describe('importing registry records', () => {
  it('loads the good records of a folder, names each broken one and exits 1', async () => {
    const lines: string[] = [];
    const report = await importPath(RECORDS, lines);
    expect(report.exitCode).toBe(1);
    expect(report.written).toBe(true);
    expect(report.prepared!.counts).toEqual({ read: 5, accepted: 2, rejected: 3 });
    expect(lines).toContain(`Read 5 records from ${RECORDS}: 2 accepted, 3 rejected.`);
    expect(lines).toContain('3 records were rejected; nothing of them is written. 3 problems:');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /broken-no-nct\.json record 1 protocolSection\.identificationModule\.nctId: missing: every record needs its NCT number$/,
        ),
        expect.stringMatching(/broken-not-json\.json record 1: not JSON: /),
        expect.stringMatching(
          /NCT99999903\.json NCT99999903 protocolSection\.designModule\.enrollmentInfo\.count: Invalid input: expected number, received string$/,
        ),
      ]),
    );

    const [study] = await db.read(
      'test.ctgov.study',
      'MATCH (s:Study {id: $id}) RETURN s.name AS name, s.enrolled AS enrolled, s.owners AS owners',
      { id: 'study:nct99999901' },
    );
    expect(study).toEqual({ name: 'NCT99999901: SYNTH-1', enrolled: 120, owners: ['ctgov:NCT99999901'] });
    const [pfs] = await db.read(
      'test.ctgov.result',
      `MATCH (a:Arm)-[:REPORTED]->(r:Result {id: $id})-[:OF_ENDPOINT]->(e:Endpoint)
       RETURN a.id AS arm, e.id AS endpoint, r.value AS value, r.ciLow AS ciLow, r.ciHigh AS ciHigh, r.unit AS unit, r.quote AS quote`,
      { id: 'result:nct99999901-om0-og000' },
    );
    expect(pfs).toEqual({
      arm: 'arm:nct99999901-synthdrug-a-10-mg',
      endpoint: 'endpoint:pfs',
      value: 11.4,
      ciLow: 10.8,
      ciHigh: 14.8,
      unit: 'months',
      quote: 'Progression-Free Survival (PFS) — Synthdrug A 10 mg: 11.4 months (95% CI 10.8 to 14.8)',
    });
    const roles = await db.read(
      'test.ctgov.compares',
      'MATCH (:Result {id: $id})-[c:COMPARES]->(a:Arm) RETURN a.id AS arm, c.role AS role ORDER BY role',
      {
        id: 'result:nct99999901-om0-a0',
      },
    );
    expect(roles).toEqual([
      { arm: 'arm:nct99999901-matching-placebo', role: 'control' },
      { arm: 'arm:nct99999901-synthdrug-a-10-mg', role: 'treatment' },
    ]);
    const received = await db.read(
      'test.ctgov.received',
      'MATCH (:Arm {id: $id})-[:RECEIVED]->(i:Intervention) RETURN i.id AS id, i.owners AS owners',
      { id: 'arm:nct99999902-cohort-1' },
    );
    expect(received).toEqual([{ id: 'intervention:everolimus', owners: ['review'] }]);
    expect(
      await db.read('test.ctgov.rejected', 'MATCH (n:Entity) WHERE $owner IN n.owners OR n.id = $id RETURN n.id AS id', {
        owner: 'ctgov:NCT99999903',
        id: 'study:nct99999903',
      }),
    ).toEqual([]);
  });

  it('changes nothing when the same records are imported again', async () => {
    const before = await snapshot(SYNTHETIC);
    // The records' own nodes; the registry-only vocabulary they declare is owned by `ctgov` as a whole.
    expect(before.nodes.length).toBe(19);
    const report = await importPath(RECORDS);
    expect(report.exitCode).toBe(1);
    expect(await snapshot(SYNTHETIC)).toEqual(before);
  });

  it('leaves the registry records whole when the review is reloaded', async () => {
    const before = await snapshot(SYNTHETIC);
    const { plan } = await prepareSeed(DEFAULT_DATA_DIR);
    await loadPlan(db, plan, { force: true });
    expect(await snapshot(SYNTHETIC)).toEqual(before);
    const [everolimus] = await db.read(
      'test.ctgov.usedBy',
      'MATCH (n:Intervention {id: $id}) RETURN n.owners AS owners, n.usedBy AS usedBy',
      { id: 'intervention:everolimus' },
    );
    expect(everolimus).toBeDefined();
    expect(everolimus!.owners).toEqual(['review']);
    expect(everolimus!.usedBy).toEqual(['ctgov']);
  });

  it("leaves the review's nodes, relationships and words as they were", async () => {
    await removeSynthetic();
    const counts = await db.read('test.ctgov.reviewCounts', REVIEW_COUNTS);
    const words = async (id: string) => {
      const [node] = await db.read<{ props: Record<string, unknown> }>('test.ctgov.reviewNode', REVIEW_NODE, { id });
      expect(node, id).toBeDefined();
      const { usedBy: _usedBy, ...rest } = node!.props;
      return rest;
    };
    const everolimus = await words('intervention:everolimus');
    const panNet = await words('population:pan-net');
    await importPath(RECORDS);
    expect(await db.read('test.ctgov.reviewCounts', REVIEW_COUNTS)).toEqual(counts);
    expect(await words('intervention:everolimus')).toEqual(everolimus);
    expect(await words('population:pan-net')).toEqual(panNet);
  });

  it('leaves the graph as it was when the write fails', async () => {
    const before = await snapshot(SYNTHETIC);
    const vocabulary = await readVocabulary(db);
    // A vocabulary naming a node the graph does not hold: the writer refuses the plan inside its transaction.
    const broken = {
      ...vocabulary,
      interventions: [...vocabulary.interventions, { id: 'intervention:not-in-the-graph', name: 'Synthdrug A', aliases: [] }],
    };
    const { plan } = await prepareRegistry(readRecords(RECORDS), { vocabulary: broken, links: [], loadId: 'ctgov:import' });
    await expect(loadPlan(db, plan, { force: true })).rejects.toThrow(/intervention:not-in-the-graph/);
    expect(await snapshot(SYNTHETIC)).toEqual(before);
  });
});

describe('importing from the ClinicalTrials.gov API', () => {
  let server: Server;
  let base: string;
  const asked: URL[] = [];

  beforeAll(async () => {
    const pages = [
      await readFile(path.join(FIXTURES, 'pages/page-1.json'), 'utf8'),
      await readFile(path.join(FIXTURES, 'pages/page-2.json'), 'utf8'),
    ];
    const token = (JSON.parse(pages[0]!) as { nextPageToken: string }).nextPageToken;
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      asked.push(url);
      if (url.pathname !== '/api/v2/studies') {
        res.writeHead(404).end();
        return;
      }
      const page = url.searchParams.get('pageToken') === token ? pages[1] : url.searchParams.has('pageToken') ? undefined : pages[0];
      if (!page) res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"bad pageToken"}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('pages through the search with pageToken until no next page, and loads every record', async () => {
    const lines: string[] = [];
    const report = await runImport({ source: { query: 'neuroendocrine tumor' }, check: false }, io(lines, { ctgovApiUrl: base }));
    expect(report.exitCode).toBe(0);
    expect(report.prepared!.counts).toEqual({ read: 5, accepted: 5, rejected: 0 });
    expect(asked.map((u) => [u.searchParams.get('query.term'), u.searchParams.get('pageSize'), u.searchParams.get('pageToken')])).toEqual([
      ['neuroendocrine tumor', '100', null],
      ['neuroendocrine tumor', '100', 'ZVNj7o2Elu8o3lpoWsJ-pH3VqbY'],
    ]);
    const linked = await db.read(
      'test.ctgov.linked',
      'MATCH (r:Study)-[l:REGISTERED_AS]->(s:Study {nct: $nct}) RETURN r.id AS review, l.reason AS reason',
      { nct: 'NCT00510068' },
    );
    expect(linked).toEqual([{ review: 'study:radiant-3', reason: 'ACRONYM' }]);
  });

  it('says plainly that the API cannot be reached, and writes nothing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const lines: string[] = [];
    const report = await runImport({ source: { query: 'anything' }, check: false }, io(lines, { ctgovApiUrl: `http://127.0.0.1:${port}` }));
    expect(report).toMatchObject({ exitCode: 1, written: false });
    expect(lines[0]).toMatch(
      new RegExp(
        `^Cannot reach the ClinicalTrials.gov API at http://127.0.0.1:${port} \\(ECONNREFUSED\\)\\. This machine may have no internet access`,
      ),
    );
  });
});

describe('importing a zip of records', () => {
  it('reads every record of the archive, one entry at a time', async () => {
    await removeSynthetic();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nen-ctgov-zip-'));
    try {
      const file = path.join(dir, 'ctg-studies.json.zip');
      const zip = new yazl.ZipFile();
      zip.addFile(path.join(RECORDS, 'NCT99999901.json'), 'NCT9999/NCT99999901.json');
      zip.addFile(path.join(RECORDS, 'NCT99999902.json'), 'NCT9999/NCT99999902.json');
      zip.addFile(path.join(RECORDS, 'NCT99999903.json'), 'NCT9999/NCT99999903.json');
      zip.addBuffer(Buffer.from('not a record'), 'README.txt');
      zip.end();
      await new Promise((resolve, reject) =>
        zip.outputStream
          .pipe(createWriteStream(file))
          .on('close', () => resolve(undefined))
          .on('error', reject),
      );

      const lines: string[] = [];
      const report = await importPath(file, lines);
      expect(report.prepared!.counts).toEqual({ read: 3, accepted: 2, rejected: 1 });
      expect(lines).toContain(
        `  ${path.relative(process.cwd(), file)}!/NCT9999/NCT99999903.json NCT99999903 protocolSection.designModule.enrollmentInfo.count: Invalid input: expected number, received string`,
      );
      const studies = await db.read('test.ctgov.zipStudies', 'MATCH (s:Study) WHERE s.id IN $ids RETURN s.id AS id ORDER BY id', {
        ids: ['study:nct99999901', 'study:nct99999902'],
      });
      expect(studies).toEqual([{ id: 'study:nct99999901' }, { id: 'study:nct99999902' }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
