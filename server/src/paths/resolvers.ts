/** `paths`: arguments checked against LIMITS (refused, never clamped), then one repository call. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { checkId, checkRange, labelsOfKinds } from '../validation/arguments.js';
import { findPaths } from './repository.js';

export const pathResolvers: Resolvers = {
  Query: {
    paths: async (_, { from, to, maxLength, limit, excludeKinds, excludeIds }, ctx) => {
      const length = checkRange(maxLength ?? 6, 1, LIMITS.paths.maxLength, 'maxLength');
      const n = checkRange(limit ?? 10, 1, LIMITS.paths.maxLimit, 'limit');
      const ids = excludeIds ?? [];
      if (ids.length > LIMITS.paths.maxExcludeIds)
        throw badInput(`excludeIds holds at most ${LIMITS.paths.maxExcludeIds} ids; got ${ids.length}.`, 'excludeIds');
      const { paths } = await findPaths(ctx.db, {
        from: checkId(from, 'from'),
        to: checkId(to, 'to'),
        maxLength: length,
        limit: n,
        excludedLabels: labelsOfKinds(excludeKinds),
        excludedIds: ids.map((id) => checkId(id, 'excludeIds')),
      });
      return paths as never;
    },
  },
};
