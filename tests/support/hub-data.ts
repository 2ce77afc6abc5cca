/**
 * A synthetic hub for scale tests: `studies` studies sharing one intervention and one endpoint,
 * each with two arms that received the intervention and reported a result on the endpoint. Every
 * node copies the properties of a loaded node of its kind (so it projects like real data) under a
 * `hubtest` id; `removeHub` deletes them all.
 */
import type { Database } from '../../runtime/db/database.js';
import { SOURCE_LOAD_LABEL } from '../../kernel/vocabulary.js';

export const HUB = {
  intervention: 'intervention:hubtest-drug',
  endpoint: 'endpoint:hubtest-pfs',
  endpointCode: 'HUBPFS',
  population: 'population:hubtest-population',
  prefix: 'hubtest',
} as const;

const CREATE_HUBS = `
  MATCH (i0:Intervention) WITH i0 LIMIT 1
  MATCH (e0:Endpoint) WITH i0, e0 LIMIT 1
  MATCH (p0:Population) WITH i0, e0, p0 LIMIT 1
  CREATE (i:Entity:Intervention) SET i = i0 {.*, id: $intervention, name: 'Hubtest drug', aliases: []}
  CREATE (e:Entity:Endpoint) SET e = e0 {.*, id: $endpoint, name: 'Hubtest PFS', code: $endpointCode, aliases: []}
  CREATE (p:Entity:Population) SET p = p0 {.*, id: $population, name: 'Hubtest population', aliases: []}`;

const CREATE_STUDIES = `
  MATCH (s0:Study) WHERE s0.design IS NOT NULL WITH s0 LIMIT 1
  MATCH (a0:Arm) WITH s0, a0 LIMIT 1
  MATCH (r0:Result) WHERE r0.quote IS NOT NULL WITH s0, a0, r0 LIMIT 1
  MATCH (i:Intervention {id: $intervention}), (e:Endpoint {id: $endpoint}), (p:Population {id: $population})
  UNWIND range($from, $to - 1) AS n
  WITH s0, a0, r0, i, e, p, n, $prefix + '-' + right('00000' + toString(n), 6) AS key
  CREATE (s:Entity:Study) SET s = s0 {.*, id: 'study:' + key, name: 'Hubtest study ' + key, nct: null,
    design: CASE WHEN n % 3 = 0 THEN 'randomized_controlled_trial' ELSE 'single_arm_trial' END}
  CREATE (s)-[:MEASURES {key: key + ':measures'}]->(e)
  CREATE (s)-[:ENROLLS {key: key + ':enrolls'}]->(p)
  WITH s0, a0, r0, i, e, s, key
  UNWIND [1, 2] AS k
  CREATE (a:Entity:Arm) SET a = a0 {.*, id: 'arm:' + key + '-' + k, label: 'Arm ' + k, studyId: s.id}
  CREATE (s)-[:HAS_ARM {key: key + ':arm' + k}]->(a)
  CREATE (a)-[:RECEIVED {key: key + ':received' + k}]->(i)
  CREATE (r:Entity:Result) SET r = r0 {.*, id: 'result:' + key + '-' + k, name: 'Hubtest result ' + key + '-' + k,
    studyId: s.id, populationId: null}
  CREATE (a)-[:REPORTED {key: key + ':reported' + k}]->(r)
  CREATE (r)-[:OF_ENDPOINT {key: key + ':of' + k}]->(e)`;

/** Writes the hub and `studies` studies around it, in batches. */
export async function writeHub(db: Database, studies: number): Promise<void> {
  await db.writeTransaction('test.hub', (run) => run(CREATE_HUBS, { ...HUB }));
  await addHubStudies(db, 0, studies);
}

/** Writes the hub's studies numbered from `from` up to `to` (excluded), in batches. */
export async function addHubStudies(db: Database, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += 2_000) {
    const end = Math.min(to, start + 2_000);
    await db.writeTransaction('test.hub', (run) => run(CREATE_STUDIES, { ...HUB, from: start, to: end }));
  }
}

/** A load marker of the hub's own, as a loader writes one: the graph's loaded data then reads as changed. */
export const HUB_LOAD = 'hubtest-load';

/** Deletes every node writeHub wrote. */
export async function removeHub(db: Database): Promise<void> {
  await db.writeTransaction('test.hub', async (run) => {
    await run(
      `MATCH (n:Entity) WHERE n.id IN [$intervention, $endpoint, $population] OR ((n:Study OR n:Arm OR n:Result) AND n.id CONTAINS $prefix)
       DETACH DELETE n`,
      { ...HUB },
    );
    await run(`MATCH (l:${SOURCE_LOAD_LABEL} {id: $load}) DELETE l`, { load: HUB_LOAD });
  });
}
