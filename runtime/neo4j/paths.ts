/** Where the embedded Neo4j lives: jars per version under `.neo4j/`, one folder per instance. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const POM_PATH = path.join(PROJECT_ROOT, 'runtime/neo4j/pom.xml');

/** The Neo4j version is pinned once, in the fetch spec (pom.xml). */
export const NEO4J_VERSION = (() => {
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM_PATH, 'utf8'))?.[1];
  if (version === undefined) throw new Error(`no <neo4j.version> in ${POM_PATH}`);
  return version;
})();

export interface Neo4jPaths {
  /** Holds lib/ with the server's jars, shared by every instance of this version. */
  distribution: string;
  lib: string;
}

export function distributionPaths(baseDir: string): Neo4jPaths {
  const distribution = path.join(baseDir, `neo4j-community-${NEO4J_VERSION}`);
  return { distribution, lib: path.join(distribution, 'lib') };
}
