/**
 * One HTTP server for everything: POST/GET /graphql (Apollo; a repeat of an operation Apollo has
 * run, by the prepared operations), /healthz (process up), /readyz
 * (Neo4j answering and data loaded, answered within a second) and the built client, with
 * index.html for app routes. Every request gets its own view of the database (a few transactions
 * at once, dropped when the request ends); the server counts requests in flight so that
 * `closeGracefully` lets them finish before it closes connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net from 'node:net';
import { existsSync, createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { HeaderMap } from '@apollo/server';
import type { GraphqlApi } from '../graphql/apollo.js';
import { LIMITS } from '../limits.js';
import type { Database } from '../../../runtime/db/database.js';
import { scopedDatabase } from '../../../runtime/db/admission.js';
import { createContext } from '../context.js';
import { hasLoadedData } from '../../../runtime/graph-meta.js';
import { applyCors, BASE_HEADERS, PAGE_HEADERS } from './headers.js';
import { aliasRefusal } from '../graphql/request-guard.js';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > LIMITS.maxBodyBytes) {
        // Stop keeping it, drain the rest, and answer 413 (destroying the socket would leave the
        // client with a reset instead of an answer).
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

async function handleGraphql(
  { apollo, prepared }: GraphqlApi,
  db: Database,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  corsOrigins: readonly string[],
): Promise<void> {
  if (applyCors(corsOrigins, req, res)) return;
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let text: string;
    try {
      text = await readBody(req);
    } catch (e) {
      if (e instanceof BodyTooLarge)
        return sendJson(res, 413, graphqlError(`Request body is larger than ${LIMITS.maxBodyBytes} bytes.`, 'BAD_REQUEST'));
      throw e;
    }
    try {
      body = text.length > 0 ? JSON.parse(text) : {};
    } catch {
      return sendJson(res, 400, graphqlError('Request body is not valid JSON.', 'BAD_REQUEST'));
    }
  }
  const query = req.method === 'POST' ? (body as { query?: unknown } | null)?.query : url.searchParams.get('query');
  const refusal = aliasRefusal(query, LIMITS.maxAliases);
  if (refusal) return sendJson(res, 400, { errors: [{ message: refusal.message, extensions: refusal.extensions }] });
  // When the response is done or the client has gone, this request's database work still waiting is dropped.
  const requestDb = scopedDatabase(db, { maxConcurrent: LIMITS.maxConcurrentReadsPerRequest });
  res.once('close', () => requestDb.end());
  const client = req.socket.remoteAddress ?? 'unknown';
  const repeat = prepared.match(req.method, req.headers, body);
  const answer = repeat && (await prepared.serve(repeat, createContext(requestDb, client)));
  if (answer) {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    return;
  }
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(requestDb, client),
  });
  const outHeaders: Record<string, string> = {};
  for (const [k, v] of response.headers) outHeaders[k] = v;
  res.writeHead(response.status ?? 200, outHeaders);
  if (response.body.kind === 'complete') res.end(response.body.string);
  else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

async function serveStatic(clientDir: string, res: ServerResponse, url: URL): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return sendJson(res, 400, { error: 'malformed URL: invalid percent-encoding' });
  }
  const requested = path.normalize(decoded).replace(/^([/\\])+/, '');
  let file = path.join(clientDir, requested);
  if (!file.startsWith(clientDir)) return sendJson(res, 404, { error: 'not found' });
  const info = await stat(file).catch(() => null);
  if (!info || info.isDirectory()) {
    // App routes (/explore, /compare …) are the client's: hand them index.html. Missing assets are 404s.
    if (path.extname(requested)) return sendJson(res, 404, { error: 'not found' });
    file = path.join(clientDir, 'index.html');
  }
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built. Run `npm run build:client` (npm start does it for you).');
    return;
  }
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  const html = path.extname(file) === '.html';
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(html ? PAGE_HEADERS : {}),
  });
  createReadStream(file).pipe(res);
}

export interface AppOptions {
  graphql: GraphqlApi;
  db: Database;
  clientDir: string;
  /** Origins allowed to call /graphql from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
}

/** What the server knows about itself for a graceful stop: requests in flight, and whether it is draining. */
interface ServerState {
  inFlight: Set<ServerResponse>;
  draining: boolean;
  idle: (() => void)[];
}

const states = new WeakMap<Server, ServerState>();

/**
 * /readyz answers within this time whatever Neo4j does: under a second, as a liveness probe needs,
 * with room for a healthy Neo4j on a busy machine (it answers the probe in tens of ms when idle).
 */
const READY_DEADLINE_MS = 900;

async function readiness(db: Database, state: ServerState): Promise<{ status: number; body: Record<string, unknown> }> {
  if (state.draining) return { status: 503, body: { status: 'shutting down' } };
  // Known down (the circuit is open): answered without asking Neo4j.
  if (db.health.status().state === 'down') return { status: 503, body: { status: 'not ready', neo4j: 'unreachable', dataLoaded: false } };
  const deadline = Date.now() + READY_DEADLINE_MS;
  const reachable = await db.ping(READY_DEADLINE_MS);
  const left = deadline - Date.now();
  const loaded =
    reachable && left > 0
      ? await Promise.race([hasLoadedData(db).catch(() => false), new Promise<false>((r) => setTimeout(() => r(false), left).unref())])
      : false;
  const ready = reachable && loaded;
  return {
    status: ready ? 200 : 503,
    body: { status: ready ? 'ready' : 'not ready', neo4j: reachable ? 'reachable' : 'unreachable', dataLoaded: loaded },
  };
}

export function createHttpServer({ graphql, db, clientDir, corsOrigins = [] }: AppOptions): Server {
  const state: ServerState = { inFlight: new Set(), draining: false, idle: [] };
  const server = createServer({ maxHeaderSize: LIMITS.maxHeaderBytes }, (req, res) => {
    state.inFlight.add(res);
    res.once('close', () => {
      state.inFlight.delete(res);
      if (state.inFlight.size === 0) state.idle.splice(0).forEach((f) => f());
    });
    for (const [k, v] of Object.entries(BASE_HEADERS)) res.setHeader(k, v);
    // A stopping server tells keep-alive clients not to send more on this connection.
    if (state.draining) res.setHeader('connection', 'close');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendJson(res, 400, { error: 'malformed URL' });
    }
    const route = async () => {
      if (url.pathname === '/graphql') return handleGraphql(graphql, db, req, res, url, corsOrigins);
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const { status, body } = await readiness(db, state);
        return sendJson(res, status, body);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      return serveStatic(clientDir, res, url);
    };
    route().catch((e) => {
      console.error('Unhandled error serving', url.pathname, e);
      if (!res.headersSent) sendJson(res, 500, graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    });
  });
  states.set(server, state);
  return server;
}

/**
 * Stops a server made by createHttpServer without dropping work: it stops accepting connections
 * at once, /readyz says "shutting down", every response from then on closes its connection,
 * requests in flight get up to `graceMs` to finish (a request that arrives meanwhile on a
 * keep-alive connection is served too), and only then are the connections still open closed.
 * Resolves with how many requests the grace period cut off.
 */
export async function closeGracefully(server: Server, graceMs: number): Promise<{ cutOff: number }> {
  const state = states.get(server);
  // Only stop listening: http's own close() also drops idle keep-alive connections at once, and a
  // request a client has just sent on one, not yet read, would be reset instead of answered.
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  if (state) {
    state.draining = true;
    if (state.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => state.idle.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
  }
  const cutOff = state?.inFlight.size ?? 0;
  server.closeAllConnections();
  await closed;
  return { cutOff };
}
