/**
 * The raw floor: a minimal HTTP server that answers each bench operation by calling the API's own
 * repository functions (so the same Cypher statements, in the same order, in the same transactions:
 * a single statement as an auto-commit query, several in one READ transaction), with neo4j-driver
 * and nothing else: no GraphQL, no DataLoader, no admission queue, no circuit breaker. What the API
 * costs above this floor is the price of its layers. `POST /<op>` with the operation's parameters as JSON.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { readRunOf, readTogether, rowsOf, withoutCallerStack, type Reader } from '../../runtime/db/database.js';
import { findNodeTree, plannedFieldKey, type NodeTree } from '../../server/src/nodes/repository.js';
import { planOfSelection, type PlannedField, type SelectionPlan } from '../../server/src/nodes/selection-plan.js';
import { recordOf } from '../../server/src/graph/records.js';
import { searchNodes } from '../../server/src/search/repository.js';
import { luceneQueriesOf } from '../../server/src/search/lucene-query.js';
import { findPaths } from '../../server/src/paths/repository.js';
import { findMissingIds, findStudies } from '../../server/src/studies/repository.js';
import { findComparison, findEndpoint } from '../../server/src/compare/repository.js';
import { findGraphSummary } from '../../server/src/summary/repository.js';
import { findNeighborhood } from '../../server/src/neighborhood/repository.js';
import { API_NODE, type OperationName } from '../harness/operations.js';
import { must } from '../../kernel/must.js';

export interface RawServerOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** The same transaction timeout the API's reads have. */
  queryTimeoutMs: number;
}

/** What the bench's node request selects (arms, results and their endpoint, and the fields each reads), planned as the API plans it. */
const NODE_PLAN: SelectionPlan = (() => {
  const operation = parse(API_NODE).definitions[0] as OperationDefinitionNode;
  return planOfSelection({ fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments: {}, returnType: 'Node' as never });
})();

const armsField = must(
  NODE_PLAN.fields.find((f) => f.field === 'arms'),
  'the node request plans arms',
);
const resultsField = must(
  NODE_PLAN.fields.find((f) => f.field === 'results'),
  'the node request plans results',
);
const endpointField = must(resultsField.children[0], 'results plan their endpoint');

type Params = Record<string, any>;

const HANDLERS: Record<OperationName, (db: Reader, p: Params) => Promise<unknown>> = {
  node: async (db, { id }) => {
    // The API's one statement for the node and its selection (nodes/selection-plan.ts).
    const tree = await findNodeTree(db, id, NODE_PLAN);
    if (!tree) return null;
    const nodesOf = (t: NodeTree, f: PlannedField): NodeTree[] => t.related?.[plannedFieldKey(f)] ?? [];
    return {
      ...recordOf(tree.node),
      arms: nodesOf(tree, armsField).map((a) => recordOf(a.node)),
      results: nodesOf(tree, resultsField).map((r) => ({
        ...recordOf(r.node),
        endpoint: nodesOf(r, endpointField).map((e) => recordOf(e.node))[0] ?? null,
      })),
    };
  },
  search: async (db, { query, first }) => {
    const lucene = luceneQueriesOf(query);
    return lucene ? searchNodes(db, query, lucene, null, first) : [];
  },
  paths: async (db, { from, to, maxLength, limit }) =>
    (await findPaths(db, { from, to, maxLength, limit, excludedLabels: null, excludedIds: [] })).paths,
  // As the API's resolvers: checks and answer in one read transaction.
  studies: (db, { filter, first }) =>
    readTogether(db, 'studies', async (tx) => {
      const params = { intervention: null, population: null, design: null, phase: null, status: null, endpoint: null, ...filter };
      const missing = await findMissingIds(
        tx,
        [params.intervention, params.population].filter((x): x is string => typeof x === 'string'),
      );
      if (missing.length > 0) throw new Error(`no node has the id ${missing.join(', ')}`);
      return findStudies(tx, params, first, null);
    }),
  compare: (db, { interventions, endpoint }) =>
    readTogether(db, 'compare', async (tx) => {
      const missing = await findMissingIds(tx, interventions);
      if (missing.length > 0) throw new Error(`no node has the id ${missing.join(', ')}`);
      const e = await findEndpoint(tx, endpoint);
      if (!e) throw new Error(`no endpoint ${endpoint}`);
      return findComparison(tx, e, interventions, null);
    }),
  graphSummary: (db) => findGraphSummary(db),
  neighborhood: (db, { id, depth, limit }) => findNeighborhood(db, id, depth, null, null, limit),
  'neighborhood-hub': (db, { id, depth, limit }) => findNeighborhood(db, id, depth, null, null, limit),
};

function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Reads as the API's Database makes them (runtime/db/database.ts), without its guards. */
function readerOf(driver: Driver, o: RawServerOptions, op: OperationName): Reader {
  const config = { timeout: o.queryTimeoutMs, metadata: { app: 'nen-bench-raw', operation: op } };
  const open = () => driver.session({ database: o.database, defaultAccessMode: neo4j.session.READ });
  return {
    name: o.database,
    async read(_operation, cypher, params = {}) {
      const session = open();
      try {
        return rowsOf(await withoutCallerStack(() => session.run(cypher, params, config))) as never;
      } finally {
        await session.close();
      }
    },
    async readTransaction(_operation, work) {
      const session = open();
      try {
        return await session.executeRead((tx) => work(readRunOf(tx)), config);
      } finally {
        await session.close();
      }
    },
  };
}

/** Starts the floor on 127.0.0.1 (a free port); `close` stops HTTP and the driver. */
export async function startRawServer(o: RawServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const driver: Driver = neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password), {
    maxConnectionPoolSize: 50,
    userAgent: 'nen-bench-raw',
  });
  const server: Server = createServer(async (req, res) => {
    const op = (req.url ?? '/').slice(1) as OperationName;
    const handler = HANDLERS[op];
    if (req.method !== 'POST' || !handler) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `no operation ${op}` }));
      return;
    }
    try {
      const params = JSON.parse((await readBody(req)) || '{}') as Params;
      const data = await handler(readerOf(driver, o, op), params);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (e as Error).message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.close();
      server.closeAllConnections();
      await driver.close();
    },
  };
}
