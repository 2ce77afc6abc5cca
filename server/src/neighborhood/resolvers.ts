import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { checkId, checkRange, labelsOfKinds } from '../validation/arguments.js';
import { findNeighborhood } from './repository.js';

export const neighborhoodResolvers: Resolvers = {
  Query: {
    neighborhood: async (_, { id, depth, kinds, limit }, ctx) => {
      const d = checkRange(depth ?? 1, 1, LIMITS.neighborhood.maxDepth, 'depth');
      const l = checkRange(limit ?? 200, 1, LIMITS.neighborhood.maxLimit, 'limit');
      const found = await findNeighborhood(ctx.db, checkId(id), d, labelsOfKinds(kinds), l);
      return (found ?? { nodes: [], edges: [], truncated: false }) as never;
    },
  },
};
