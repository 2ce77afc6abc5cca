/**
 * Both sources side by side: each study's source, its registry record and the link's reason,
 * where review and registry disagree, and the design evidence levels use. Provenance and sourced
 * values name their Source. The rules live in the kernel (evidence-design, discrepancies); these
 * resolvers hand them the two sides.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { registryRecordUrl, REGISTRY_SOURCE_ID } from '../../../kernel/sources.js';
import { discrepanciesOf } from '../../../kernel/discrepancies.js';
import { isNonComparative } from '../../../kernel/registry.js';
import { provenanceOf, sourceIdOf, type NodeRecord } from '../graph/records.js';
import { evidenceOf, registryOf } from './registry-of.js';
import type { Context } from '../context.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const strings = (v: unknown) => (Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string') : []);

async function discrepanciesOfStudy(study: NodeRecord, ctx: Context) {
  const registry = registryOf(study);
  if (!registry || registry.link === null) return [];
  const [reviewResults, registryResults] = await Promise.all([
    ctx.loaders.resultFactsOfStudy.load(study.id),
    ctx.loaders.resultFactsOfStudy.load(registry.studyId),
  ]);
  const found = discrepanciesOf(
    { id: study.id, design: str(study.design), phase: str(study.phase), status: str(study.status), enrolled: num(study.enrolled) },
    {
      id: registry.studyId,
      studyType: str(registry.props.studyType),
      allocation: str(registry.props.allocation),
      interventionModel: str(registry.props.interventionModel),
      phases: strings(registry.props.phases),
      overallStatus: str(registry.props.overallStatus),
      enrolled: num(registry.props.enrolled),
      enrollmentType: str(registry.props.enrollmentType),
    },
    reviewResults,
    registryResults,
  );
  const factProps = async (id: string): Promise<Record<string, unknown> | null> =>
    id === study.id ? study : id === registry.studyId ? registry.props : await ctx.loaders.node.load(id);
  return Promise.all(
    found.map(async (d) => ({
      field: d.field,
      values: await Promise.all(
        d.values.map(async (v) => {
          const props = await factProps(v.factId);
          return {
            value: v.value,
            sourceId: props ? sourceIdOf(props) : v.side === 'review' ? 'review' : REGISTRY_SOURCE_ID,
            provenance: props ? provenanceOf(props) : null,
          };
        }),
      ),
    })),
  );
}

export const registryResolvers: Resolvers = {
  Study: {
    source: (study, _, ctx) => ctx.loaders.source.load(sourceIdOf(study)),
    registry: (study) => registryOf(study),
    reviewStudies: async (study, _, ctx) =>
      (await ctx.loaders.related({ types: ['REGISTERED_AS'], direction: 'in', label: 'Study' }).load(study.id)).map((r) => r.node),
    discrepancies: (study, _, ctx) => discrepanciesOfStudy(study, ctx),
    evidenceDesign: (study) => evidenceOf(study).design,
    evidencePhase: (study) => evidenceOf(study).phase,
    evidenceBasis: (study) => evidenceOf(study).basis,
    evidenceNote: (study) => evidenceOf(study).note,
    nonComparative: (study) => evidenceOf(study).nonComparative,
  },
  RegistryRecord: {
    nct: (r) => String(r.props.nct),
    url: (r) => str(r.props.registryUrl) ?? registryRecordUrl(String(r.props.nct)),
    acronym: (r) => str(r.props.acronym),
    briefTitle: (r) => str(r.props.briefTitle),
    officialTitle: (r) => str(r.props.officialTitle),
    overallStatus: (r) => str(r.props.overallStatus),
    phases: (r) => strings(r.props.phases),
    studyType: (r) => str(r.props.studyType),
    allocation: (r) => str(r.props.allocation),
    interventionModel: (r) => str(r.props.interventionModel),
    masking: (r) => str(r.props.masking),
    enrollment: (r) => num(r.props.enrolled),
    enrollmentType: (r) => str(r.props.enrollmentType),
    startDate: (r) => str(r.props.startDate),
    primaryCompletionDate: (r) => str(r.props.primaryCompletionDate),
    completionDate: (r) => str(r.props.completionDate),
    whyStopped: (r) => str(r.props.whyStopped),
    conditions: (r) => strings(r.props.conditions),
    nonComparative: (r) => isNonComparative([str(r.props.briefTitle), str(r.props.officialTitle)]),
    study: async (r, _, ctx) => (await ctx.loaders.node.load(r.studyId))!,
    link: (r) => (r.link ? { reason: r.link.reason as never, detail: r.link.detail } : null),
  },
  SourcedValue: {
    source: (v, _, ctx) => ctx.loaders.source.load(v.sourceId),
  },
  Provenance: {
    source: (p, _, ctx) => ctx.loaders.source.load(p.sourceId),
  },
};
