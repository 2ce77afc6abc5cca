/** Indexes of the graph model that readers rely on, created by the writer with its schema. */
/**
 * Range indexes the API's studies queries rely on: Study(name) gives index-ordered keyset pages
 * when no filter names a node to start from; design, phase and status let a filter on them seek
 * rather than scan. Declared with the graph model so the writer's schema creates them with its
 * constraints and the API can count on them.
 */
export const STUDY_INDEX_STATEMENTS: readonly string[] = [
  'CREATE INDEX study_name IF NOT EXISTS FOR (s:Study) ON (s.name)',
  'CREATE INDEX study_design IF NOT EXISTS FOR (s:Study) ON (s.design)',
  'CREATE INDEX study_phase IF NOT EXISTS FOR (s:Study) ON (s.phase)',
  'CREATE INDEX study_status IF NOT EXISTS FOR (s:Study) ON (s.status)',
];
