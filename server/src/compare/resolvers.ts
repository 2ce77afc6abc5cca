import type { Resolvers } from '../generated/resolvers-types.js';
import { LIMITS } from '../limits.js';
import { badInput } from '../errors/app-error.js';
import { provenanceOf, sourceIdOf } from '../graph/records.js';
import { evidenceOf } from '../registry/registry-of.js';
import { checkId } from '../validation/arguments.js';
import { findMissingIds } from '../studies/repository.js';
import { findComparison, findEndpoint } from './repository.js';

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

export const compareResolvers: Resolvers = {
  Query: {
    compare: async (_, { interventions, endpoint, population }, ctx) => {
      if (interventions.length === 0 || interventions.length > LIMITS.compare.maxInterventions) {
        throw badInput(`give from 1 to ${LIMITS.compare.maxInterventions} interventions.`, 'interventions');
      }
      const ids = interventions.map((id) => checkId(id, 'interventions'));
      const missing = await findMissingIds(ctx.db, population ? [...ids, checkId(population, 'population')] : ids);
      if (missing.length > 0) throw badInput(`no node has the id ${missing.join(', ')}.`, 'interventions');
      const e = await findEndpoint(ctx.db, endpoint);
      if (!e) throw badInput(`no endpoint "${endpoint.slice(0, 40)}"; use a code such as PFS, OS, DCR, ORR or an endpoint id.`, 'endpoint');
      const pop = population ? await ctx.loaders.node.load(population) : null;
      return findComparison(ctx.db, e, ids, pop);
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
