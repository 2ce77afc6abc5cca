/** Java and Maven must be on the machine to run the embedded Neo4j; say so plainly when they are not. */
import { spawnSync } from 'node:child_process';

export class MissingPrerequisiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPrerequisiteError';
  }
}

const HINT =
  'Install it (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), or point the app at a Neo4j server you run yourself by setting NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.';

/** The Java major version, or a clear error when Java is missing or not 17-21 (what Neo4j 5.26 runs on). */
export function requireJava(): number {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new MissingPrerequisiteError(`Java 17 (or 21) is needed to run the embedded Neo4j, and \`java\` was not found. ${HINT}`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17 && major <= 21)) {
    throw new MissingPrerequisiteError(
      `Neo4j 5.26 runs on Java 17 or 21; \`java -version\` reports ${m ? major : 'an unknown version'}. ${HINT}`,
    );
  }
  return major;
}

export function requireMaven(): void {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new MissingPrerequisiteError(`Maven is needed once, to fetch Neo4j from Maven Central, and \`mvn\` was not found. ${HINT}`);
}
