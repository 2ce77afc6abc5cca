/**
 * The single definition of what a curated seed file may hold: every kind, field and link.
 * The loader validates against it, plans graph rows from its types, and the tests import it.
 */
import { z } from 'zod';
import { GUIDELINE_STANCES, ID_PREFIX, type NodeLabel } from '../../../kernel/vocabulary.js';
import { PHASES, STUDY_DESIGNS, STUDY_STATUSES } from '../../../kernel/study-values.js';

const SLUG = '[a-z0-9][a-z0-9.+-]*';

/** An id of one label: `study:radiant-3`. */
export function idOf(label: NodeLabel) {
  return z.string().regex(new RegExp(`^${ID_PREFIX[label]}:${SLUG}$`), {
    message: `must be an id of the form ${ID_PREFIX[label]}:<lower-case-slug>`,
  });
}

const text = z.string().trim().min(1);
const aliases = z.array(text).default([]);
const nonNegative = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();

/** Where a fact was read: the citation number (null where the review speaks for itself), heading, verbatim quote. */
export const provenanceSchema = z.strictObject({
  ref: z.number().int().positive().nullable().optional(),
  section: text.optional(),
  quote: text,
  /**
   * The citation group the quote's source sentence carries where the quote stops before it
   * ("skin rash (29%–49%)" in a sentence ending "[13,106,107]"); `check:provenance` checks the
   * fact's citations (ref, quote and this) hold the sentence's group and name nothing outside
   * its paragraph.
   */
  refs: z.array(z.number().int().positive()).min(1).optional(),
});
export type ProvenanceInput = z.infer<typeof provenanceSchema>;

export const BOUNDS = ['<', '<=', '>', '>=', '~'] as const;

export const STATISTICS = [
  'median',
  'mean',
  'rate',
  'proportion',
  'count',
  'hazard_ratio',
  'odds_ratio',
  'risk_ratio',
  'range',
  /** A relative effect stated as a reduction ("36% reduction in the risk of death"): not a rate. */
  'relative_risk_reduction',
] as const;

/**
 * What an Observation's number is: a share of patients or lesions (proportion), how often
 * something happens (rate, incidence), how common a tumour is among others (prevalence), a
 * threshold a decision turns on, a measurement (size, distance, interval), a count, a dose, an
 * accuracy, or a relative effect. A valueHigh makes any of them a range, as the review writes it.
 */
export const OBSERVATION_STATISTICS = [
  'proportion',
  'rate',
  'incidence',
  'prevalence',
  'threshold',
  'measurement',
  'count',
  'dose',
  'accuracy',
  'median',
  'relative_risk_reduction',
] as const;

export const UNITS = [
  'months',
  'days',
  'weeks',
  'years',
  '%',
  'patients',
  'lesions',
  'mm',
  'cm',
  'min',
  'μm',
  'mg',
  'mg/d',
  'mg/m2',
  'mg/dL',
  'GBq',
  'genes',
  'cycles',
  'lines',
  'studies',
  'cases per 100000 persons per year',
  'mitoses per 2 mm2',
] as const;

export const ENDPOINT_CODES = [
  'PFS',
  'OS',
  'DCR',
  'ORR',
  'TTP',
  'RFS',
  'DFS',
  'DOR',
  'QOL',
  'SD',
  'CR',
  'PR',
  'R0',
  'EN_BLOC',
  'COMPLICATIONS',
  'PERFORATION',
  'RECURRENCE',
  'PROGRESSION',
  'MORTALITY',
  'MORBIDITY',
  'TOXICITY',
  'DOSE_REDUCTION',
  'DISCONTINUATION',
  'TTF',
  'BIOCHEMICAL_RESPONSE',
  'SYMPTOM_CONTROL',
  'LYMPH_NODE_METASTASIS',
  'DISTANT_METASTASIS',
  'DIAGNOSTIC_ACCURACY',
  'SAE',
  'DEATH',
  'OTHER',
] as const;

// Design, phase and status words live in the kernel: the API checks its filters against them too.
export { STUDY_DESIGNS, PHASES, STUDY_STATUSES };

export const INTERVENTION_KINDS = [
  'drug',
  'regimen',
  'radioligand',
  'procedure',
  'surgery',
  'placebo',
  'supportive_care',
  'strategy',
] as const;

export const SITES = [
  'gep',
  'gastrointestinal',
  'pancreas',
  'small_bowel',
  'midgut',
  'hindgut',
  'colorectal',
  'colon',
  'rectum',
  'stomach',
  'duodenum',
  'appendix',
  'esophagus',
  'extra_pancreatic',
  'lung',
  'lung_and_gi',
  'liver',
  'unknown_primary',
  'mixed',
  /** The review names no primary site for the group ("NETs", "NENs G3"): nothing is inferred. */
  'not_stated',
] as const;

export const DIFFERENTIATIONS = ['NET', 'NEC', 'NEN'] as const;
export const GRADES = ['G1', 'G2', 'G3'] as const;

export const referenceSchema = z.strictObject({
  number: z.number().int().positive(),
  firstAuthor: text.optional(),
});

export const targetSchema = z.strictObject({ id: idOf('Target'), name: text, aliases });

export const interventionSchema = z.strictObject({
  id: idOf('Intervention'),
  name: text,
  aliases,
  kind: z.enum(INTERVENTION_KINDS),
  drugClass: text.optional(),
  route: text.optional(),
  includes: z.array(idOf('Intervention')).default([]),
  targets: z.array(idOf('Target')).default([]),
});

export const populationSchema = z
  .strictObject({
    id: idOf('Population'),
    name: text,
    aliases,
    site: z.enum(SITES),
    differentiation: z.enum(DIFFERENTIATIONS),
    grades: z.array(z.enum(GRADES)).default([]),
    ki67Min: nonNegative.optional(),
    ki67Max: nonNegative.optional(),
    setting: text.optional(),
    line: text.optional(),
    subsetOf: z.array(idOf('Population')).default([]),
    /** Needed where the population states numbers (a Ki67 range): the quote that holds them. */
    provenance: provenanceSchema.optional(),
  })
  .refine((p) => p.ki67Min === undefined || p.ki67Max === undefined || p.ki67Min <= p.ki67Max, {
    message: 'ki67Min must not exceed ki67Max',
    path: ['ki67Max'],
  });

export const endpointSchema = z.strictObject({
  id: idOf('Endpoint'),
  name: text,
  aliases,
  code: z.enum(ENDPOINT_CODES),
});

export const adverseEventSchema = z.strictObject({
  id: idOf('AdverseEvent'),
  name: text,
  aliases,
  category: text.optional(),
});

export const biomarkerSchema = z.strictObject({
  id: idOf('Biomarker'),
  name: text,
  aliases,
  predicts: z
    .array(
      z.strictObject({
        target: z.union([idOf('Intervention'), idOf('Endpoint')]),
        effect: text,
        provenance: provenanceSchema,
      }),
    )
    .default([]),
});

const armKey = z.string().regex(new RegExp(`^${SLUG}$`), { message: 'must be a lower-case slug' });

export const armSchema = z.strictObject({
  key: armKey,
  label: text,
  enrolled: count.optional(),
  receives: z
    .array(
      z.strictObject({
        intervention: idOf('Intervention'),
        dose: text.optional(),
        schedule: text.optional(),
      }),
    )
    .default([]),
  /** The quote holding the arm's numbers (enrolled, dose) where the study's own quote does not. */
  provenance: provenanceSchema.optional(),
});

export const resultSchema = z
  .strictObject({
    /** Optional explicit id; by default derived from study, endpoint, arm, statistic and timepoint. */
    id: idOf('Result').optional(),
    endpoint: idOf('Endpoint'),
    arm: armKey.optional(),
    /** A subgroup the number is about, where it is narrower than the study's population. */
    population: idOf('Population').optional(),
    statistic: z.enum(STATISTICS),
    value: nonNegative.optional(),
    valueHigh: nonNegative.optional(),
    bound: z.enum(BOUNDS).optional(),
    unit: z.enum(UNITS).optional(),
    ciLow: nonNegative.optional(),
    ciHigh: nonNegative.optional(),
    ciLevel: z.number().positive().max(100).optional(),
    pValue: text.optional(),
    timepoint: text.optional(),
    notReached: z.boolean().default(false),
    compares: z.strictObject({ treatment: armKey, control: armKey }).optional(),
    note: text.optional(),
    provenance: provenanceSchema,
  })
  .refine((r) => r.notReached || r.value !== undefined, {
    message: 'a result needs a value unless notReached is true',
    path: ['value'],
  })
  .refine((r) => !(r.notReached && r.value !== undefined), {
    message: 'a not-reached result has no value',
    path: ['notReached'],
  })
  .refine((r) => r.valueHigh === undefined || (r.value !== undefined && r.value <= r.valueHigh), {
    message: 'valueHigh needs a value no greater than it',
    path: ['valueHigh'],
  })
  .refine((r) => (r.ciLow === undefined) === (r.ciHigh === undefined), {
    message: 'ciLow and ciHigh come together',
    path: ['ciHigh'],
  })
  .refine((r) => r.statistic !== 'range' || r.valueHigh !== undefined, {
    message: 'a range needs valueHigh',
    path: ['valueHigh'],
  });

export const adverseEventReportSchema = z.strictObject({
  intervention: idOf('Intervention'),
  event: idOf('AdverseEvent'),
  value: nonNegative.optional(),
  valueHigh: nonNegative.optional(),
  bound: z.enum(BOUNDS).optional(),
  unit: z.enum(UNITS).default('%'),
  grade: text.optional(),
  /** Words of the source for a frequency without a number ("rare and transient"); must be in the quote. */
  frequency: text.optional(),
  /** When the rate holds, as written ("after 4 mo of therapy"): a time window is not a frequency. */
  timepoint: text.optional(),
  provenance: provenanceSchema,
});

/** An endpoint an ongoing trial will report, as the review names it. */
export const plannedEndpointSchema = z.strictObject({
  endpoint: idOf('Endpoint'),
  /** Only where the review calls it the primary endpoint. */
  primary: z.boolean().default(false),
  /** When it is measured, as written ("90-d"). */
  timepoint: text.optional(),
  provenance: provenanceSchema,
});

export const studySchema = z.strictObject({
  id: idOf('Study'),
  name: text,
  aliases,
  acronym: text.optional(),
  nct: z
    .string()
    .regex(/^NCT\d{8}$/, { message: 'must be an NCT number: NCT followed by 8 digits' })
    .optional(),
  design: z.enum(STUDY_DESIGNS),
  phase: z.enum(PHASES).optional(),
  blinded: z.boolean().optional(),
  status: z.enum(STUDY_STATUSES),
  enrolled: count.optional(),
  summary: text,
  populations: z.array(idOf('Population')).default([]),
  references: z.array(z.number().int().positive()).default([]),
  follows: z.array(idOf('Intervention')).default([]),
  /**
   * The review calls the trial non-comparative ("randomized, non-comparative"): randomized, but
   * its arms are not compared head to head. Its provenance quote must say so.
   */
  nonComparative: z.boolean().optional(),
  /** Patients an ongoing trial plans to enrol, where the review gives the number. */
  plannedEnrolment: count.optional(),
  /** Endpoints an ongoing trial will report, where the review names them. */
  plannedEndpoints: z.array(plannedEndpointSchema).default([]),
  provenance: provenanceSchema,
  arms: z.array(armSchema).default([]),
  results: z.array(resultSchema).default([]),
  adverseEvents: z.array(adverseEventReportSchema).default([]),
});

export const guidelineSchema = z.strictObject({
  id: idOf('Guideline'),
  name: text,
  issuer: text,
  stance: z.enum(GUIDELINE_STANCES),
  statement: text,
  conditions: text.optional(),
  interventions: z.array(idOf('Intervention')).default([]),
  populations: z.array(idOf('Population')).default([]),
  supportedBy: z.array(idOf('Study')).default([]),
  provenance: provenanceSchema,
});

/**
 * A number with no study arm behind it: incidence, "up to 80% of cases", Table 1's prevalence, an
 * expected response rate, a threshold a decision turns on, a figure pooled over several trials.
 * It is about populations, interventions, endpoints, biomarkers or adverse events, and rests on
 * the studies in `basis` where the review names them. A range stays a range (valueHigh).
 */
export const observationSchema = z
  .strictObject({
    id: idOf('Observation'),
    name: text,
    aliases,
    statistic: z.enum(OBSERVATION_STATISTICS),
    value: nonNegative,
    valueHigh: nonNegative.optional(),
    bound: z.enum(BOUNDS).optional(),
    unit: z.enum(UNITS).optional(),
    /** When or over what the number holds, as written ("upon diagnosis", "per year"). */
    timepoint: text.optional(),
    /** What the number measures, in the curator's words, where the name alone does not say. */
    note: text.optional(),
    about: z.array(z.union([idOf('Population'), idOf('Intervention'), idOf('Endpoint'), idOf('Biomarker'), idOf('AdverseEvent')])).min(1),
    basis: z.array(idOf('Study')).default([]),
    provenance: provenanceSchema,
  })
  .refine((o) => o.valueHigh === undefined || o.value <= o.valueHigh, {
    message: 'valueHigh must not be below value',
    path: ['valueHigh'],
  });

/** One curated YAML file. `section` is the review heading its entries default to. */
export const seedFileSchema = z.strictObject({
  section: text.optional(),
  references: z.array(referenceSchema).default([]),
  targets: z.array(targetSchema).default([]),
  interventions: z.array(interventionSchema).default([]),
  populations: z.array(populationSchema).default([]),
  endpoints: z.array(endpointSchema).default([]),
  adverseEvents: z.array(adverseEventSchema).default([]),
  biomarkers: z.array(biomarkerSchema).default([]),
  studies: z.array(studySchema).default([]),
  /** Adverse-event rates the review gives for a drug across studies, not tied to one study. */
  adverseEventReports: z.array(adverseEventReportSchema).default([]),
  guidelines: z.array(guidelineSchema).default([]),
  observations: z.array(observationSchema).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type StudyInput = z.infer<typeof studySchema>;
export type ResultInput = z.infer<typeof resultSchema>;
export type ArmInput = z.infer<typeof armSchema>;
export type AdverseEventReportInput = z.infer<typeof adverseEventReportSchema>;
export type GuidelineInput = z.infer<typeof guidelineSchema>;
export type PopulationInput = z.infer<typeof populationSchema>;
export type InterventionInput = z.infer<typeof interventionSchema>;
export type BiomarkerInput = z.infer<typeof biomarkerSchema>;
export type ObservationInput = z.infer<typeof observationSchema>;
export type PlannedEndpointInput = z.infer<typeof plannedEndpointSchema>;

/** The top-level lists of a seed file that declare nodes, with the label each declares. */
export const ENTITY_LISTS = {
  targets: 'Target',
  interventions: 'Intervention',
  populations: 'Population',
  endpoints: 'Endpoint',
  adverseEvents: 'AdverseEvent',
  biomarkers: 'Biomarker',
  studies: 'Study',
  guidelines: 'Guideline',
  observations: 'Observation',
} as const satisfies Partial<Record<keyof SeedFile, NodeLabel>>;
