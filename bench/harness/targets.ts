/**
 * What the operations ask about at one scale, read from the loaded graph once: studies to look
 * up (review studies and, when loaded, synthetic ones with results), the largest hub among
 * interventions and endpoints, and the fixed review ids the other operations use.
 */
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, type NodeLabel } from '../../kernel/vocabulary.js';
import { toPlain } from '../../runtime/db/convert.js';
import type { Targets } from './operations.js';
import { must } from '../../kernel/must.js';

export const SEARCH_TERMS = [
  'everolimus',
  'sunitnib',
  'pancreatic neuroendocrine',
  'placebo',
  'progression-free survival',
  'octreotide',
  'lanreotide',
  'carcinoid',
];
/** Path ends: both in the review's data at every scale. */
const PATH_PAIRS = [
  { from: 'intervention:sunitinib', to: 'study:sanet-p' },
  { from: 'intervention:everolimus', to: 'study:clarinet' },
  { from: 'population:pan-net', to: 'intervention:lu177-dotatate' },
];

const REVIEW_STUDIES = `
  MATCH (s:Study) WHERE s.nct IS NULL OR NOT s.nct STARTS WITH 'NCT9'
  WITH s WHERE EXISTS { (s)-[:HAS_ARM]->(:Arm)-[:REPORTED]->(:Result) }
  RETURN s.id AS id ORDER BY id LIMIT 20`;
const SYNTHETIC_STUDIES = `
  MATCH (s:Study) WHERE s.nct >= 'NCT9' AND EXISTS { (s)-[:REPORTED]->(:Result) }
  RETURN s.id AS id ORDER BY s.nct LIMIT 20`;
const HUB = `
  CALL () {
    MATCH (n:Intervention) RETURN n, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 1
    UNION ALL
    MATCH (n:Endpoint) RETURN n, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 1
  }
  RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS label, degree ORDER BY degree DESC LIMIT 1`;
const EXISTING = `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN collect(n.id) AS ids`;
const COUNT_STUDIES = 'MATCH (s:Study) RETURN count(s) AS studies';

export interface ScaleFacts {
  targets: Targets;
  /** Study nodes in the graph (review, shipped records and synthetic ones). */
  studiesInGraph: number;
}

/** Reads the targets from the graph the bench's Neo4j holds. */
export async function chooseTargets(neo: { uri: string; username: string; password: string }): Promise<ScaleFacts> {
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const q = async <T>(cypher: string, params: Record<string, unknown> = {}) =>
    (await session.run(cypher, params)).records.map((r) => toPlain(r.toObject()) as T);
  try {
    const review = (await q<{ id: string }>(REVIEW_STUDIES)).map((r) => r.id);
    const synthetic = (await q<{ id: string }>(SYNTHETIC_STUDIES)).map((r) => r.id);
    // Alternate review and synthetic studies, so both kinds of record are asked for alike.
    const studyIds = Array.from({ length: Math.max(review.length, synthetic.length) }, (_, k) => [review[k], synthetic[k]])
      .flat()
      .filter((id): id is string => id !== undefined);
    const [hub] = await q<{ id: string; label: NodeLabel; degree: number }>(HUB);
    const endIds = [...new Set(PATH_PAIRS.flatMap((p) => [p.from, p.to]))];
    const { ids: existing } = must(
      (
        await q<{ ids: string[] }>(EXISTING, {
          ids: [...endIds, 'intervention:everolimus', 'intervention:sunitinib'],
        })
      )[0],
      'EXISTING returns one row',
    );
    const paths = PATH_PAIRS.filter((p) => existing.includes(p.from) && existing.includes(p.to));
    const { studies } = must((await q<{ studies: number }>(COUNT_STUDIES))[0], 'COUNT_STUDIES returns one row');
    if (studyIds.length === 0 || !hub || paths.length === 0)
      throw new Error('the bench graph lacks the review data the operations ask about (studies with results, path ends)');
    return {
      studiesInGraph: studies,
      targets: {
        studyIds,
        searchTerms: SEARCH_TERMS,
        paths,
        studiesIntervention: 'intervention:everolimus',
        compare: { interventions: ['intervention:everolimus', 'intervention:sunitinib'], endpoint: 'PFS' },
        hub,
      },
    };
  } finally {
    await session.close();
    await driver.close();
  }
}
