/**
 * How specific a path is, and that in words. The score is the path-degree product of Hetionet's
 * degree-weighted path count (Himmelstein & Baranzini 2015; Himmelstein et al. 2017, "Systematic
 * integration of biomedical knowledge prioritizes drugs for repurposing", damping w = 0.4): every
 * step contributes the degrees of its two ends, each raised to -w. So a path through Placebo or
 * PFS, which hundreds of studies share, scores far below one through a population or target that
 * a few studies share.
 *
 * The degree is a node's number of relationships of every type (Hetionet counts those of the
 * step's type). Neo4j keeps that number per node and answers it without reading a relationship,
 * where a count per type needs either a statement naming every type or a read of the node's
 * relationships: the whole degree keeps the search cheap at any size, and since every node in
 * between has at least two relationships, each extra step costs a path something.
 */
import { must } from '../../../kernel/must.js';

/** The damping exponent w: 0 ignores degrees, larger values punish hubs harder; Rephetio chose 0.4. */
export const DAMPING = 0.4;

/** One step's factor: (d_from × d_to)^-w, degrees of at least 1 (the step's own relationship). */
export function stepFactor(fromDegree: number, toDegree: number): number {
  return (Math.max(1, fromDegree) * Math.max(1, toDegree)) ** -DAMPING;
}

/** What `describePath` needs of a node. */
export interface NodeFacts {
  name: string;
  /** Lower-case kind as a reader says it: "study", "population", "adverse event". */
  kind: string;
  /** All its relationships, of every type. */
  degree: number;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The score in words: the nodes the path passes with their degrees, the most connected of them
 * (which weighs the path down most), and the hubs on it (more than `hubDegree` relationships:
 * never expanded mid-path, only met from both sides, or sampled at an end).
 */
export function describePath(nodes: NodeFacts[], types: string[][], score: number, hubDegree: number): string {
  const scoreText = `Score ${formatScore(score)} (1 would mean nothing else is attached to any node on the way).`;
  const hubs = nodes.filter((n) => n.degree > hubDegree).map((n) => `${n.name} (${count(n.degree, 'relationship')})`);
  const hubText = hubs.length > 0 ? ` ${hubs.length === 1 ? 'Hub' : 'Hubs'} on it: ${hubs.join(', ')}.` : '';
  const [a, b, ...beyond] = nodes;
  if (a && b && beyond.length === 0) {
    return `A direct ${must(types[0], 'a direct path has one step').join(' and ')} relationship between ${a.name} (${count(a.degree, 'relationship')}) and ${b.name} (${count(b.degree, 'relationship')}).${hubText} ${scoreText}`;
  }
  const middle = nodes.slice(1, -1);
  const passes = middle.map((n) => `${n.name} (${n.kind}, ${count(n.degree, 'relationship')})`).join(', ');
  const heaviest = middle.reduce((a, b) => (b.degree > a.degree ? b : a));
  return `Passes ${passes}. Weighed down most by ${heaviest.name}, with ${count(heaviest.degree, 'relationship')}.${hubText} ${scoreText}`;
}

/** Three significant digits, plain notation down to 0.0001. */
export function formatScore(score: number): string {
  return score >= 1e-4 ? String(Number(score.toPrecision(3))) : score.toExponential(2);
}
