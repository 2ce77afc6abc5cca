/** The machine a bench ran on, as the README's table states it. */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { must } from '../../kernel/must.js';

export interface MachineFacts {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  java: string;
  neo4j: string;
  neo4jHeap: string;
  neo4jPageCache: string;
  os: string;
  /** 1-minute load average when the bench started: other work on the machine skews every figure. */
  loadAverageAtStart: number;
}

export function describeMachine(neo4j: { version: string; heap: string; pageCache: string }): MachineFacts {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    java: ((java.stderr || java.stdout || '').split('\n')[0] ?? '').trim() || 'not found',
    neo4j: `${neo4j.version} Community`,
    neo4jHeap: neo4j.heap,
    neo4jPageCache: neo4j.pageCache,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: Math.round(must(os.loadavg()[0], 'os.loadavg() gives three averages') * 100) / 100,
  };
}

export function machineLine(m: MachineFacts): string {
  return (
    `${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j} ` +
    `(heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}); load average ${m.loadAverageAtStart} at the start`
  );
}
