import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { checkId, checkRange, checkRelationshipTypes, labelsOfKinds } from '../validation/arguments.js';
import { badInput } from '../errors/app-error.js';
import { findNeighborhood, findSubgraph, summarizeNeighbours } from './repository.js';

export const neighborhoodResolvers: Resolvers = {
  Query: {
    neighborhood: async (_, { id, depth, kinds, relationshipTypes, limit }, ctx) => {
      const d = checkRange(depth ?? 1, 1, LIMITS.neighborhood.maxDepth, 'depth');
      const l = checkRange(limit ?? 200, 1, LIMITS.neighborhood.maxLimit, 'limit');
      const found = await findNeighborhood(ctx.db, checkId(id), d, labelsOfKinds(kinds), checkRelationshipTypes(relationshipTypes), l);
      return (found ?? { nodes: [], edges: [], truncated: false }) as never;
    },
    neighborSummary: async (_, { id }, ctx) => summarizeNeighbours(ctx.db, checkId(id)) as never,
    subgraph: async (_, { ids }, ctx) => {
      if (ids.length > LIMITS.subgraph.maxIds) throw badInput(`at most ${LIMITS.subgraph.maxIds} ids.`, 'ids');
      return findSubgraph(
        ctx.db,
        ids.map((id) => checkId(id, 'ids')),
      ) as never;
    },
  },
};
