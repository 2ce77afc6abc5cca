import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { provenanceOf, sourceIdOf } from '../graph/records.js';
import { evidenceOf } from '../registry/registry-of.js';
import { checkId, checkRange } from '../validation/arguments.js';
import { findMissingIds } from '../studies/repository.js';
import { findComparison, findEndpoint } from './repository.js';
import { findNodesByIds } from '../nodes/repository.js';
import { readTogether } from '../../../runtime/db/database.js';

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** A page's end as an opaque cursor: the offset of the next row in the rows' stable order. */
const encodeOffset = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url');

function decodeOffset(after: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this API returned (use pageInfo.endCursor).', 'after');
}

export const compareResolvers: Resolvers = {
  Query: {
    compare: async (_, { interventions, endpoint, population, first, after }, ctx) => {
      const take = checkRange(first ?? 50, 1, LIMITS.compare.maxFirst, 'first');
      const skip = after ? decodeOffset(after) : 0;
      if (interventions.length === 0 || interventions.length > LIMITS.compare.maxInterventions) {
        throw badInput(`give from 1 to ${LIMITS.compare.maxInterventions} interventions.`, 'interventions');
      }
      const ids = interventions.map((id) => checkId(id, 'interventions'));
      const populationId = population ? checkId(population, 'population') : null;
      // The ids, the endpoint and the rows are read in one transaction: one snapshot, one BEGIN/COMMIT.
      return readTogether(ctx.db, 'compare', async (db) => {
        const missing = await findMissingIds(db, populationId ? [...ids, populationId] : ids);
        if (missing.length > 0) throw badInput(`no node has the id ${missing.join(', ')}.`, 'interventions');
        const e = await findEndpoint(db, endpoint);
        if (!e)
          throw badInput(`no endpoint "${endpoint.slice(0, 40)}"; use a code such as PFS, OS, DCR, ORR or an endpoint id.`, 'endpoint');
        const [pop] = populationId ? await findNodesByIds(db, [populationId]) : [null];
        return findComparison(db, e, ids, pop ?? null, { skip, take });
      });
    },
  },
  Comparison: {
    pageInfo: (c) => {
      const end = c.skip + c.rows.length;
      return { hasNextPage: end < c.totalCount, endCursor: c.rows.length > 0 ? encodeOffset(end) : null };
    },
  },
  ComparisonRow: {
    design: (row) => String(row.study.design),
    phase: (row) => str(row.study.phase),
    n: (row) => num(row.arm?.enrolled) ?? num(row.study.enrolled),
    statistic: (row) => String(row.result.statistic),
    value: (row) => num(row.result.value),
    valueHigh: (row) => num(row.result.valueHigh),
    bound: (row) => str(row.result.bound),
    unit: (row) => str(row.result.unit),
    ciLow: (row) => num(row.result.ciLow),
    ciHigh: (row) => num(row.result.ciHigh),
    pValue: (row) => str(row.result.pValue),
    timepoint: (row) => str(row.result.timepoint),
    notReached: (row) => row.result.notReached === true,
    provenance: (row) => provenanceOf(row.result)!,
    source: (row, _, ctx) => ctx.loaders.source.load(sourceIdOf(row.result)),
    evidenceDesign: (row) => evidenceOf(row.study).design,
    evidenceBasis: (row) => evidenceOf(row.study).basis,
    nonComparative: (row) => evidenceOf(row.study).nonComparative,
  },
};
