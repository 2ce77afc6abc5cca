import type { Resolvers } from '../generated/resolvers-types.js';
import { checkId } from '../validation/arguments.js';
import { findEvidenceNetwork } from './repository.js';

export const evidenceNetworkResolvers: Resolvers = {
  Query: {
    evidenceNetwork: (_, { population }, ctx) =>
      findEvidenceNetwork(ctx.db, population ? checkId(population, 'population') : null) as never,
  },
};
