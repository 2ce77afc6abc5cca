import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { checkId, checkRange } from '../validation/arguments.js';
import { countStudies, findMissingIds, findStudies, type Cursor } from './repository.js';

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.name, c.id])).toString('base64url');

function decodeCursor(after: string): Cursor {
  try {
    const [name, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { name, id };
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this API returned (use pageInfo.endCursor).', 'after');
}

export const studyResolvers: Resolvers = {
  Query: {
    studies: async (_, { filter, first, after }, ctx) => {
      const n = checkRange(first ?? 50, 1, LIMITS.studies.maxFirst, 'first');
      const params = {
        intervention: filter?.intervention ? checkId(filter.intervention, 'filter.intervention') : null,
        population: filter?.population ? checkId(filter.population, 'filter.population') : null,
        design: filter?.design ?? null,
        phase: filter?.phase ?? null,
        status: filter?.status ?? null,
        endpoint: filter?.endpoint ?? null,
      };
      const missing = await findMissingIds(
        ctx.db,
        [params.intervention, params.population].filter((x): x is string => x !== null),
      );
      if (missing.length > 0) throw badInput(`no node has the id ${missing.join(', ')}.`, 'filter');
      const [page, totalCount] = await Promise.all([
        findStudies(ctx.db, params, n, after ? decodeCursor(after) : null),
        countStudies(ctx.db, params),
      ]);
      const last = page.nodes[page.nodes.length - 1];
      return {
        nodes: page.nodes,
        totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor({ name: last.name, id: last.id }) : null },
      };
    },
  },
};
