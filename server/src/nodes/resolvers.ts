/**
 * Query.node / Query.reference and the fields of every node type. Each relation field reads what
 * the node's own statement fetched for it, else asks this request's loader for its relation;
 * scalar fields read the node's stored properties.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { referenceIdOf } from '../../../kernel/ids.js';
import { valueTextOf } from '../../../kernel/result-text.js';
import { kindOf, provenanceOf, type NodeRecord, type RelatedRecord } from '../graph/records.js';
import type { Context } from '../context.js';
import { fieldSourceOf, RELATION_FIELDS, relationOf } from './relation-fields.js';
import { loadNodeWithPlan } from './loaders.js';
import { planOfSelection } from './selection-plan.js';
import { checkId } from '../validation/arguments.js';

type RelationType = keyof typeof RELATION_FIELDS;

/**
 * The related records of `type.field`: what the node's own statement fetched for it (a planned
 * field), else its relation's loader.
 */
const relatedVia = <T extends RelationType>(type: T, field: keyof (typeof RELATION_FIELDS)[T] & string) => {
  const rel = relationOf(type, field);
  return async (parent: NodeRecord, ctx: Context): Promise<RelatedRecord[]> =>
    ctx.loaders.plannedOf(parent, type, field) ?? (await ctx.loaders.related(rel).load(parent.id));
};

const nodesVia = <T extends RelationType>(type: T, field: keyof (typeof RELATION_FIELDS)[T] & string) => {
  const related = relatedVia(type, field);
  return async (parent: NodeRecord, _: unknown, ctx: Context) => (await related(parent, ctx)).map((r) => r.node);
};

/** The node a property names by id (a result's arm): what the node's own statement fetched for it, else the node loader. */
const nodeById = (type: 'Arm' | 'Result', field: 'arm' | 'study' | 'population') => {
  const source = fieldSourceOf(type, field);
  if (!source || !('byId' in source)) throw new Error(`${type}.${field} does not name a node by id`);
  const { property } = source.byId;
  return async (parent: NodeRecord, _: unknown, ctx: Context) => {
    const planned = ctx.loaders.plannedOf(parent, type, field);
    if (planned) return planned[0]?.node ?? null;
    return typeof parent[property] === 'string' ? ctx.loaders.node.load(parent[property] as string) : null;
  };
};

/** The relations read by fields that show them through another type. */
const plannedEndpointsOf = relatedVia('Study', 'plannedEndpoints');
const treatmentsOf = relatedVia('Arm', 'treatments');
const endpointOf = relatedVia('Result', 'endpoint');
const comparedArmsOf = relatedVia('Result', 'comparedArms');
const adverseEventsOf = relatedVia('Intervention', 'adverseEvents');
const ratesOf = relatedVia('AdverseEvent', 'rates');
const predictionsOf = relatedVia('Biomarker', 'predictions');

const mustProvenance = (parent: Record<string, unknown>) => {
  const p = provenanceOf(parent);
  if (!p) throw new Error(`fact without provenance: ${String(parent.id ?? parent.key)}`);
  return p;
};

const list = (field: string) => (parent: NodeRecord) => (Array.isArray(parent[field]) ? parent[field] : []);

const common = { kind: (parent: NodeRecord) => kindOf(parent) };
const withAliases = { ...common, aliases: list('aliases') };

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
    arms: nodesVia('Study', 'arms'),
    results: async (parent, _, ctx) =>
      ctx.loaders.plannedOf(parent, 'Study', 'results')?.map((r) => r.node) ?? ctx.loaders.resultsOfStudy.load(parent.id),
    interventions: nodesVia('Study', 'interventions'),
    populations: nodesVia('Study', 'populations'),
    references: nodesVia('Study', 'references'),
    follows: nodesVia('Study', 'follows'),
    adverseEvents: (parent, _, ctx) => ctx.loaders.adverseEventsOfStudy.load(parent.id),
    provenance: mustProvenance,
    planned: (parent) => parent.planned === true,
    plannedEndpoints: (parent, _, ctx) => plannedEndpointsOf(parent, ctx),
    observations: nodesVia('Study', 'observations'),
  },
  PlannedEndpoint: {
    endpoint: (parent) => parent.node,
    primary: (parent) => parent.rel.primary === true,
    timepoint: (parent) => (parent.rel.timepoint as string | undefined) ?? null,
    provenance: (parent) => mustProvenance(parent.rel),
  },
  Arm: {
    ...common,
    study: async (parent, _, ctx) => (await nodeById('Arm', 'study')(parent, _, ctx))!,
    interventions: nodesVia('Arm', 'interventions'),
    treatments: async (parent, _, ctx) =>
      (await treatmentsOf(parent, ctx)).map((r) => ({
        intervention: r.node,
        dose: (r.rel.dose as string | undefined) ?? null,
        schedule: (r.rel.schedule as string | undefined) ?? null,
      })),
    results: nodesVia('Arm', 'results'),
  },
  Result: {
    ...common,
    endpoint: async (parent, _, ctx) => (await endpointOf(parent, ctx))[0]!.node,
    arm: nodeById('Result', 'arm'),
    study: async (parent, _, ctx) => (await nodeById('Result', 'study')(parent, _, ctx))!,
    population: nodeById('Result', 'population'),
    notReached: (parent) => parent.notReached === true,
    valueText: (parent) => valueTextOf(parent as never),
    comparedArms: async (parent, _, ctx) =>
      (await comparedArmsOf(parent, ctx)).map((r) => ({
        role: String(r.rel.role),
        arm: r.node,
      })),
    provenance: mustProvenance,
  },
  Endpoint: { ...withAliases, observations: nodesVia('Endpoint', 'observations') },
  Reference: {
    ...common,
    studies: nodesVia('Reference', 'studies'),
    results: nodesVia('Reference', 'results'),
    guidelines: nodesVia('Reference', 'guidelines'),
    observations: nodesVia('Reference', 'observations'),
  },
  Observation: {
    ...withAliases,
    value: (parent) => Number(parent.value),
    valueText: (parent) => valueTextOf(parent as never),
    about: nodesVia('Observation', 'about'),
    basis: nodesVia('Observation', 'basis'),
    provenance: mustProvenance,
  },
  Intervention: {
    ...withAliases,
    interventionKind: (parent) => String(parent.kind),
    includes: nodesVia('Intervention', 'includes'),
    partOf: nodesVia('Intervention', 'partOf'),
    targets: nodesVia('Intervention', 'targets'),
    studies: nodesVia('Intervention', 'studies'),
    adverseEvents: async (parent, _, ctx) =>
      (await adverseEventsOf(parent, ctx)).map((r) => ({
        intervention: parent,
        adverseEvent: r.node,
        rel: r.rel,
      })),
    guidelines: nodesVia('Intervention', 'guidelines'),
    observations: nodesVia('Intervention', 'observations'),
  },
  Target: {
    ...withAliases,
    interventions: nodesVia('Target', 'interventions'),
  },
  Population: {
    ...withAliases,
    grades: list('grades'),
    subsetOf: nodesVia('Population', 'subsetOf'),
    subsets: nodesVia('Population', 'subsets'),
    studies: nodesVia('Population', 'studies'),
    provenance: (parent) => provenanceOf(parent),
    observations: nodesVia('Population', 'observations'),
  },
  AdverseEvent: {
    ...withAliases,
    rates: async (parent, _, ctx) =>
      (await ratesOf(parent, ctx)).map((r) => ({
        intervention: r.node,
        adverseEvent: parent,
        rel: r.rel,
      })),
    observations: nodesVia('AdverseEvent', 'observations'),
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
    predictions: async (parent, _, ctx) => (await predictionsOf(parent, ctx)).map((r) => ({ target: r.node, rel: r.rel })),
    observations: nodesVia('Biomarker', 'observations'),
  },
  Prediction: {
    effect: (parent) => String(parent.rel.effect),
    provenance: (parent) => mustProvenance(parent.rel),
  },
  Guideline: {
    ...common,
    interventions: nodesVia('Guideline', 'interventions'),
    populations: nodesVia('Guideline', 'populations'),
    supportedBy: nodesVia('Guideline', 'supportedBy'),
    provenance: mustProvenance,
  },
};
