/**
 * Fetches Neo4j Community (org.neo4j:neo4j and its runtime dependencies) from Maven Central into
 * `<baseDir>/neo4j-community-<version>/lib`, once. Fetched into a temporary folder and renamed,
 * so an interrupted download never leaves a half distribution behind.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, readdir } from 'node:fs/promises';
import path from 'node:path';
import { distributionPaths, NEO4J_VERSION, POM_PATH, type Neo4jPaths } from './paths.js';
import { requireJava, requireMaven } from './prerequisites.js';

export type ProgressLog = (line: string) => void;

export async function ensureNeo4jDistribution(baseDir: string, log: ProgressLog): Promise<Neo4jPaths> {
  const paths = distributionPaths(baseDir);
  requireJava();
  if (existsSync(paths.lib) && (await readdir(paths.lib)).some((f) => f.startsWith('neo4j-kernel'))) return paths;
  requireMaven();
  const staging = `${paths.distribution}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  log(
    `Fetching Neo4j ${NEO4J_VERSION} Community from Maven Central into ${path.relative(process.cwd(), paths.distribution)} (about 125 MB, once; later starts are offline)…`,
  );
  let downloaded = 0;
  let lastReported = 0;
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-B', '-f', POM_PATH, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${path.join(staging, 'lib')}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let tail = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      downloaded += (text.match(/Downloaded from/g) ?? []).length;
      if (downloaded - lastReported >= 25) {
        lastReported = downloaded;
        log(`  … ${downloaded} artifacts downloaded (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', reject);
    mvn.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`Fetching Neo4j with Maven failed (exit ${code}). Maven said:\n${tail}`)),
    );
  });
  await rm(paths.distribution, { recursive: true, force: true });
  await rename(staging, paths.distribution);
  log(`Neo4j ${NEO4J_VERSION} fetched in ${Math.round((Date.now() - started) / 1000)} s.`);
  return paths;
}
