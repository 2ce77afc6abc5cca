/**
 * Query.node / Query.reference and the fields of every node type. Each relation field asks this
 * request's loader for one relation; scalar fields read the node's stored properties.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { GUIDELINE_STANCES, RELATIONSHIP_OF_STANCE } from '../../../kernel/vocabulary.js';
import { referenceIdOf } from '../../../kernel/ids.js';
import { valueTextOf } from '../../../kernel/result-text.js';
import { kindOf, provenanceOf, type NodeRecord } from '../graph/records.js';
import type { Context } from '../context.js';
import type { Relation } from './repository.js';
import { checkId } from '../validation/arguments.js';

const STANCE_TYPES = GUIDELINE_STANCES.map((s) => RELATIONSHIP_OF_STANCE[s]);

const nodesVia = (rel: Relation) => async (parent: NodeRecord, _: unknown, ctx: Context) =>
  (await ctx.loaders.related(rel).load(parent.id)).map((r) => r.node);

const firstVia = (rel: Relation) => async (parent: NodeRecord, _: unknown, ctx: Context) =>
  (await ctx.loaders.related(rel).load(parent.id))[0]?.node ?? null;

const nodeById = (field: string) => async (parent: NodeRecord, _: unknown, ctx: Context) =>
  typeof parent[field] === 'string' ? ctx.loaders.node.load(parent[field] as string) : null;

const mustProvenance = (parent: Record<string, unknown>) => {
  const p = provenanceOf(parent);
  if (!p) throw new Error(`fact without provenance: ${String(parent.id ?? parent.key)}`);
  return p;
};

const list = (field: string) => (parent: NodeRecord) => (Array.isArray(parent[field]) ? parent[field] : []);

const common = { kind: (parent: NodeRecord) => kindOf(parent) };
const withAliases = { ...common, aliases: list('aliases') };

/** The review-level numbers about a node (Observation -[:ABOUT]-> it). */
const observationsAbout = nodesVia({ types: ['ABOUT'], direction: 'in', label: 'Observation' });

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => ctx.loaders.node.load(checkId(id)),
    reference: (_, { number }, ctx) => ctx.loaders.node.load(referenceIdOf(number)),
  },
  Node: {
    __resolveType: (node) => node.graphLabel,
  },
  Study: {
    ...withAliases,
    arms: nodesVia({ types: ['HAS_ARM'], direction: 'out', label: 'Arm' }),
    results: (parent, _, ctx) => ctx.loaders.resultsOfStudy.load(parent.id),
    interventions: nodesVia({ types: ['EVALUATES'], direction: 'out', label: 'Intervention' }),
    populations: nodesVia({ types: ['ENROLLS'], direction: 'out', label: 'Population' }),
    references: nodesVia({ types: ['CITES'], direction: 'out', label: 'Reference' }),
    follows: nodesVia({ types: ['FOLLOWS'], direction: 'out', label: 'Intervention' }),
    adverseEvents: (parent, _, ctx) => ctx.loaders.adverseEventsOfStudy.load(parent.id),
    provenance: mustProvenance,
    planned: (parent) => parent.planned === true,
    plannedEndpoints: (parent, _, ctx) =>
      ctx.loaders.related({ types: ['PLANS_TO_MEASURE'], direction: 'out', label: 'Endpoint' }).load(parent.id),
    observations: nodesVia({ types: ['BASED_ON'], direction: 'in', label: 'Observation' }),
  },
  PlannedEndpoint: {
    endpoint: (parent) => parent.node,
    primary: (parent) => parent.rel.primary === true,
    timepoint: (parent) => (parent.rel.timepoint as string | undefined) ?? null,
    provenance: (parent) => mustProvenance(parent.rel),
  },
  Arm: {
    ...common,
    study: async (parent, _, ctx) => (await ctx.loaders.node.load(String(parent.studyId)))!,
    interventions: nodesVia({ types: ['RECEIVED'], direction: 'out', label: 'Intervention' }),
    treatments: async (parent, _, ctx) =>
      (await ctx.loaders.related({ types: ['RECEIVED'], direction: 'out', label: 'Intervention' }).load(parent.id)).map((r) => ({
        intervention: r.node,
        dose: (r.rel.dose as string | undefined) ?? null,
        schedule: (r.rel.schedule as string | undefined) ?? null,
      })),
    results: nodesVia({ types: ['REPORTED'], direction: 'out', label: 'Result' }),
  },
  Result: {
    ...common,
    endpoint: async (parent, _, ctx) => (await firstVia({ types: ['OF_ENDPOINT'], direction: 'out', label: 'Endpoint' })(parent, _, ctx))!,
    arm: nodeById('armId'),
    study: async (parent, _, ctx) => (await ctx.loaders.node.load(String(parent.studyId)))!,
    population: nodeById('populationId'),
    notReached: (parent) => parent.notReached === true,
    valueText: (parent) => valueTextOf(parent as never),
    comparedArms: async (parent, _, ctx) =>
      (await ctx.loaders.related({ types: ['COMPARES'], direction: 'out', label: 'Arm' }).load(parent.id)).map((r) => ({
        role: String(r.rel.role),
        arm: r.node,
      })),
    provenance: mustProvenance,
  },
  Endpoint: { ...withAliases, observations: observationsAbout },
  Reference: {
    ...common,
    studies: nodesVia({ types: ['CITES'], direction: 'in', label: 'Study' }),
    results: nodesVia({ types: ['CITES'], direction: 'in', label: 'Result' }),
    guidelines: nodesVia({ types: ['CITES'], direction: 'in', label: 'Guideline' }),
    observations: nodesVia({ types: ['CITES'], direction: 'in', label: 'Observation' }),
  },
  Observation: {
    ...withAliases,
    value: (parent) => Number(parent.value),
    valueText: (parent) => valueTextOf(parent as never),
    about: nodesVia({ types: ['ABOUT'], direction: 'out' }),
    basis: nodesVia({ types: ['BASED_ON'], direction: 'out', label: 'Study' }),
    provenance: mustProvenance,
  },
  Intervention: {
    ...withAliases,
    interventionKind: (parent) => String(parent.kind),
    includes: nodesVia({ types: ['INCLUDES'], direction: 'out', label: 'Intervention' }),
    partOf: nodesVia({ types: ['INCLUDES'], direction: 'in', label: 'Intervention' }),
    targets: nodesVia({ types: ['TARGETS'], direction: 'out', label: 'Target' }),
    studies: nodesVia({ types: ['EVALUATES'], direction: 'in', label: 'Study' }),
    adverseEvents: async (parent, _, ctx) =>
      (await ctx.loaders.related({ types: ['HAS_ADVERSE_EVENT'], direction: 'out', label: 'AdverseEvent' }).load(parent.id)).map((r) => ({
        intervention: parent,
        adverseEvent: r.node,
        rel: r.rel,
      })),
    guidelines: nodesVia({ types: STANCE_TYPES, direction: 'in', label: 'Guideline' }),
    observations: observationsAbout,
  },
  Target: {
    ...withAliases,
    interventions: nodesVia({ types: ['TARGETS'], direction: 'in', label: 'Intervention' }),
  },
  Population: {
    ...withAliases,
    grades: list('grades'),
    subsetOf: nodesVia({ types: ['SUBSET_OF'], direction: 'out', label: 'Population' }),
    subsets: nodesVia({ types: ['SUBSET_OF'], direction: 'in', label: 'Population' }),
    studies: nodesVia({ types: ['ENROLLS'], direction: 'in', label: 'Study' }),
    provenance: (parent) => provenanceOf(parent),
    observations: observationsAbout,
  },
  AdverseEvent: {
    ...withAliases,
    rates: async (parent, _, ctx) =>
      (await ctx.loaders.related({ types: ['HAS_ADVERSE_EVENT'], direction: 'in', label: 'Intervention' }).load(parent.id)).map((r) => ({
        intervention: r.node,
        adverseEvent: parent,
        rel: r.rel,
      })),
    observations: observationsAbout,
  },
  AdverseEventRate: {
    study: (parent, _, ctx) => (typeof parent.rel.studyId === 'string' ? ctx.loaders.node.load(parent.rel.studyId) : null),
    value: (parent) => (parent.rel.value as number | undefined) ?? null,
    valueHigh: (parent) => (parent.rel.valueHigh as number | undefined) ?? null,
    bound: (parent) => (parent.rel.bound as string | undefined) ?? null,
    unit: (parent) => (parent.rel.unit as string | undefined) ?? null,
    grade: (parent) => (parent.rel.grade as string | undefined) ?? null,
    frequency: (parent) => (parent.rel.frequency as string | undefined) ?? null,
    timepoint: (parent) => (parent.rel.timepoint as string | undefined) ?? null,
    provenance: (parent) => mustProvenance(parent.rel),
  },
  Biomarker: {
    ...withAliases,
    predictions: async (parent, _, ctx) =>
      (await ctx.loaders.related({ types: ['PREDICTS'], direction: 'out' }).load(parent.id)).map((r) => ({ target: r.node, rel: r.rel })),
    observations: observationsAbout,
  },
  Prediction: {
    effect: (parent) => String(parent.rel.effect),
    provenance: (parent) => mustProvenance(parent.rel),
  },
  Guideline: {
    ...common,
    interventions: nodesVia({ types: STANCE_TYPES, direction: 'out', label: 'Intervention' }),
    populations: nodesVia({ types: ['FOR'], direction: 'out', label: 'Population' }),
    supportedBy: nodesVia({ types: ['SUPPORTED_BY'], direction: 'out', label: 'Study' }),
    provenance: mustProvenance,
  },
};
