/** Reading and validating registry records: one at a time, each problem named by file, entry and field path; and the import command line. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords, recordsOfText, type RawRecord } from '../../seed/src/ctgov/read-records.js';
import { validateRecord } from '../../seed/src/ctgov/validate-record.js';
import { parseImportArgs, UsageError } from '../../seed/src/ctgov/import-command.js';
import { searchPageUrl } from '../../seed/src/ctgov/api-pages.js';
import { DEFAULT_REGISTRY_DIR } from '../../seed/src/ctgov/registry-dir.js';
import { formatProblem } from '../../seed/src/validate/problem.js';
import { ConfigError, readConfig } from '../../runtime/config.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ctgov');

async function collect(input: string): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of readRecords(input)) out.push(r);
  return out;
}

describe('reading registry records', () => {
  it('reads a folder recursively in name order, one record per file', async () => {
    const records = await collect(path.join(FIXTURES, 'records'));
    expect(records.map((r) => path.basename(r.file))).toEqual([
      'broken-no-nct.json',
      'broken-not-json.json',
      'NCT99999901.json',
      'NCT99999902.json',
      'NCT99999903.json',
    ]);
  });

  it('reads a search page as one record per study, numbered from 1', async () => {
    const records = await collect(path.join(FIXTURES, 'pages/page-1.json'));
    expect(records.map((r) => [r.position, (r.value as any).protocolSection.identificationModule.nctId])).toEqual([
      [1, 'NCT00510068'],
      [2, 'NCT00171873'],
      [3, 'NCT01578239'],
    ]);
  });

  it('reads a JSON array as its elements and a lone study as itself', () => {
    expect([...recordsOfText('a.json', '[{"x":1},{"x":2}]')].map((r) => r.value)).toEqual([{ x: 1 }, { x: 2 }]);
    expect([...recordsOfText('b.json', '{"protocolSection":{}}')]).toEqual([
      { file: 'b.json', position: 1, value: { protocolSection: {} } },
    ]);
  });

  it('accepts every record shipped with the project', async () => {
    const records = await collect(DEFAULT_REGISTRY_DIR);
    const manifests = await readdir(path.join(path.dirname(DEFAULT_REGISTRY_DIR), 'manifest'));
    expect(records).toHaveLength(manifests.length);
    const problems = records.flatMap((r) => {
      const check = validateRecord(r);
      return check.ok ? [] : check.problems.map(formatProblem);
    });
    expect(problems).toEqual([]);
  });
});

describe('validating registry records', () => {
  it('names file, entry and field path of every broken record', async () => {
    const records = await collect(path.join(FIXTURES, 'records'));
    const problems = records.flatMap((r) => {
      const check = validateRecord(r);
      return check.ok ? [] : check.problems;
    });
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/broken-no-nct\.json$/),
        entry: 'record 1',
        field: 'protocolSection.identificationModule.nctId',
        message: 'missing: every record needs its NCT number',
      },
      { file: expect.stringMatching(/broken-not-json\.json$/), entry: 'record 1', message: expect.stringMatching(/^not JSON: /) },
      {
        file: expect.stringMatching(/NCT99999903\.json$/),
        entry: 'NCT99999903',
        field: 'protocolSection.designModule.enrollmentInfo.count',
        message: 'Invalid input: expected number, received string',
      },
    ]);
  });

  it('names the list positions of a field inside arrays, and the record by its place in a page', () => {
    const page = JSON.stringify({
      studies: [
        { protocolSection: { identificationModule: { nctId: 'NCT99999908' } } },
        {
          protocolSection: {
            identificationModule: { nctId: 'NCT99999909' },
            armsInterventionsModule: { armGroups: [{ label: 'A' }, { label: 7 }] },
          },
        },
        { protocolSection: { identificationModule: { nctId: 'NCT123' } } },
        'not a record',
      ],
    });
    const checks = [...recordsOfText('page.json', page)].map(validateRecord);
    expect(checks[0]?.ok).toBe(true);
    expect(checks.slice(1).map((c) => (c.ok ? [] : c.problems.map(formatProblem)))).toEqual([
      ['page.json NCT99999909 protocolSection.armsInterventionsModule.armGroups[1].label: Invalid input: expected string, received number'],
      ['page.json record 3 protocolSection.identificationModule.nctId: must be an NCT number: NCT followed by 8 digits'],
      ['page.json record 4: not a study record: expected an object with a protocolSection'],
    ]);
  });
});

describe('the import command line', () => {
  it('takes one path, or --query with its terms', () => {
    expect(parseImportArgs(['seed/registry/records'])).toEqual({
      source: { path: 'seed/registry/records' },
      check: false,
      batch: 500,
      bulk: false,
    });
    expect(parseImportArgs(['--query', 'neuroendocrine everolimus'])).toEqual({
      source: { query: 'neuroendocrine everolimus' },
      check: false,
      batch: 500,
      bulk: false,
    });
    expect(parseImportArgs(['--query=lanreotide', '--check'])).toEqual({
      source: { query: 'lanreotide' },
      check: true,
      batch: 500,
      bulk: false,
    });
  });

  it('takes the records per transaction from --batch and refuses a batch that is no positive whole number', () => {
    expect(parseImportArgs(['r.zip', '--batch', '2000']).batch).toBe(2000);
    expect(parseImportArgs(['--batch=50', 'r.zip']).batch).toBe(50);
    expect(() => parseImportArgs(['r.zip', '--batch', '0'])).toThrow(/--batch needs a whole number of records above 0, not 0/);
    expect(() => parseImportArgs(['r.zip', '--batch', '2.5'])).toThrow(/not 2\.5/);
    expect(() => parseImportArgs(['r.zip', '--batch'])).toThrow(/not nothing/);
  });

  it('refuses nothing to import, two sources and unknown options', () => {
    expect(() => parseImportArgs([])).toThrow(UsageError);
    expect(() => parseImportArgs(['a.json', '--query', 'x'])).toThrow(/either a path or --query/);
    expect(() => parseImportArgs(['--query'])).toThrow(/needs search terms/);
    expect(() => parseImportArgs(['a.json', '--force'])).toThrow(/unknown option --force/);
  });

  it('takes --bulk for a first load through the bulk importer, never with --check', () => {
    expect(parseImportArgs(['r.zip', '--bulk']).bulk).toBe(true);
    expect(() => parseImportArgs(['r.zip', '--bulk', '--check'])).toThrow(/--bulk writes a new database; --check writes nothing/);
  });

  it('asks the API for 100 studies a page, then for the next page by its token', () => {
    expect(searchPageUrl('https://clinicaltrials.gov/', 'neuroendocrine tumor')).toBe(
      'https://clinicaltrials.gov/api/v2/studies?query.term=neuroendocrine+tumor&pageSize=100',
    );
    expect(searchPageUrl('http://127.0.0.1:8080', 'x', 'abc=')).toBe(
      'http://127.0.0.1:8080/api/v2/studies?query.term=x&pageSize=100&pageToken=abc%3D',
    );
  });
});

describe("the importer's configuration", () => {
  it('defaults to the public API and the shipped records, and takes both from the environment', () => {
    expect(readConfig({})).toMatchObject({ ctgovApiUrl: 'https://clinicaltrials.gov', registryDataDir: DEFAULT_REGISTRY_DIR });
    expect(readConfig({ CTGOV_API_URL: 'http://127.0.0.1:8080/mirror/', REGISTRY_DATA_DIR: '/data/ctgov' })).toMatchObject({
      ctgovApiUrl: 'http://127.0.0.1:8080/mirror',
      registryDataDir: '/data/ctgov',
    });
    expect(() => readConfig({ CTGOV_API_URL: 'ftp://clinicaltrials.gov' })).toThrow(ConfigError);
  });
});
