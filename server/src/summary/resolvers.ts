import type { Resolvers } from '../generated/resolvers-types.js';
import { findGraphSummary } from './repository.js';

export const summaryResolvers: Resolvers = {
  Query: { graphSummary: (_, __, ctx) => findGraphSummary(ctx.db) },
};
