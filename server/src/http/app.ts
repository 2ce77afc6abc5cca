/**
 * One HTTP server for everything: POST/GET /graphql (Apollo), /healthz (process up), /readyz
 * (Neo4j reachable and data loaded) and the built client, with index.html for app routes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { LIMITS } from '../limits.js';
import type { Database } from '../../../runtime/db/database.js';
import { createContext, type Context } from '../context.js';
import { hasLoadedData } from '../../../runtime/graph-meta.js';

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
  apollo: ApolloServer<Context>,
  db: Database,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
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
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(db),
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
  const requested = path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
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
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

export interface AppOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  clientDir: string;
}

export function createHttpServer({ apollo, db, clientDir }: AppOptions): Server {
  return createServer({ maxHeaderSize: LIMITS.maxHeaderBytes }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/graphql') return handleGraphql(apollo, db, req, res, url);
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const reachable = await db.ping();
        const loaded = reachable ? await hasLoadedData(db).catch(() => false) : false;
        const ready = reachable && loaded;
        return sendJson(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready',
          neo4j: reachable ? 'reachable' : 'unreachable',
          dataLoaded: loaded,
        });
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
}
