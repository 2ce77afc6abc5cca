/**
 * Query.node / Query.reference and the fields of every node type. Each relation field asks this
 * request's loader for one relation; scalar fields read the node's stored properties.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { referenceIdOf } from '../../../kernel/ids.js';
import { valueTextOf } from '../../../kernel/result-text.js';
import { kindOf, provenanceOf, type NodeRecord } from '../graph/records.js';
import type { Context } from '../context.js';
import type { Relation } from './repository.js';
import { relationOf } from './relation-fields.js';
import { loadNodeWithPlan } from './loaders.js';
import { planOfSelection } from './selection-plan.js';
import { checkId } from '../validation/arguments.js';

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
const observationsAbout = nodesVia(relationOf('Endpoint', 'observations'));

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx, info) => loadNodeWithPlan(ctx.db, ctx.loaders, checkId(id), planOfSelection(info)),
    reference: (_, { number }, ctx, info) => loadNodeWithPlan(ctx.db, ctx.loaders, referenceIdOf(number), planOfSelection(info)),
  },
  Node: {
    __resolveType: (node) => node.graphLabel,
  },
  Study: {
    ...withAliases,
    arms: nodesVia(relationOf('Study', 'arms')),
    results: (parent, _, ctx) => ctx.loaders.resultsOfStudy.load(parent.id),
    interventions: nodesVia(relationOf('Study', 'interventions')),
    populations: nodesVia(relationOf('Study', 'populations')),
    references: nodesVia(relationOf('Study', 'references')),
    follows: nodesVia(relationOf('Study', 'follows')),
    adverseEvents: (parent, _, ctx) => ctx.loaders.adverseEventsOfStudy.load(parent.id),
    provenance: mustProvenance,
    planned: (parent) => parent.planned === true,
    plannedEndpoints: (parent, _, ctx) => ctx.loaders.related(relationOf('Study', 'plannedEndpoints')).load(parent.id),
    observations: nodesVia(relationOf('Study', 'observations')),
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
    interventions: nodesVia(relationOf('Arm', 'interventions')),
    treatments: async (parent, _, ctx) =>
      (await ctx.loaders.related(relationOf('Arm', 'treatments')).load(parent.id)).map((r) => ({
        intervention: r.node,
        dose: (r.rel.dose as string | undefined) ?? null,
        schedule: (r.rel.schedule as string | undefined) ?? null,
      })),
    results: nodesVia(relationOf('Arm', 'results')),
  },
  Result: {
    ...common,
    endpoint: async (parent, _, ctx) => (await firstVia(relationOf('Result', 'endpoint'))(parent, _, ctx))!,
    arm: nodeById('armId'),
    study: async (parent, _, ctx) => (await ctx.loaders.node.load(String(parent.studyId)))!,
    population: nodeById('populationId'),
    notReached: (parent) => parent.notReached === true,
    valueText: (parent) => valueTextOf(parent as never),
    comparedArms: async (parent, _, ctx) =>
      (await ctx.loaders.related(relationOf('Result', 'comparedArms')).load(parent.id)).map((r) => ({
        role: String(r.rel.role),
        arm: r.node,
      })),
    provenance: mustProvenance,
  },
  Endpoint: { ...withAliases, observations: observationsAbout },
  Reference: {
    ...common,
    studies: nodesVia(relationOf('Reference', 'studies')),
    results: nodesVia(relationOf('Reference', 'results')),
    guidelines: nodesVia(relationOf('Reference', 'guidelines')),
    observations: nodesVia(relationOf('Reference', 'observations')),
  },
  Observation: {
    ...withAliases,
    value: (parent) => Number(parent.value),
    valueText: (parent) => valueTextOf(parent as never),
    about: nodesVia(relationOf('Observation', 'about')),
    basis: nodesVia(relationOf('Observation', 'basis')),
    provenance: mustProvenance,
  },
  Intervention: {
    ...withAliases,
    interventionKind: (parent) => String(parent.kind),
    includes: nodesVia(relationOf('Intervention', 'includes')),
    partOf: nodesVia(relationOf('Intervention', 'partOf')),
    targets: nodesVia(relationOf('Intervention', 'targets')),
    studies: nodesVia(relationOf('Intervention', 'studies')),
    adverseEvents: async (parent, _, ctx) =>
      (await ctx.loaders.related(relationOf('Intervention', 'adverseEvents')).load(parent.id)).map((r) => ({
        intervention: parent,
        adverseEvent: r.node,
        rel: r.rel,
      })),
    guidelines: nodesVia(relationOf('Intervention', 'guidelines')),
    observations: observationsAbout,
  },
  Target: {
    ...withAliases,
    interventions: nodesVia(relationOf('Target', 'interventions')),
  },
  Population: {
    ...withAliases,
    grades: list('grades'),
    subsetOf: nodesVia(relationOf('Population', 'subsetOf')),
    subsets: nodesVia(relationOf('Population', 'subsets')),
    studies: nodesVia(relationOf('Population', 'studies')),
    provenance: (parent) => provenanceOf(parent),
    observations: observationsAbout,
  },
  AdverseEvent: {
    ...withAliases,
    rates: async (parent, _, ctx) =>
      (await ctx.loaders.related(relationOf('AdverseEvent', 'rates')).load(parent.id)).map((r) => ({
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
      (await ctx.loaders.related(relationOf('Biomarker', 'predictions')).load(parent.id)).map((r) => ({ target: r.node, rel: r.rel })),
    observations: observationsAbout,
  },
  Prediction: {
    effect: (parent) => String(parent.rel.effect),
    provenance: (parent) => mustProvenance(parent.rel),
  },
  Guideline: {
    ...common,
    interventions: nodesVia(relationOf('Guideline', 'interventions')),
    populations: nodesVia(relationOf('Guideline', 'populations')),
    supportedBy: nodesVia(relationOf('Guideline', 'supportedBy')),
    provenance: mustProvenance,
  },
};
