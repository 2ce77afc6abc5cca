/** Every Cypher statement the app runs is EXPLAINed against the real Neo4j, so a typo fails here. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/test-app.js';
import type { Database } from '../../runtime/db/database.js';
import * as nodes from '../../server/src/nodes/repository.js';
import * as search from '../../server/src/search/repository.js';
import * as neighborhood from '../../server/src/neighborhood/repository.js';
import * as paths from '../../server/src/paths/repository.js';
import * as studies from '../../server/src/studies/repository.js';
import * as compare from '../../server/src/compare/repository.js';
import * as summary from '../../server/src/summary/repository.js';
import * as evidenceNetwork from '../../server/src/evidence-network/repository.js';
import * as write from '../../seed/src/write/write-graph.js';
import * as graphMeta from '../../runtime/graph-meta.js';
import * as ctgovVocabulary from '../../seed/src/ctgov/resolve.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../kernel/vocabulary.js';

const statements: [string, string][] = [
  ...(Object.entries({ ...nodes, ...search, ...neighborhood, ...paths, ...studies, ...compare, ...summary, ...evidenceNetwork }).filter(
    ([k, v]) => typeof v === 'string' && /^[A-Z_]+$/.test(k),
  ) as [string, string][]),
  ['relatedStatement', nodes.relatedStatement({ types: ['CITES'], direction: 'in', label: 'Study' })],
  ...Object.entries(paths.EXPAND_HUB_END_BY_LABEL).map(
    ([label, statement]) => [`EXPAND_HUB_END_BY_LABEL.${label}`, statement] as [string, string],
  ),
  ['relatedStatement (any kind)', nodes.relatedStatement({ types: ['PREDICTS'], direction: 'out' })],
  ...(Object.entries(graphMeta).filter(([k, v]) => typeof v === 'string' && /^[A-Z_]+$/.test(k)) as [string, string][]),
  ...(Object.entries(write).filter(([k, v]) => typeof v === 'string' && /^[A-Z_]+$/.test(k)) as [string, string][]),
  ...(Object.entries(ctgovVocabulary).filter(([k, v]) => typeof v === 'string' && /^[A-Z_]+$/.test(k)) as [string, string][]),
  ...NODE_LABELS.flatMap((l) => [
    [`mergeNodesStatement(${l})`, write.mergeNodesStatement(l)] as [string, string],
    [`adoptUnlabelledStatement(${l})`, write.adoptUnlabelledStatement(l)] as [string, string],
  ]),
  ...RELATIONSHIP_TYPES.map((t) => [`mergeRelationshipsStatement(${t})`, write.mergeRelationshipsStatement(t)] as [string, string]),
  ...RELATIONSHIP_TYPES.map((t) => [`createRelationshipsStatement(${t})`, write.createRelationshipsStatement(t)] as [string, string]),
];

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('Cypher statements', () => {
  it('covers the repositories', () => {
    expect(statements.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'FIND_NODES_BY_IDS',
        'SEARCH_NODES',
        'FIND_NEIGHBOURS',
        'FIND_PATH_ENDS',
        'EXPAND_PATH_LEVEL',
        'EXPAND_HUB_END_BY_LABEL.Endpoint',
        'FIND_PATH_DETAILS',
        'FIND_STUDIES',
        'FIND_COMPARISON_KEYS',
        'FIND_COMPARISON_PAGE',
        'FIND_KIND_EXAMPLES',
        'FIND_RANDOMIZED_ARMS',
        'SUMMARIZE_NEIGHBOURS',
        'RELEASE_STALE_NODES',
        'WRITE_SOURCE',
        'READ_LOAD_HASH',
        'READ_VOCABULARY',
      ]),
    );
  });

  it.each(statements)('%s compiles', async (_, statement) => {
    await expect(db.read('test.explain', `EXPLAIN ${statement}`)).resolves.toEqual([]);
  });
});
