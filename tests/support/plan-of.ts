/**
 * A statement's plan from the test Neo4j: EXPLAIN (no data read) for the operators it would run,
 * PROFILE (run) for the db hits it made. Both open their own driver, outside the app's.
 */
import { inject } from 'vitest';
import neo4j, { type ResultSummary } from 'neo4j-driver';

export interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  children: Plan[];
}

async function summaryOf(prefix: 'EXPLAIN' | 'PROFILE', statement: string, params: Record<string, unknown>): Promise<ResultSummary> {
  const n = inject('neo4j');
  const driver = neo4j.driver(n.uri, neo4j.auth.basic(n.username, n.password));
  try {
    const session = driver.session({ database: n.database, defaultAccessMode: neo4j.session.READ });
    const res = await session.run(`${prefix} ${statement}`, params);
    await session.close();
    return res.summary;
  } finally {
    await driver.close();
  }
}

/** The operators of a statement's plan, each with its details, from EXPLAIN. */
export async function operatorsOf(statement: string, params: Record<string, unknown>): Promise<string[]> {
  const walk = (p: Plan): string[] => [
    `${p.operatorType.replace(/@.*$/, '')} ${String(p.arguments.Details ?? '')}`,
    ...p.children.flatMap(walk),
  ];
  return walk((await summaryOf('EXPLAIN', statement, params)).plan as unknown as Plan);
}

/** The db hits of a statement's run, from PROFILE. */
export async function dbHitsOf(statement: string, params: Record<string, unknown>): Promise<number> {
  const sum = (p: Plan): number => p.dbHits + p.children.reduce((a, c) => a + sum(c), 0);
  return sum((await summaryOf('PROFILE', statement, params)).profile as unknown as Plan);
}
