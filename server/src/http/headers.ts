/**
 * Response headers that make the browser safer for our users: no content sniffing anywhere, and on
 * the app's page a Content-Security-Policy that runs only the app's own scripts and lets no other
 * site frame it. CORS is off unless origins are configured (Config.corsOrigins).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** On every response, JSON and files alike. */
export const BASE_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * On HTML: scripts, styles, fonts and API calls from this origin only. Styles also inline: React and
 * Cytoscape set element styles, and Cytoscape adds one small <style> of its own. Images from data:
 * and blob: URLs (exports, the favicon). No plugins, no framing (frame-ancestors, and X-Frame-Options
 * for browsers without CSP level 2).
 */
export const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
};

/**
 * CORS for /graphql: with no configured origins nothing is added (browsers then allow only this
 * origin). With origins, a request from one of them (or any, for `*`) gets Access-Control headers,
 * and a preflight is answered here. Returns true when it answered the request (a preflight).
 */
export function applyCors(origins: readonly string[], req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origins.length === 0 || !origin) return false;
  const any = origins.includes('*');
  if (!any && !origins.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', any ? '*' : origin);
  if (!any) res.setHeader('vary', 'Origin');
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
