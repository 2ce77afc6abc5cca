import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { checkId, checkOneOf, checkRange, echo } from '../validation/arguments.js';
import { findMissingIds, findStudies, type Cursor } from './repository.js';
import { findEndpoint } from '../compare/repository.js';
import { readTogether } from '../../../runtime/db/database.js';
import { ALL_STUDY_STATUSES, PHASES, STUDY_DESIGNS } from '../../../kernel/study-values.js';

/** A phase as the graph writes it: I to IV, joined by "/" when a trial spans phases (II/III). */
const PHASE = /^(I|II|III|IV)(\/(I|II|III|IV))*$/;

function checkPhase(phase: string): string {
  if (!PHASE.test(phase)) checkOneOf(phase, PHASES, 'filter.phase', ' (or such a combination, e.g. I/II/III)');
  return phase;
}

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
      // null means "no filter"; an empty or unknown value is refused, never read as no filter or matched to nothing.
      const given = <T>(v: T | null | undefined) => v !== null && v !== undefined;
      const params = {
        intervention: given(filter?.intervention) ? checkId(filter!.intervention!, 'filter.intervention') : null,
        population: given(filter?.population) ? checkId(filter!.population!, 'filter.population') : null,
        design: given(filter?.design) ? checkOneOf(filter!.design!, STUDY_DESIGNS, 'filter.design') : null,
        phase: given(filter?.phase) ? checkPhase(filter!.phase!) : null,
        status: given(filter?.status) ? checkOneOf(filter!.status!, ALL_STUDY_STATUSES, 'filter.status') : null,
        endpoint: given(filter?.endpoint) ? filter!.endpoint! : null,
      };
      // The ids, the endpoint and the page are read in one transaction: one snapshot, one BEGIN/COMMIT.
      const page = await readTogether(ctx.db, 'studies', async (db) => {
        const missing = await findMissingIds(
          db,
          [params.intervention, params.population].filter((x): x is string => x !== null),
        );
        if (missing.length > 0) throw badInput(`no node has the id ${missing.map(echo).join(', ')}.`, 'filter');
        if (params.endpoint !== null && !(await findEndpoint(db, params.endpoint))) {
          throw badInput(
            `filter.endpoint ${echo(params.endpoint)} is no endpoint; use a code such as PFS, OS, DCR, ORR or an endpoint id.`,
            'filter.endpoint',
          );
        }
        return findStudies(db, params, n, after ? decodeCursor(after) : null);
      });
      const last = page.nodes[page.nodes.length - 1];
      return {
        nodes: page.nodes,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor({ name: last.name, id: last.id }) : null },
      };
    },
  },
};
