/**
 * The `--query` client: pages through the public ClinicalTrials.gov API v2 search
 * (`/api/v2/studies?query.term=…&pageSize=100`, then `&pageToken=…` until a page has no
 * `nextPageToken`), one page in memory at a time, each study handed on as a read record. A page
 * that cannot be fetched stops the import with an error that says why in words.
 */
import type { RawRecord } from './read-records.js';

/** Studies asked for per page (the API allows up to 1000; 100 keeps each page small). */
export const PAGE_SIZE = 100;
const DEFAULT_TIMEOUT_MS = 30_000;

/** The API could not be reached or answered with something other than a page of studies. */
export class RegistryApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryApiError';
  }
}

export interface QueryOptions {
  /** The API's base URL (Config.ctgovApiUrl), e.g. https://clinicaltrials.gov. */
  baseUrl: string;
  /** Search terms, sent as `query.term`. */
  terms: string;
  /** Per request; a page that takes longer fails the import. */
  timeoutMs?: number;
  /** Called with each page's URL as it is fetched. */
  onPage?: (url: string, page: number) => void;
  /** Told how many studies the search finds (the first page asks for `countTotal`). */
  onTotal?: (total: number) => void;
}

/** The URL of one search page. */
export function searchPageUrl(baseUrl: string, terms: string, pageToken?: string, countTotal = false): string {
  const params = new URLSearchParams({ 'query.term': terms, pageSize: String(PAGE_SIZE) });
  if (pageToken) params.set('pageToken', pageToken);
  if (countTotal) params.set('countTotal', 'true');
  return `${baseUrl.replace(/\/+$/, '')}/api/v2/studies?${params.toString()}`;
}

function unreachable(baseUrl: string, e: unknown, timeoutMs: number): RegistryApiError {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new RegistryApiError(
      `The ClinicalTrials.gov API at ${baseUrl} did not answer within ${timeoutMs / 1000} s. Try again later, or import downloaded records (a file, folder or zip) instead.`,
    );
  }
  const why = err.cause?.code ?? err.cause?.message ?? err.message;
  return new RegistryApiError(
    `Cannot reach the ClinicalTrials.gov API at ${baseUrl} (${why}). This machine may have no internet access: ` +
      'import downloaded records (a file, folder or zip) instead, or set CTGOV_API_URL to a server this machine can reach.',
  );
}

async function fetchPage(
  url: string,
  opts: QueryOptions,
  timeoutMs: number,
): Promise<{ studies: unknown[]; nextPageToken?: string; totalCount?: number }> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (e) {
    throw unreachable(opts.baseUrl, e, timeoutMs);
  }
  if (!response.ok)
    throw new RegistryApiError(
      `The ClinicalTrials.gov API answered ${response.status} ${response.statusText} for ${url}: ${text.slice(0, 200)}`,
    );
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RegistryApiError(`The ClinicalTrials.gov API answered ${url} with something that is not JSON: ${text.slice(0, 200)}`);
  }
  const page = body as { studies?: unknown; nextPageToken?: unknown; totalCount?: unknown };
  if (!page || typeof page !== 'object' || !Array.isArray(page.studies)) {
    throw new RegistryApiError(`The ClinicalTrials.gov API answered ${url} without a list of studies.`);
  }
  return {
    studies: page.studies,
    nextPageToken: typeof page.nextPageToken === 'string' && page.nextPageToken ? page.nextPageToken : undefined,
    totalCount: typeof page.totalCount === 'number' ? page.totalCount : undefined,
  };
}

/** Every study the search finds, page by page, as read records (file = the page's URL). */
export async function* queryRecords(opts: QueryOptions): AsyncGenerator<RawRecord> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let token: string | undefined;
  let page = 0;
  const asked = new Set<string>();
  do {
    const url = searchPageUrl(opts.baseUrl, opts.terms, token, page === 0 && opts.onTotal !== undefined);
    if (asked.has(url)) throw new RegistryApiError(`The ClinicalTrials.gov API gave the same page token twice (${token}); stopping.`);
    asked.add(url);
    opts.onPage?.(url, ++page);
    const { studies, nextPageToken, totalCount } = await fetchPage(url, opts, timeoutMs);
    if (page === 1 && totalCount !== undefined) opts.onTotal?.(totalCount);
    for (let i = 0; i < studies.length; i++) yield { file: url, position: i + 1, value: studies[i] };
    token = nextPageToken;
  } while (token);
}
