import type { Resolvers } from '../generated/resolvers-types.js';
import { recordOf } from '../graph/records.js';
import type { ProjectedNode } from '../graph/cypher.js';
import { FIND_ENDPOINTS, findGraphSummary } from './repository.js';

export const summaryResolvers: Resolvers = {
  Query: {
    graphSummary: (_, __, ctx) => findGraphSummary(ctx.db) as never,
    endpoints: async (_, __, ctx) =>
      (await ctx.db.read<{ node: ProjectedNode }>('summary.endpoints', FIND_ENDPOINTS)).map((r) => recordOf(r.node)),
  },
};
