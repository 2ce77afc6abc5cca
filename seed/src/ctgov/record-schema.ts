/**
 * The ClinicalTrials.gov API v2 study fields the importer maps, as a zod schema: every field is
 * optional except the record's NCT number, and every field that is present must have the shape
 * the API gives it. Fields the importer does not map are dropped while parsing, so a parsed
 * record holds only what the plan reads.
 */
import { z } from 'zod';

/** An NCT number: NCT followed by eight digits. */
export const NCT_ID = /^NCT\d{8}$/;

const text = z.string();
const texts = z.array(z.string());
/** A value the registry writes as a string ("18.9", "NA"); a bare number is read as the string it would be written as. */
const written = z.union([z.string(), z.number().transform((n) => String(n))]);
/** A count the registry writes as a number or a string of digits. */
const count = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, { message: 'must be a whole number' }).transform(Number)]);

const dateStruct = z.object({ date: text.nullish(), type: text.nullish() });

const identificationModule = z.object({
  nctId: z
    .string({ error: (issue) => (issue.input === undefined ? 'missing: every record needs its NCT number' : 'must be a string') })
    .regex(NCT_ID, { message: 'must be an NCT number: NCT followed by 8 digits' }),
  acronym: text.nullish(),
  briefTitle: text.nullish(),
  officialTitle: text.nullish(),
});

const statusModule = z.object({
  overallStatus: text.nullish(),
  whyStopped: text.nullish(),
  startDateStruct: dateStruct.nullish(),
  primaryCompletionDateStruct: dateStruct.nullish(),
  completionDateStruct: dateStruct.nullish(),
});

const designModule = z.object({
  studyType: text.nullish(),
  phases: texts.nullish(),
  designInfo: z
    .object({
      allocation: text.nullish(),
      interventionModel: text.nullish(),
      timePerspective: text.nullish(),
      maskingInfo: z.object({ masking: text.nullish() }).nullish(),
    })
    .nullish(),
  enrollmentInfo: z.object({ count: z.number().int().nonnegative().nullish(), type: text.nullish() }).nullish(),
});

const armGroup = z.object({
  label: text.min(1),
  type: text.nullish(),
  description: text.nullish(),
  interventionNames: texts.nullish(),
});

const intervention = z.object({
  type: text.nullish(),
  name: text.min(1),
  description: text.nullish(),
  otherNames: texts.nullish(),
  armGroupLabels: texts.nullish(),
});

const group = z.object({ id: text.min(1), title: text.nullish(), description: text.nullish() });

const measurement = z.object({
  groupId: text.min(1),
  value: written.nullish(),
  spread: written.nullish(),
  lowerLimit: written.nullish(),
  upperLimit: written.nullish(),
  comment: text.nullish(),
});

const analysis = z.object({
  groupIds: texts.nullish(),
  paramType: text.nullish(),
  paramValue: written.nullish(),
  ciPctValue: written.nullish(),
  ciNumSides: text.nullish(),
  ciLowerLimit: written.nullish(),
  ciUpperLimit: written.nullish(),
  pValue: written.nullish(),
  statisticalMethod: text.nullish(),
});

const outcomeMeasure = z.object({
  type: text.nullish(),
  title: text.min(1),
  description: text.nullish(),
  paramType: text.nullish(),
  dispersionType: text.nullish(),
  unitOfMeasure: text.nullish(),
  timeFrame: text.nullish(),
  groups: z.array(group).nullish(),
  classes: z
    .array(
      z.object({
        title: text.nullish(),
        categories: z.array(z.object({ title: text.nullish(), measurements: z.array(measurement).nullish() })).nullish(),
      }),
    )
    .nullish(),
  analyses: z.array(analysis).nullish(),
});

const adverseEvent = z.object({
  term: text.min(1),
  organSystem: text.nullish(),
  stats: z
    .array(z.object({ groupId: text.min(1), numEvents: count.nullish(), numAffected: count.nullish(), numAtRisk: count.nullish() }))
    .nullish(),
});

/** One study as the API v2 returns it (`GET /api/v2/studies/NCT…`), limited to the mapped fields. */
export const ctgovStudySchema = z.object({
  protocolSection: z.object({
    identificationModule,
    statusModule: statusModule.nullish(),
    conditionsModule: z.object({ conditions: texts.nullish() }).nullish(),
    designModule: designModule.nullish(),
    armsInterventionsModule: z.object({ armGroups: z.array(armGroup).nullish(), interventions: z.array(intervention).nullish() }).nullish(),
  }),
  resultsSection: z
    .object({
      outcomeMeasuresModule: z.object({ outcomeMeasures: z.array(outcomeMeasure).nullish() }).nullish(),
      adverseEventsModule: z
        .object({
          eventGroups: z.array(group).nullish(),
          seriousEvents: z.array(adverseEvent).nullish(),
          otherEvents: z.array(adverseEvent).nullish(),
        })
        .nullish(),
    })
    .nullish(),
  hasResults: z.boolean().nullish(),
});

export type CtgovStudy = z.infer<typeof ctgovStudySchema>;
export type CtgovArmGroup = z.infer<typeof armGroup>;
export type CtgovIntervention = z.infer<typeof intervention>;
export type CtgovOutcomeMeasure = z.infer<typeof outcomeMeasure>;
export type CtgovAnalysis = z.infer<typeof analysis>;
export type CtgovAdverseEvent = z.infer<typeof adverseEvent>;
