/**
 * Stage 3 of the registry source: turn validated ClinicalTrials.gov records into plan rows, one
 * record at a time, every row owned by its record (`ctgov:NCT…`). A record becomes a Study with
 * its arms, the interventions they received (the graph's own where a name or other name matches
 * exactly, else registry-only ones), populations its conditions name exactly, results of its
 * outcome measures and statistical analyses, adverse-event counts, and REGISTERED_AS from the
 * review study it is the registration of. Every fact carries the record's own words as its quote
 * and the field path they came from as its locator.
 */
import { armIdOf, slugify } from '../../../kernel/ids.js';
import { must } from '../../../kernel/must.js';
import {
  designOfRegistry,
  phaseOfRegistry,
  registryStudyIdOf,
  statusOfRegistry,
  type RegistryLinkReason,
} from '../../../kernel/registry.js';
import { pValueBoundOf, valueTextOf } from '../../../kernel/result-text.js';
import { REGISTRY_SOURCE, REGISTRY_SOURCE_ID, registryOwnerOf, registryRecordUrl, type SourceDescriptor } from '../../../kernel/sources.js';
import { PlanBuilder, shortHash, type GraphPlan } from '../plan/plan-builder.js';
import type { CtgovAdverseEvent, CtgovAnalysis, CtgovIntervention, CtgovOutcomeMeasure, CtgovStudy } from './record-schema.js';
import type { RegistryLinker } from './registry-links.js';
import { normalizeTerm, type VocabularyResolver } from './resolve.js';
import type { ValidRecord } from './validate-record.js';

/** What a plan of registry records holds, for the import summary. */
export interface RegistryPlanStats {
  studies: number;
  arms: number;
  /** Results planned from outcome measures and statistical analyses. */
  results: number;
  /** Reported values that are not numbers (and not "not reached"): no result is planned for them. */
  valuesLeftOut: number;
  adverseEventFacts: number;
  /** Adverse-event counts of a group that is no arm of the record, or of an arm that received nothing. */
  adverseEventsLeftOut: number;
  interventionsMatched: number;
  interventionsDeclared: number;
  populationLinks: number;
  links: Record<RegistryLinkReason, number>;
}

export const emptyStats = (): RegistryPlanStats => ({
  studies: 0,
  arms: 0,
  results: 0,
  valuesLeftOut: 0,
  adverseEventFacts: 0,
  adverseEventsLeftOut: 0,
  interventionsMatched: 0,
  interventionsDeclared: 0,
  populationLinks: 0,
  links: { NCT: 0, ACRONYM: 0, CURATED: 0 },
});

/** How the registry labels intervention types in arm lists ("Drug: Everolimus"). */
const TYPE_LABELS: Record<string, string> = {
  DRUG: 'Drug',
  BIOLOGICAL: 'Biological',
  GENETIC: 'Genetic',
  COMBINATION_PRODUCT: 'Combination Product',
  DIETARY_SUPPLEMENT: 'Dietary Supplement',
  PROCEDURE: 'Procedure',
  RADIATION: 'Radiation',
  DEVICE: 'Device',
  BEHAVIORAL: 'Behavioral',
  DIAGNOSTIC_TEST: 'Diagnostic Test',
  OTHER: 'Other',
};
const TYPE_OF_LABEL = new Map(Object.entries(TYPE_LABELS).map(([type, label]) => [label.toLowerCase(), type]));

/** "Drug: Everolimus" → { type: 'DRUG', name: 'Everolimus' }; a name without a known type label stays whole. */
export function parseInterventionName(text: string): { type?: string; name: string } {
  const m = /^([A-Za-z][A-Za-z ]*?)\s*:\s*(.+)$/.exec(text.trim());
  const [, label = '', name = ''] = m ?? [];
  const type = TYPE_OF_LABEL.get(label.toLowerCase());
  return type && m ? { type, name: name.trim() } : { name: text.trim() };
}

const DRUG_TYPES = new Set(['DRUG', 'BIOLOGICAL', 'GENETIC', 'COMBINATION_PRODUCT', 'DIETARY_SUPPLEMENT']);
const PROCEDURE_TYPES = new Set(['PROCEDURE', 'RADIATION', 'DEVICE']);

/** The kind of an intervention only the registry names. */
export function interventionKindOf(name: string, type: string | null | undefined): string {
  if (/\bplacebo\b/i.test(name)) return 'placebo';
  if (type && DRUG_TYPES.has(type)) return 'drug';
  if (type && PROCEDURE_TYPES.has(type)) return 'procedure';
  return 'strategy';
}

const ENDPOINT_PATTERNS: [RegExp, string][] = [
  [/progression[- ]free survival/i, 'PFS'],
  [/overall survival/i, 'OS'],
  [/(objective|overall) response rate|objective response/i, 'ORR'],
  [/disease control/i, 'DCR'],
  [/time to (tumou?r )?progression/i, 'TTP'],
];

/** The usual name of each endpoint code the importer recognizes. */
export const ENDPOINT_NAMES: Record<string, string> = {
  PFS: 'Progression-free survival',
  OS: 'Overall survival',
  ORR: 'Objective response rate',
  DCR: 'Disease control rate',
  TTP: 'Time to progression',
};

/** The endpoint code an outcome measure's title names, or OTHER. */
export function endpointCodeOf(title: string): string {
  return ENDPOINT_PATTERNS.find(([re]) => re.test(title))?.[1] ?? 'OTHER';
}

const PARAM_STATISTICS: Record<string, string> = {
  MEDIAN: 'median',
  MEAN: 'mean',
  GEOMETRIC_MEAN: 'geometric_mean',
  LEAST_SQUARES_MEAN: 'least_squares_mean',
  COUNT_OF_PARTICIPANTS: 'count',
  COUNT_OF_UNITS: 'count',
};

/** The statistic of an outcome measure's paramType; NUMBER is a proportion when its unit is a percentage. */
export function statisticOf(paramType: string | null | undefined, unit: string | null | undefined): string {
  if (!paramType || paramType === 'NUMBER') return /percent|%/i.test(unit ?? '') ? 'proportion' : 'number';
  return PARAM_STATISTICS[paramType] ?? paramType.toLowerCase();
}

/** The ratio statistic of an analysis' paramType ("Hazard Ratio (HR)" → hazard_ratio), if it is one. */
export function ratioOf(paramType: string | null | undefined): string | undefined {
  if (!paramType) return undefined;
  if (/hazard ratio/i.test(paramType)) return 'hazard_ratio';
  if (/odds ratio/i.test(paramType)) return 'odds_ratio';
  if (/risk ratio|relative risk/i.test(paramType)) return 'risk_ratio';
  return undefined;
}

/** A number as the registry writes one ("18.9", "-1.2"); anything else (NA, 12+, ranges) is not. */
export function numberOf(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined) return undefined;
  const t = text.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : undefined;
}

/** The level of a confidence interval a dispersionType names ("95% Confidence Interval" → 95), as written and as a number. */
export function ciLevelOf(dispersionType: string | null | undefined): { written: string; level: number } | undefined {
  const m = /(\d+(?:\.\d+)?)\s*%\s*confidence interval/i.exec(dispersionType ?? '');
  const written = m?.[1];
  return written !== undefined ? { written, level: Number(written) } : undefined;
}

const ROLE_OF_ARM_TYPE = (type: string | null | undefined): 'treatment' | 'control' | undefined =>
  type === 'EXPERIMENTAL' ? 'treatment' : type && (/_COMPARATOR$/.test(type) || type === 'NO_INTERVENTION') ? 'control' : undefined;

const present = (s: string | null | undefined): string | undefined => (s && s.trim() ? s : undefined);
const pText = (p: string) => (/^\s*[<>=≤≥]/.test(p) ? `p${p.trim()}` : `p=${p.trim()}`);

interface PlannedArm {
  id: string;
  label: string;
  type?: string;
}

/** Plans registry records into one plan; add records one at a time, then build. */
export class RegistryPlanner {
  private readonly b = new PlanBuilder(REGISTRY_SOURCE_ID, REGISTRY_SOURCE_ID);
  private readonly owners: string[] = [];
  constructor(
    private readonly resolver: VocabularyResolver,
    private readonly linker: RegistryLinker,
    /** Counts of what was planned; pass one object to every chunk's planner to count a whole stream. */
    readonly stats: RegistryPlanStats = emptyStats(),
    /** Links not made because a rule matched several review studies. */
    readonly warnings: string[] = [],
  ) {}

  /**
   * The Study id of a record: `study:nct…`, or `study:ctgov-nct…` where another source already
   * declares a study with that id (the review names some trials by their NCT number), so the
   * registry's record never takes over the review's node.
   */
  studyIdOf(nct: string): string {
    const id = registryStudyIdOf(nct);
    return this.resolver.hasStudy(id) ? `study:ctgov-${nct.toLowerCase()}` : id;
  }

  /** Plans one validated record, owned by `ctgov:<NCT>`. */
  add(record: ValidRecord): void {
    const owner = registryOwnerOf(record.nct);
    this.b.owner = owner;
    this.owners.push(owner);
    // Both ids a record's study may have: a record whose id moved still releases its old data.
    this.b.anchor(registryStudyIdOf(record.nct));
    this.b.anchor(`study:ctgov-${record.nct.toLowerCase()}`);
    const context = { b: this.b, resolver: this.resolver, linker: this.linker, stats: this.stats, warnings: this.warnings };
    new RecordPlan(context, record.nct, this.studyIdOf(record.nct), record.study).plan();
  }

  /** The plan of every record added, replacing exactly those records' data (scopes = their owners). */
  build(source: SourceDescriptor, loadId: string): GraphPlan {
    return this.b.build(source, [...this.owners], loadId);
  }
}

/** The registry source descriptor, with when the records were taken where known. */
export function registrySource(retrieved?: string): SourceDescriptor {
  return retrieved ? { ...REGISTRY_SOURCE, retrieved } : { ...REGISTRY_SOURCE };
}

interface PlanContext {
  b: PlanBuilder;
  resolver: VocabularyResolver;
  linker: RegistryLinker;
  stats: RegistryPlanStats;
  warnings: string[];
}

class RecordPlan {
  private readonly b: PlanBuilder;
  private readonly stats: RegistryPlanStats;
  private readonly section: string;
  private readonly arms = new Map<string, PlannedArm>();
  private readonly received = new Map<string, Set<string>>();
  private readonly evaluated = new Set<string>();

  constructor(
    private readonly context: PlanContext,
    private readonly nct: string,
    private readonly studyId: string,
    private readonly s: CtgovStudy,
  ) {
    this.b = context.b;
    this.stats = context.stats;
    this.section = `ClinicalTrials.gov ${nct}`;
  }

  plan(): void {
    this.study();
    this.armsAndInterventions();
    this.conditions();
    this.link();
    this.outcomes();
    this.adverseEvents();
  }

  private study(): void {
    const { nct, s } = this;
    const p = s.protocolSection;
    const idm = p.identificationModule;
    const acronym = present(idm.acronym);
    const briefTitle = present(idm.briefTitle);
    const officialTitle = present(idm.officialTitle);
    const status = p.statusModule;
    const design = p.designModule;
    const info = design?.designInfo;
    const quoteField = officialTitle ? 'officialTitle' : briefTitle ? 'briefTitle' : 'nctId';
    const phases = design?.phases ?? [];
    const conditions = (p.conditionsModule?.conditions ?? []).filter((c) => c.trim());
    this.b.node('Study', this.studyId, {
      // No aliases: the acronym is searchable as `acronym`, and an alias equal to it would rank the
      // record above the review's own study of that name.
      name: `${nct}: ${acronym ?? briefTitle ?? officialTitle ?? 'registry record'}`,
      nct,
      acronym,
      briefTitle,
      officialTitle,
      design: designOfRegistry({
        studyType: design?.studyType,
        allocation: info?.allocation,
        interventionModel: info?.interventionModel,
        timePerspective: info?.timePerspective,
        briefTitle,
        officialTitle,
      }),
      phase: phaseOfRegistry(phases),
      phases: phases.length > 0 ? phases : undefined,
      // The API's Study.status is never null: a record that states no status says so in words.
      status: status?.overallStatus ? statusOfRegistry(status.overallStatus) : 'not stated',
      overallStatus: status?.overallStatus,
      enrolled: design?.enrollmentInfo?.count,
      enrollmentType: design?.enrollmentInfo?.type,
      studyType: design?.studyType,
      allocation: info?.allocation,
      interventionModel: info?.interventionModel,
      masking: info?.maskingInfo?.masking,
      startDate: status?.startDateStruct?.date,
      primaryCompletionDate: status?.primaryCompletionDateStruct?.date,
      completionDate: status?.completionDateStruct?.date,
      whyStopped: status?.whyStopped,
      conditions: conditions.length > 0 ? conditions : undefined,
      registryUrl: registryRecordUrl(nct),
      summary: `Registry record ${nct}: ${briefTitle ?? officialTitle ?? nct}`,
      quote: officialTitle ?? briefTitle ?? nct,
      locator: `protocolSection.identificationModule.${quoteField}`,
      section: this.section,
    });
    this.stats.studies++;
  }

  /** The graph's intervention a registry intervention names, or a registry-only one declared for it. */
  private intervention(name: string, otherNames: string[], type: string | null | undefined): string {
    const bare = parseInterventionName(name);
    const found = this.context.resolver.intervention(name, bare.name !== name ? bare.name : undefined, ...otherNames);
    if (found) {
      this.b.reference(found);
      this.stats.interventionsMatched++;
      return found;
    }
    const id = `intervention:ctgov-${slugify(name) || shortHash(name)}`;
    this.b.sharedNode('Intervention', id, {
      name,
      aliases: otherNames.length > 0 ? otherNames : undefined,
      kind: interventionKindOf(name, type ?? bare.type),
      registryType: type ?? undefined,
    });
    this.stats.interventionsDeclared++;
    return id;
  }

  private receive(arm: PlannedArm, interventionId: string): void {
    this.b.rel('RECEIVED', arm.id, interventionId);
    this.received.get(arm.id)!.add(interventionId);
    this.evaluated.add(interventionId);
  }

  private armsAndInterventions(): void {
    const { nct, studyId } = this;
    const module = this.s.protocolSection.armsInterventionsModule;
    (module?.armGroups ?? []).forEach((a, i) => {
      const id = armIdOf(studyId, slugify(a.label) || `arm-${i + 1}`);
      const arm: PlannedArm = { id, label: a.label, type: a.type ?? undefined };
      this.b.node('Arm', id, {
        name: `${nct}: ${a.label}`,
        label: a.label,
        armType: a.type,
        description: a.description,
        studyId,
        quote: a.label,
        locator: `protocolSection.armsInterventionsModule.armGroups[${i}]`,
        section: this.section,
      });
      this.b.rel('HAS_ARM', studyId, id);
      if (!this.arms.has(normalizeTerm(a.label))) this.arms.set(normalizeTerm(a.label), arm);
      if (!this.received.has(id)) this.received.set(id, new Set());
      this.stats.arms++;
    });

    const interventions: CtgovIntervention[] = module?.interventions ?? [];
    const ids = interventions.map((iv) => this.intervention(iv.name, iv.otherNames ?? [], iv.type));
    ids.forEach((id) => this.evaluated.add(id));
    const byName = (name: string, type: string | undefined) =>
      interventions.findIndex((iv) => normalizeTerm(iv.name) === normalizeTerm(name) && (!type || !iv.type || iv.type === type));

    for (const a of module?.armGroups ?? []) {
      const arm = this.arms.get(normalizeTerm(a.label))!;
      for (const text of a.interventionNames ?? []) {
        const { type, name } = parseInterventionName(text);
        const typed = byName(name, type);
        const k = typed >= 0 ? typed : byName(text, undefined);
        this.receive(arm, k >= 0 ? must(ids[k], 'the id planned for each intervention') : this.intervention(name, [], type));
      }
    }
    interventions.forEach((iv, k) => {
      for (const label of iv.armGroupLabels ?? []) {
        const arm = this.arms.get(normalizeTerm(label));
        if (arm) this.receive(arm, must(ids[k], 'the id planned for each intervention'));
      }
    });
    for (const id of this.evaluated) this.b.rel('EVALUATES', studyId, id);
  }

  private conditions(): void {
    for (const condition of this.s.protocolSection.conditionsModule?.conditions ?? []) {
      const population = this.context.resolver.population(condition);
      if (!population) continue;
      this.b.reference(population);
      this.b.rel('ENROLLS', this.studyId, population);
      this.stats.populationLinks++;
    }
  }

  private link(): void {
    const decision = this.context.linker.link(this.nct, present(this.s.protocolSection.identificationModule.acronym));
    if ('warning' in decision && decision.warning) this.context.warnings.push(decision.warning);
    if (!('link' in decision) || !decision.link) return;
    const { studyId, reason, detail } = decision.link;
    this.b.reference(studyId);
    this.b.rel('REGISTERED_AS', studyId, this.studyId, { reason, detail });
    this.stats.links[reason]++;
  }

  /** The endpoint of an outcome measure: the graph's endpoint of its code, or one the registry declares. */
  private endpointOf(om: CtgovOutcomeMeasure): { id: string; code: string } {
    const code = endpointCodeOf(om.title);
    if (code !== 'OTHER') {
      const known = this.context.resolver.endpointOfCode(code);
      if (known) {
        this.b.reference(known);
        return { id: known, code };
      }
      const id = `endpoint:${code.toLowerCase()}`;
      this.b.sharedNode('Endpoint', id, { name: ENDPOINT_NAMES[code], code });
      return { id, code };
    }
    // A slug cut at 60 characters would join titles that differ past it (Week 8, Week 12): a cut one carries its whole slug's hash.
    const slug = slugify(om.title);
    const id = `endpoint:ctgov-${slug.length <= 60 ? slug || shortHash(om.title) : `${slug.slice(0, 60).replace(/-+$/, '')}-${shortHash(slug)}`}`;
    this.b.sharedNode('Endpoint', id, { name: om.title, code: 'OTHER' });
    return { id, code };
  }

  private outcomes(): void {
    const measures = this.s.resultsSection?.outcomeMeasuresModule?.outcomeMeasures ?? [];
    measures.forEach((om, i) => {
      let endpoint: { id: string; code: string } | undefined;
      const endpointOnce = () => (endpoint ??= this.endpointOf(om));
      this.measurements(om, i, endpointOnce);
      (om.analyses ?? []).forEach((a, j) => this.analysis(om, i, a, j, endpointOnce));
      if (endpoint) this.b.rel('MEASURES', this.studyId, endpoint.id);
    });
  }

  private groupTitle(om: CtgovOutcomeMeasure, groupId: string): string {
    return present(om.groups?.find((g) => g.id === groupId)?.title) ?? groupId;
  }

  private measurements(om: CtgovOutcomeMeasure, i: number, endpointOnce: () => { id: string; code: string }): void {
    const { nct, studyId } = this;
    const classes = om.classes ?? [];
    const several = classes.length > 1 || classes.some((c) => (c.categories?.length ?? 0) > 1);
    const unit = present(om.unitOfMeasure);
    const statistic = statisticOf(om.paramType, unit);
    const ci = ciLevelOf(om.dispersionType);
    classes.forEach((cls, c) =>
      (cls.categories ?? []).forEach((cat, k) =>
        (cat.measurements ?? []).forEach((m, n) => {
          const written = m.value?.trim() ?? '';
          const value = numberOf(written);
          const notReached = value === undefined && /^n\/?a$/i.test(written) && /not\s+(yet\s+)?reached/i.test(m.comment ?? '');
          if (value === undefined && !notReached) {
            this.stats.valuesLeftOut++;
            return;
          }
          const { id: endpointId, code } = endpointOnce();
          const groupTitle = this.groupTitle(om, m.groupId);
          const arm = this.arms.get(normalizeTerm(groupTitle));
          const lo = numberOf(m.lowerLimit);
          const hi = numberOf(m.upperLimit);
          const withCi = ci !== undefined && lo !== undefined && hi !== undefined;
          const dispersion = present(om.dispersionType) && present(om.dispersionType) !== 'NA' ? om.dispersionType : undefined;
          const sub = [present(cls.title), present(cat.title)].filter((t): t is string => t !== undefined);
          const subject = `${om.title}${sub.length > 0 ? ` (${sub.join(', ')})` : ''}`;
          let quote = `${subject} — ${groupTitle}: ${written}${unit ? ` ${unit}` : ''}`;
          if (withCi) quote += ` (${ci.written}% CI ${m.lowerLimit} to ${m.upperLimit})`;
          else if (dispersion && m.spread) quote += ` (${dispersion} ${m.spread})`;
          else if (dispersion && (m.lowerLimit || m.upperLimit)) quote += ` (${dispersion} ${m.lowerLimit ?? ''} to ${m.upperLimit ?? ''})`;
          if (present(m.comment)) quote += ` [${m.comment}]`;
          const id = `result:${nct.toLowerCase()}-om${i}-${slugify(m.groupId)}${several ? `-c${c}k${k}` : ''}`;
          const what = code === 'OTHER' ? om.title : code;
          this.b.node('Result', id, {
            name: `${nct} · ${groupTitle} · ${what}${sub.length > 0 ? ` (${sub.join(', ')})` : ''} ${statistic.replaceAll('_', ' ')}: ${valueTextOf({ statistic, value, unit, notReached })}`,
            statistic,
            value,
            unit,
            ...(withCi
              ? { ciLow: lo, ciHigh: hi, ciLevel: ci.level }
              : { dispersionType: dispersion, spread: m.spread, lowerLimit: m.lowerLimit, upperLimit: m.upperLimit }),
            notReached,
            comment: present(m.comment),
            timepoint: present(om.timeFrame),
            group: groupTitle,
            classTitle: present(cls.title),
            categoryTitle: present(cat.title),
            studyId,
            armId: arm?.id,
            nct,
            quote,
            locator: `resultsSection.outcomeMeasuresModule.outcomeMeasures[${i}].classes[${c}].categories[${k}].measurements[${n}]`,
            section: this.section,
          });
          this.b.rel('REPORTED', arm?.id ?? studyId, id);
          this.b.rel('OF_ENDPOINT', id, endpointId);
          this.stats.results++;
        }),
      ),
    );
  }

  private analysis(
    om: CtgovOutcomeMeasure,
    i: number,
    a: CtgovAnalysis,
    j: number,
    endpointOnce: () => { id: string; code: string },
  ): void {
    const { nct, studyId } = this;
    const statistic = ratioOf(a.paramType);
    if (!statistic) return;
    const value = numberOf(a.paramValue);
    if (value === undefined) {
      this.stats.valuesLeftOut++;
      return;
    }
    const { id: endpointId, code } = endpointOnce();
    const level = numberOf(a.ciPctValue);
    const lo = numberOf(a.ciLowerLimit);
    const hi = numberOf(a.ciUpperLimit);
    const withCi = level !== undefined && lo !== undefined && hi !== undefined;
    const groupTitles = (a.groupIds ?? []).map((g) => this.groupTitle(om, g));
    let quote = `${om.title} — ${a.paramType} ${a.paramValue}`;
    if (a.ciPctValue && (a.ciLowerLimit || a.ciUpperLimit))
      quote += ` (${a.ciPctValue}% CI ${a.ciLowerLimit ?? ''} to ${a.ciUpperLimit ?? ''})`;
    if (present(a.pValue)) quote += `, ${pText(a.pValue!)}`;
    const id = `result:${nct.toLowerCase()}-om${i}-a${j}`;
    const what = code === 'OTHER' ? om.title : code;
    this.b.node('Result', id, {
      name: `${nct} · ${groupTitles.join(' vs ') || 'all groups'} · ${what} ${statistic.replaceAll('_', ' ')}: ${valueTextOf({ statistic, value })}`,
      statistic,
      value,
      ...(withCi ? { ciLow: lo, ciHigh: hi, ciLevel: level } : { ciLowerLimit: a.ciLowerLimit, ciUpperLimit: a.ciUpperLimit }),
      pValue: present(a.pValue),
      pValueBound: present(a.pValue) ? pValueBoundOf(a.pValue!) : undefined,
      statisticalMethod: present(a.statisticalMethod),
      notReached: false,
      timepoint: present(om.timeFrame),
      groups: groupTitles.length > 0 ? groupTitles : undefined,
      studyId,
      nct,
      quote,
      locator: `resultsSection.outcomeMeasuresModule.outcomeMeasures[${i}].analyses[${j}]`,
      section: this.section,
    });
    this.b.rel('REPORTED', studyId, id);
    this.b.rel('OF_ENDPOINT', id, endpointId);
    this.stats.results++;

    const arms = groupTitles.map((t) => this.arms.get(normalizeTerm(t)));
    if (arms.length !== 2 || !arms[0] || !arms[1]) return;
    const [first, second] = arms as [PlannedArm, PlannedArm];
    let roles = [ROLE_OF_ARM_TYPE(first.type), ROLE_OF_ARM_TYPE(second.type)];
    if (roles[0] && !roles[1]) roles[1] = roles[0] === 'treatment' ? 'control' : 'treatment';
    if (roles[1] && !roles[0]) roles[0] = roles[1] === 'treatment' ? 'control' : 'treatment';
    const byOrder = !roles[0] || roles[0] === roles[1];
    if (byOrder) roles = ['treatment', 'control'];
    this.b.rel('COMPARES', id, first.id, { role: roles[0], roleBasis: byOrder ? 'order' : undefined });
    this.b.rel('COMPARES', id, second.id, { role: roles[1], roleBasis: byOrder ? 'order' : undefined });
  }

  private adverseEvents(): void {
    const module = this.s.resultsSection?.adverseEventsModule;
    if (!module) return;
    const titles = new Map((module.eventGroups ?? []).map((g) => [g.id, present(g.title) ?? g.id]));
    const lists: ['serious' | 'other', 'seriousEvents' | 'otherEvents', CtgovAdverseEvent[]][] = [
      ['serious', 'seriousEvents', module.seriousEvents ?? []],
      ['other', 'otherEvents', module.otherEvents ?? []],
    ];
    for (const [seriousness, field, events] of lists) {
      events.forEach((ev, e) => {
        let eventId: string | undefined;
        const eventOnce = () => {
          if (eventId) return eventId;
          const known = this.context.resolver.adverseEvent(ev.term);
          if (known) this.b.reference(known);
          eventId = known ?? `adverse-event:ctgov-${slugify(ev.term) || shortHash(ev.term)}`;
          if (!known) this.b.sharedNode('AdverseEvent', eventId, { name: ev.term, category: present(ev.organSystem) });
          return eventId;
        };
        (ev.stats ?? []).forEach((st, k) => {
          if (st.numAffected === null || st.numAffected === undefined) return;
          const groupTitle = titles.get(st.groupId) ?? st.groupId;
          const arm = this.arms.get(normalizeTerm(groupTitle));
          const interventions = arm ? this.received.get(arm.id) : undefined;
          if (!arm || !interventions || interventions.size === 0) {
            this.stats.adverseEventsLeftOut++;
            return;
          }
          const locator = `resultsSection.adverseEventsModule.${field}[${e}].stats[${k}]`;
          const atRisk = st.numAtRisk ?? undefined;
          const quote = `${ev.term}: ${st.numAffected}${atRisk !== undefined ? ` of ${atRisk}` : ''} (${groupTitle})`;
          for (const intervention of interventions) {
            this.b.rel(
              'HAS_ADVERSE_EVENT',
              intervention,
              eventOnce(),
              {
                value: st.numAffected,
                unit: 'patients',
                atRisk,
                seriousness,
                studyId: this.studyId,
                armId: arm.id,
                quote,
                locator,
                section: this.section,
              },
              shortHash(`${this.nct}|${locator}`),
            );
            this.stats.adverseEventFacts++;
          }
        });
      });
    }
  }
}
