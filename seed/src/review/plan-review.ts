/**
 * Stage 3 of the review source: turn validated files into the rows the writer merges. Derived
 * facts are computed here and only here: arm and result ids, EVALUATES from arms, MEASURES from
 * results, whether an ongoing study is only planned (no results yet), every fact's citation group
 * (`refs`: ref, quote and the curated sentence group), Reference nodes from every cited number,
 * and a content hash of the whole plan.
 */
import { ENTITY_LISTS, type ProvenanceInput, type SeedFile } from './schema.js';
import { FIELD_LINKS } from '../../../kernel/links.js';
import { RELATIONSHIP_OF_STANCE } from '../../../kernel/vocabulary.js';
import { REVIEW_SOURCE_ID, type SourceDescriptor } from '../../../kernel/sources.js';
import { pValueBoundOf, valueTextOf } from '../../../kernel/result-text.js';
import { PlanBuilder, defined, shortHash, type GraphPlan, type Properties } from '../plan/plan-builder.js';
import type { ValidFile } from './validate-seed.js';
import { armIdOf, referenceIdOf, resultIdOf } from '../../../kernel/ids.js';
import { referencesOf } from '../../../kernel/citations.js';
import { must } from '../../../kernel/must.js';

/** Every citation of a fact: its ref, the groups in its quote, and the group its sentence carries beyond the quote. */
const citationsOf = (p: ProvenanceInput) => referencesOf(p.ref, p.quote, p.refs ?? []);

function provenanceProps(p: ProvenanceInput, fileSection: string | undefined): Properties {
  return defined({ ref: p.ref ?? undefined, refs: citationsOf(p), section: p.section ?? fileSection, quote: p.quote });
}

/** The review as a source: the curated files in seed/data. */
export const REVIEW_SOURCE: SourceDescriptor = {
  id: REVIEW_SOURCE_ID,
  kind: 'REVIEW',
  title: 'Review of antiproliferative therapy for GEP-NENs (curated in seed/data)',
};

/** CITES to every citation of the fact: its ref, its quote's groups and its sentence's group. */
function cite(b: PlanBuilder, from: string, p: ProvenanceInput): void {
  for (const n of citationsOf(p)) b.rel('CITES', from, referenceIdOf(n));
}

export function planGraph(files: ValidFile[]): GraphPlan {
  const b = new PlanBuilder(REVIEW_SOURCE_ID);
  const authors = new Map<number, string | undefined>();
  const refsUsed = new Set<number>();
  const useRef = (p: ProvenanceInput | number | null | undefined) => {
    if (typeof p === 'number') refsUsed.add(p);
    else if (p) for (const n of citationsOf(p)) refsUsed.add(n);
  };

  for (const { data } of files) {
    for (const r of data.references) {
      authors.set(r.number, r.firstAuthor);
      refsUsed.add(r.number);
    }
  }

  for (const { data } of files) {
    planFile(b, data, useRef);
    planFieldLinks(b, data);
  }

  for (const n of refsUsed) {
    const firstAuthor = authors.get(n);
    b.node('Reference', referenceIdOf(n), {
      name: firstAuthor ? `${firstAuthor} et al. [${n}]` : `Reference ${n}`,
      aliases: [`ref ${n}`, `[${n}]`],
      number: n,
      firstAuthor,
    });
  }
  return b.build(REVIEW_SOURCE, [REVIEW_SOURCE_ID], REVIEW_SOURCE_ID);
}

/** The relationships the links table draws from id-list fields (Study.populations → ENROLLS, …). */
function planFieldLinks(b: PlanBuilder, data: SeedFile): void {
  for (const link of FIELD_LINKS) {
    const list = must(ENTITY_LISTS_BY_LABEL[link.entity], `a seed-file list of ${link.entity} nodes (FIELD_LINKS)`);
    for (const entry of data[list] as unknown as Record<string, unknown>[]) {
      const ids = entry[link.field];
      if (Array.isArray(ids)) for (const id of ids as string[]) b.rel(link.type, entry.id as string, id);
    }
  }
}

const ENTITY_LISTS_BY_LABEL = Object.fromEntries(Object.entries(ENTITY_LISTS).map(([list, label]) => [label, list])) as Record<
  string,
  keyof typeof ENTITY_LISTS
>;

function planFile(b: PlanBuilder, data: SeedFile, useRef: (p: ProvenanceInput | number | null | undefined) => void): void {
  const section = data.section;
  for (const t of data.targets) b.node('Target', t.id, { name: t.name, aliases: t.aliases });
  for (const iv of data.interventions) {
    b.node('Intervention', iv.id, { name: iv.name, aliases: iv.aliases, kind: iv.kind, drugClass: iv.drugClass, route: iv.route });
  }
  for (const p of data.populations) {
    b.node('Population', p.id, {
      name: p.name,
      aliases: p.aliases,
      site: p.site,
      differentiation: p.differentiation,
      grades: p.grades,
      ki67Min: p.ki67Min,
      ki67Max: p.ki67Max,
      setting: p.setting,
      line: p.line,
      ...(p.provenance ? provenanceProps(p.provenance, section) : {}),
    });
    useRef(p.provenance);
  }
  for (const e of data.endpoints) b.node('Endpoint', e.id, { name: e.name, aliases: e.aliases, code: e.code });
  for (const ae of data.adverseEvents) b.node('AdverseEvent', ae.id, { name: ae.name, aliases: ae.aliases, category: ae.category });
  for (const bm of data.biomarkers) {
    b.node('Biomarker', bm.id, { name: bm.name, aliases: bm.aliases });
    for (const p of bm.predicts) {
      useRef(p.provenance);
      b.rel(
        'PREDICTS',
        bm.id,
        p.target,
        { effect: p.effect, ...provenanceProps(p.provenance, section) },
        shortHash(p.provenance.quote + p.effect),
      );
    }
  }

  const adverseEvent = (ae: SeedFile['adverseEventReports'][number], studyId?: string) => {
    useRef(ae.provenance);
    b.rel(
      'HAS_ADVERSE_EVENT',
      ae.intervention,
      ae.event,
      {
        value: ae.value,
        valueHigh: ae.valueHigh,
        bound: ae.bound,
        unit: ae.value !== undefined ? ae.unit : undefined,
        grade: ae.grade,
        frequency: ae.frequency,
        timepoint: ae.timepoint,
        studyId,
        ...provenanceProps(ae.provenance, section),
      },
      shortHash(`${studyId ?? ''}|${ae.grade ?? ''}|${ae.provenance.quote}`),
    );
  };
  for (const ae of data.adverseEventReports) adverseEvent(ae);

  for (const o of data.observations) {
    useRef(o.provenance);
    b.node('Observation', o.id, {
      name: `${o.name}: ${valueTextOf(o)}`,
      aliases: o.aliases,
      statistic: o.statistic,
      value: o.value,
      valueHigh: o.valueHigh,
      bound: o.bound,
      unit: o.unit,
      timepoint: o.timepoint,
      note: o.note,
      ...provenanceProps(o.provenance, section),
    });
    cite(b, o.id, o.provenance);
  }

  for (const g of data.guidelines) {
    useRef(g.provenance);
    b.node('Guideline', g.id, {
      name: g.name,
      issuer: g.issuer,
      stance: g.stance,
      statement: g.statement,
      conditions: g.conditions,
      ...provenanceProps(g.provenance, section),
    });
    for (const iv of g.interventions) b.rel(RELATIONSHIP_OF_STANCE[g.stance], g.id, iv);
    cite(b, g.id, g.provenance);
  }

  for (const s of data.studies) {
    useRef(s.provenance);
    s.references.forEach(useRef);
    b.node('Study', s.id, {
      name: s.name,
      aliases: s.aliases,
      acronym: s.acronym,
      nct: s.nct,
      design: s.design,
      phase: s.phase,
      blinded: s.blinded,
      status: s.status,
      enrolled: s.enrolled,
      summary: s.summary,
      nonComparative: s.nonComparative,
      plannedEnrolment: s.plannedEnrolment,
      // Ongoing and nothing reported yet: a plan, drawn as such, never counted as evidence.
      planned: s.status === 'ongoing' && s.results.length === 0,
      ...provenanceProps(s.provenance, section),
    });
    cite(b, s.id, s.provenance);
    for (const pe of s.plannedEndpoints) {
      useRef(pe.provenance);
      b.rel(
        'PLANS_TO_MEASURE',
        s.id,
        pe.endpoint,
        { primary: pe.primary, timepoint: pe.timepoint, ...provenanceProps(pe.provenance, section) },
        shortHash(`${pe.timepoint ?? ''}|${pe.provenance.quote}`),
      );
    }
    for (const n of s.references) b.rel('CITES', s.id, referenceIdOf(n));
    const short = s.acronym ?? s.name;
    const armLabels = new Map<string, string>();
    for (const arm of s.arms) {
      const armId = armIdOf(s.id, arm.key);
      armLabels.set(arm.key, arm.label);
      b.node('Arm', armId, {
        name: `${short}: ${arm.label}`,
        label: arm.label,
        enrolled: arm.enrolled,
        studyId: s.id,
        ...(arm.provenance ? provenanceProps(arm.provenance, section) : {}),
      });
      b.rel('HAS_ARM', s.id, armId);
      for (const rc of arm.receives) {
        b.rel('RECEIVED', armId, rc.intervention, { dose: rc.dose, schedule: rc.schedule });
        b.rel('EVALUATES', s.id, rc.intervention);
      }
    }
    for (const r of s.results) {
      useRef(r.provenance);
      const id = r.id ?? resultIdOf(s.id, r);
      const armId = r.arm ? armIdOf(s.id, r.arm) : undefined;
      const endpointSlug = r.endpoint.slice(r.endpoint.indexOf(':') + 1).toUpperCase();
      b.node('Result', id, {
        name: `${short} · ${r.arm ? armLabels.get(r.arm) : 'all patients'} · ${endpointSlug} ${r.statistic.replaceAll('_', ' ')}${r.timepoint ? ` at ${r.timepoint}` : ''}: ${valueTextOf(r)}`,
        statistic: r.statistic,
        value: r.value,
        valueHigh: r.valueHigh,
        bound: r.bound,
        unit: r.unit,
        ciLow: r.ciLow,
        ciHigh: r.ciHigh,
        ciLevel: r.ciLevel,
        pValue: r.pValue,
        pValueBound: r.pValue ? pValueBoundOf(r.pValue) : undefined,
        timepoint: r.timepoint,
        notReached: r.notReached,
        note: r.note,
        studyId: s.id,
        armId,
        populationId: r.population,
        ...provenanceProps(r.provenance, section),
      });
      b.rel('REPORTED', armId ?? s.id, id);
      b.rel('OF_ENDPOINT', id, r.endpoint);
      b.rel('MEASURES', s.id, r.endpoint);
      if (r.population) b.rel('FOR', id, r.population);
      if (r.compares) {
        b.rel('COMPARES', id, armIdOf(s.id, r.compares.treatment), { role: 'treatment' });
        b.rel('COMPARES', id, armIdOf(s.id, r.compares.control), { role: 'control' });
      }
      cite(b, id, r.provenance);
    }
    for (const ae of s.adverseEvents) adverseEvent(ae, s.id);
  }
}
