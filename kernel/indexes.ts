/** Indexes of the graph model that readers rely on, created by the writer with its schema. */
/**
 * Range indexes the API's studies and compare queries rely on: Study(name) gives index-ordered
 * keyset pages when no filter names a node to start from; design, phase and status let a filter on
 * them seek rather than scan; Endpoint(code) finds an endpoint named by its code. Declared with the graph model so the writer's schema creates them with its
 * constraints and the API can count on them.
 */
export const STUDY_INDEX_STATEMENTS: readonly string[] = [
  'CREATE INDEX study_name IF NOT EXISTS FOR (s:Study) ON (s.name)',
  'CREATE INDEX study_design IF NOT EXISTS FOR (s:Study) ON (s.design)',
  'CREATE INDEX study_phase IF NOT EXISTS FOR (s:Study) ON (s.phase)',
  'CREATE INDEX study_status IF NOT EXISTS FOR (s:Study) ON (s.status)',
  // Filters and comparisons name an endpoint by id or by code (PFS): both must seek, since a
  // registry brings an endpoint per outcome measure (hundreds of thousands at 100k studies).
  'CREATE INDEX endpoint_code IF NOT EXISTS FOR (e:Endpoint) ON (e.code)',
];

/**
 * The endpoints `$endpoint` names, by id or by code, as two index seeks (a WHERE with OR over
 * both properties is planned as a scan of every endpoint). A CALL subquery yielding `e`.
 */
export const ENDPOINTS_NAMED = `CALL () {
    MATCH (e:Endpoint {id: $endpoint}) RETURN e
    UNION
    MATCH (e:Endpoint {code: $endpoint}) RETURN e
  }`;
