/**
 * Studies by filter, keyset-paginated on (name, id) so a page costs the same at any depth.
 * A population filter includes its subsets; an intervention filter includes regimens holding it.
 */
import type { Reader } from '../../../runtime/db/database.js';
import { ENTITY, nodeProjection, type ProjectedNode } from '../graph/cypher.js';
import { recordOf, type NodeRecord } from '../graph/records.js';
import { loadedDataKey } from '../../../runtime/graph-meta.js';
import { PerLoadCache } from '../cache/per-load-cache.js';
import { ENDPOINTS_NAMED } from '../../../kernel/indexes.js';

export interface StudyFilterParams {
  intervention: string | null;
  population: string | null;
  design: string | null;
  phase: string | null;
  status: string | null;
  endpoint: string | null;
}

/** Where a studies query starts: a node the filter names (walking back to its studies), or the Study(name) index. */
export type StudyStart = 'intervention' | 'population' | 'endpoint' | 'name';
type PropertyFilter = 'design' | 'phase' | 'status';
const PROPERTY_FILTERS: readonly PropertyFilter[] = ['design', 'phase', 'status'];

/** The studies a filter's node reaches, each once: a regimen holding the intervention counts, as do a population's subsets. */
const START: Record<Exclude<StudyStart, 'name'>, string> = {
  intervention: `
  MATCH (:Intervention {id: $intervention})<-[:INCLUDES*0..3]-(:Intervention)<-[:RECEIVED]-(:Arm)<-[:HAS_ARM]-(s:Study)
  WITH DISTINCT s`,
  population: `
  MATCH (:Population {id: $population})<-[:SUBSET_OF*0..8]-(:Population)<-[:ENROLLS]-(s:Study)
  WITH DISTINCT s`,
  endpoint: `
  ${ENDPOINTS_NAMED}
  MATCH (e)<-[:MEASURES]-(s:Study)
  WITH DISTINCT s`,
};

/** The same conditions checked from a study, for every filter the query did not start from. */
const CHECK: Record<Exclude<StudyStart, 'name'>, string> = {
  intervention: `EXISTS {
      MATCH (s)-[:HAS_ARM]->(:Arm)-[:RECEIVED]->(:Intervention)-[:INCLUDES*0..3]->(:Intervention {id: $intervention}) }`,
  population: `EXISTS {
      MATCH (s)-[:ENROLLS]->(:Population)-[:SUBSET_OF*0..8]->(:Population {id: $population}) }`,
  endpoint: `EXISTS {
      MATCH (s)-[:MEASURES]->(e:Endpoint) WHERE e.id = $endpoint OR e.code = $endpoint }`,
};

/** What a studies statement filters on: the node filters given (one of them is where it starts) and the property filters given. */
export interface StudyPlan {
  start: StudyStart;
  nodes: readonly Exclude<StudyStart, 'name'>[];
  properties: readonly PropertyFilter[];
}

function filterOf(plan: StudyPlan): { head: string; conditions: string[] } {
  const conditions = [...plan.properties.map((p) => `s.${p} = $${p}`), ...plan.nodes.filter((n) => n !== plan.start).map((n) => CHECK[n])];
  return { head: plan.start === 'name' ? '\n  MATCH (s:Study)' : START[plan.start], conditions };
}

/**
 * A page of studies, ordered by (name, id) and resumed after the cursor. From the Study(name)
 * index the page is read in index order and stops at the page's end (a range seek on name makes
 * the planner keep the index's order); from a node, only that node's studies are read and sorted.
 */
export function findStudiesStatement(plan: StudyPlan): string {
  const { head, conditions } = filterOf(plan);
  // After the cursor: (name, id) > (afterName, afterId), written without a top-level OR, which the
  // planner would split into a union of two index seeks and so lose the index's order.
  const where = ['s.name >= $afterName', 'NOT (s.name = $afterName AND s.id <= $afterId)', ...conditions];
  return `${head}
  WHERE ${where.join('\n    AND ')}
  WITH s ORDER BY s.name, s.id
  LIMIT toInteger($take)
  RETURN ${nodeProjection('s')} AS node`;
}

/**
 * How many studies match: with no filter at all, from Neo4j's count store; else by reading only
 * the studies the filter's node reaches (or a property index's matches), never every study.
 */
export function countStudiesStatement(plan: StudyPlan): string {
  const { head, conditions } = filterOf(plan);
  return `${head}${conditions.length > 0 ? `\n  WHERE ${conditions.join('\n    AND ')}` : ''}
  RETURN count(s) AS total`;
}

/** Every study, read from the index: the first page with no filter, as a named statement. */
export const FIND_STUDIES = findStudiesStatement({ start: 'name', nodes: [], properties: [] });
export const FIND_STUDIES_OF_INTERVENTION = findStudiesStatement({
  start: 'intervention',
  nodes: ['intervention', 'population', 'endpoint'],
  properties: PROPERTY_FILTERS,
});
export const FIND_STUDIES_OF_POPULATION = findStudiesStatement({
  start: 'population',
  nodes: ['intervention', 'population', 'endpoint'],
  properties: PROPERTY_FILTERS,
});
export const FIND_STUDIES_OF_ENDPOINT = findStudiesStatement({ start: 'endpoint', nodes: ['endpoint'], properties: ['design'] });
export const FIND_STUDIES_BY_PROPERTIES = findStudiesStatement({ start: 'name', nodes: ['intervention'], properties: PROPERTY_FILTERS });
/** From the count store. */
export const COUNT_STUDIES = countStudiesStatement({ start: 'name', nodes: [], properties: [] });
export const COUNT_STUDIES_OF_INTERVENTION = countStudiesStatement({
  start: 'intervention',
  nodes: ['intervention', 'population'],
  properties: PROPERTY_FILTERS,
});
export const COUNT_STUDIES_BY_PROPERTIES = countStudiesStatement({ start: 'name', nodes: [], properties: ['phase', 'status'] });

/**
 * Relationships each node filter's walk back to its studies would read (regimens and subsets
 * included), from Neo4j's degree store: the smallest is where a query starts.
 */
export const ESTIMATE_STARTS = `
  CALL () {
    OPTIONAL MATCH (:Intervention {id: $intervention})<-[:INCLUDES*0..3]-(x:Intervention)
    RETURN sum(COUNT { (x)<-[:RECEIVED]-() }) AS intervention
  }
  CALL () {
    OPTIONAL MATCH (:Population {id: $population})<-[:SUBSET_OF*0..8]-(x:Population)
    RETURN sum(COUNT { (x)<-[:ENROLLS]-() }) AS population
  }
  CALL () {
    OPTIONAL CALL () {
      ${ENDPOINTS_NAMED}
      RETURN e
    }
    RETURN sum(COUNT { (e)<-[:MEASURES]-() }) AS endpoint
  }
  RETURN intervention, population, endpoint`;

/**
 * Above this many relationships to walk, a page is read from the Study(name) index in order,
 * checking the filter per study, rather than from the node: a hub's studies are many, so the
 * page fills after a few of them instead of after sorting all.
 */
export const PAGE_FROM_INDEX_ABOVE = 5_000;

export function planStudies(filter: StudyFilterParams, estimates: Partial<Record<Exclude<StudyStart, 'name'>, number | null>>): StudyPlan {
  const nodes = (['intervention', 'population', 'endpoint'] as const).filter((n) => filter[n] !== null);
  const properties = PROPERTY_FILTERS.filter((p) => filter[p] !== null);
  const smallest = [...nodes].sort((a, b) => (estimates[a] ?? Infinity) - (estimates[b] ?? Infinity))[0];
  return { start: smallest ?? 'name', nodes, properties };
}

export interface Cursor {
  name: string;
  id: string;
}

/**
 * Totals per (loaded data, filter). Counting a filter's studies reads every study it matches (a
 * hub's are many); paging through them, or asking again, reads the total once per loaded data.
 */
export const STUDY_TOTALS = new PerLoadCache<number>(1_000);

/**
 * A page of studies and their total, in one read transaction: where to start is chosen from the
 * filter's nodes' degrees, the page and the count are then read from there (the count once per
 * loaded data and filter, see STUDY_TOTALS).
 */
export async function findStudies(
  db: Reader,
  filter: StudyFilterParams,
  first: number,
  after: Cursor | null,
): Promise<{ nodes: NodeRecord[]; hasNextPage: boolean; totalCount: number; plan: StudyPlan }> {
  return db.readTransaction('studies.find', async (run) => {
    const hasNode = filter.intervention !== null || filter.population !== null || filter.endpoint !== null;
    const estimates = hasNode ? ((await run<Record<string, number | null>>(ESTIMATE_STARTS, { ...filter }))[0] ?? {}) : {};
    const plan = planStudies(filter, estimates);
    const walk = plan.start === 'name' ? 0 : (estimates[plan.start] ?? 0);
    const pagePlan: StudyPlan = walk > PAGE_FROM_INDEX_ABOVE ? { ...plan, start: 'name' } : plan;
    const rows = await run<{ node: ProjectedNode }>(findStudiesStatement(pagePlan), {
      ...filter,
      afterName: after?.name ?? '',
      afterId: after?.id ?? '',
      take: first + 1,
    });
    const key = `${await loadedDataKey(run, db.name)}|${JSON.stringify(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
    let totalCount = STUDY_TOTALS.get(key);
    if (totalCount === undefined) {
      totalCount = (await run<{ total: number }>(countStudiesStatement(plan), { ...filter }))[0]?.total ?? 0;
      STUDY_TOTALS.set(key, totalCount);
    }
    return {
      nodes: rows.slice(0, first).map((r) => recordOf(r.node)),
      hasNextPage: rows.length > first,
      totalCount,
      plan: pagePlan,
    };
  });
}

/** Checks the nodes a filter names exist, so a typo is an error rather than an empty page. */
export const FIND_MISSING_IDS = `
  UNWIND $ids AS id
  OPTIONAL MATCH (n:${ENTITY} {id: id})
  WITH id, n WHERE n IS NULL
  RETURN id`;

export async function findMissingIds(db: Reader, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<{ id: string }>('studies.missingIds', FIND_MISSING_IDS, { ids });
  return rows.map((r) => r.id);
}
