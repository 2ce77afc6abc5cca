/**
 * The console's query and variables in the URL (`q`, `vars`), so a link reproduces them.
 * The text is kept exactly as typed; URLSearchParams does the percent-encoding.
 */
export interface ConsoleText {
  query: string;
  variables: string;
}

/**
 * Longest query string kept in the URL. The server reads request lines and headers within
 * Node's 16 KB header limit, so a longer link could not even be reloaded.
 */
export const MAX_URL_CHARS = 8000;

export function readConsoleText(search: string | URLSearchParams): ConsoleText | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const query = params.get('q');
  if (query === null) return null;
  return { query, variables: params.get('vars') ?? '' };
}

/** The URL parameters for a query and its variables; empty variables leave `vars` out. */
export function consoleParams(text: ConsoleText): { q: string | null; vars: string | null } {
  return { q: text.query.trim() ? text.query : null, vars: text.variables.trim() ? text.variables : null };
}

/** The encoded query string (`view=console&q=…&vars=…`), or null when it is too long to share. */
export function encodeConsoleSearch(text: ConsoleText): string | null {
  const params = new URLSearchParams({ view: 'console' });
  const p = consoleParams(text);
  if (p.q !== null) params.set('q', p.q);
  if (p.vars !== null) params.set('vars', p.vars);
  const s = params.toString();
  return s.length > MAX_URL_CHARS ? null : s;
}
