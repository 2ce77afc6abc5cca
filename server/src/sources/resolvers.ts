/** Query.sources and the Source type. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { findSources } from './repository.js';

export const sourceResolvers: Resolvers = {
  Query: {
    sources: (_, __, ctx) => findSources(ctx.db),
  },
  Source: {
    url: (s) => s.url ?? null,
    retrieved: (s) => s.retrieved ?? null,
  },
};
