/**
 * Every bound the API enforces, in one place: what a caller may ask for and what one request may
 * cost. Arguments beyond a bound are refused with BAD_USER_INPUT, never silently clamped.
 */
export const LIMITS = {
  search: { maxQueryLength: 200, maxFirst: 100 },
  neighborhood: { maxDepth: 3, maxLimit: 1000 },
  subgraph: { maxIds: 2000 },
  paths: { maxLength: 8, maxLimit: 50 },
  studies: { maxFirst: 200 },
  compare: { maxInterventions: 10 },
  /** Deepest selection set accepted; deeper documents are refused before execution. */
  maxQueryDepth: 12,
  /** Largest request head (URL + headers), in bytes: a shared canvas of ~2,000 nodes keeps its ids in the URL. */
  maxHeaderBytes: 128 * 1024,
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: 100_000,
  /** The id of any node: `kind:slug`. */
  maxIdLength: 200,
} as const;
