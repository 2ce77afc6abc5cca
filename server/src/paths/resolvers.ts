import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { checkId, checkRange, labelsOfKinds } from '../validation/arguments.js';
import { findShortestPaths } from './repository.js';

export const pathResolvers: Resolvers = {
  Query: {
    paths: async (_, { from, to, maxLength, limit, excludeKinds }, ctx) => {
      const length = checkRange(maxLength ?? 6, 1, LIMITS.paths.maxLength, 'maxLength');
      const n = checkRange(limit ?? 10, 1, LIMITS.paths.maxLimit, 'limit');
      return findShortestPaths(ctx.db, checkId(from, 'from'), checkId(to, 'to'), length, n, labelsOfKinds(excludeKinds)) as never;
    },
  },
};
