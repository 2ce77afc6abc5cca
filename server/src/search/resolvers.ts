import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { checkRange, labelsOfKinds } from '../validation/arguments.js';
import { luceneQueriesOf } from './lucene-query.js';
import { searchNodes } from './repository.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, kinds, first }, ctx) => {
      if (query.length > LIMITS.search.maxQueryLength)
        throw badInput(`query is longer than ${LIMITS.search.maxQueryLength} characters.`, 'query');
      const n = checkRange(first ?? 20, 1, LIMITS.search.maxFirst, 'first');
      const lucene = luceneQueriesOf(query);
      return lucene ? searchNodes(ctx.db, query, lucene, labelsOfKinds(kinds), n) : [];
    },
  },
  SearchHit: {},
};
