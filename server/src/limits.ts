/**
 * Every bound the API enforces, in one place: what a caller may ask for and what one request may
 * cost. Arguments beyond a bound are refused with BAD_USER_INPUT, never silently clamped.
 */
export const LIMITS = {
  search: { maxQueryLength: 200, maxFirst: 100 },
  neighborhood: { maxDepth: 3, maxLimit: 1000 },
  subgraph: { maxIds: 2000 },
  paths: {
    maxLength: 8,
    maxLimit: 50,
    /** Most nodes one request may exclude by id. */
    maxExcludeIds: 100,
    /**
     * The cost bound: relationships one request may read over all levels of its search (a node it
     * expands, whole or a hub end's sample, and its neighbours', read to count them by type).
     */
    maxRows: 10_000,
    /** Relationships read per relationship type of a hub end, so a hub end is sampled, never read whole. */
    perType: 50,
    /**
     * A hub: a node with more relationships than this is never expanded mid-path, only met from
     * both sides, and a step is weighed by all its relationships in the step's direction (counted
     * by Neo4j without reading them) rather than by its count of the step's type.
     */
    hubDegree: 200,
    /** Most nodes expanded per level, the best-scoring partial paths first. */
    beam: 200,
    /** Partial paths kept per node reached from each side, the best-scoring. */
    partialsPerNode: 4,
  },
  studies: { maxFirst: 200 },
  compare: { maxInterventions: 10, maxFirst: 200 },
  /** Deepest selection set accepted; deeper documents are refused before execution. */
  maxQueryDepth: 12,
  /** Largest request head (URL + headers), in bytes: a shared canvas of ~2,000 nodes keeps its ids in the URL. */
  maxHeaderBytes: 128 * 1024,
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: 100_000,
  /** The id of any node: `kind:slug`. */
  maxIdLength: 200,
  /**
   * What one request may cost, priced before it runs from its arguments (server/src/graphql/cost.ts):
   * about one point per row Neo4j reads. The heaviest single field (a 3-hop neighbourhood of 1,000
   * nodes, about 3,000 points) fits three times; 1,300 aliases of it (3.9 million) never run.
   */
  cost: {
    budget: 10_000,
    /** Length assumed for a list with no size argument (a study's arms or results, a drug's targets). */
    defaultListSize: 5,
  },
  /** Most aliased fields in one document, counted before validation (which is quadratic in them). */
  maxAliases: 30,
  /**
   * Most tokens in one document: parsing stops there. A 100 KB body of ordinary fields holds about
   * 30,000 (the 1,300-alias bomb is 26,000, refused with its alias count); only a document of
   * punctuation gets near 100,000.
   */
  maxTokens: 40_000,
  /** Neo4j transactions one request may run at once; its other reads wait for their turn. */
  maxConcurrentReadsPerRequest: 4,
  /** Validated operations kept to serve their repeats without Apollo's pipeline (prepared-operations.ts), and the longest text kept. */
  prepared: { maxOperations: 500, maxSourceLength: 20_000 },
} as const;
