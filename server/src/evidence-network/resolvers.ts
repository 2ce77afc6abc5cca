import type { Resolvers } from '../generated/resolvers-types.js';
import { checkId } from '../validation/arguments.js';
import { findEvidenceNetwork } from './repository.js';

export const evidenceNetworkResolvers: Resolvers = {
  Query: {
    // An empty population is refused (checkId), not read as "every population".
    evidenceNetwork: (_, { population }, ctx) =>
      findEvidenceNetwork(ctx.db, population !== null && population !== undefined ? checkId(population, 'population') : null) as never,
  },
};
