/** Without Java (and no NEO4J_URI), `npm start` says what to install and exits non-zero. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/neo4j/paths.js';

describe('start without Java', () => {
  it('prints one clear message naming Java and NEO4J_URI and exits 1', () => {
    // A PATH holding node and nothing else: no java, no mvn.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'nen-nojava-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const env = { PATH: bin, HOME: os.tmpdir(), PORT: '4999' } as NodeJS.ProcessEnv;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/app/main.ts'], {
      cwd: PROJECT_ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Java 17 \(or 21\) is needed to run the embedded Neo4j/);
    expect(r.stderr).toMatch(/NEO4J_URI/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
