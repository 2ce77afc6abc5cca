/**
 * One synthetic ClinicalTrials.gov study in the API v2 shape (`GET /api/v2/studies/NCT…`), from
 * (seed, index) alone. Never evidence: NCT ids in the NCT9xxxxxxx range (not yet issued by the
 * registry) and every brief title starting "Synthetic:". The registry's shape: 1-4 arm groups,
 * conditions from a vocabulary of a few thousand names (NEN conditions among them), interventions
 * drawn with a Zipf skew (hubs such as placebo and common drugs, then a long tail), phases,
 * allocation, masking, enrolment, status and dates; posted results for about a fifth of studies
 * (medians with 95% CIs in months, response proportions, hazard-ratio analyses with CI and p,
 * serious and other adverse events per group). A few KB of JSON per study, like the registry's.
 */
import { must } from '../../../kernel/must.js';
import { Random, ZipfSampler } from './random.js';
import {
  ADVERSE_EVENT_TERMS,
  COMMON_INTERVENTIONS,
  EXCLUSION_CRITERIA,
  INCLUSION_CRITERIA,
  NEN_CONDITIONS,
  OTHER_CONDITIONS,
  OTHER_OUTCOME_TITLES,
  PLACEBO,
  RESPONSE_TITLES,
  SITES,
  SUMMARY_SENTENCES,
  TAIL_SIZE,
  TIME_TO_EVENT_TITLES,
  tailIntervention,
  type InterventionTerm,
} from './vocabulary.js';

/** Synthetic NCT numbers start here: NCT90000001 is study 0. The registry has not issued NCT9… numbers. */
export const SYNTHETIC_NCT_BASE = 90_000_000;
/** At most this many studies, so ids stay below NCT99000001 (test fixtures use NCT999999xx). */
export const MAX_SYNTHETIC_STUDIES = 9_000_000;
/** Every synthetic record's brief title starts with this, so no one mistakes it for evidence. */
export const SYNTHETIC_TITLE_PREFIX = 'Synthetic:';

/** The NCT id of synthetic study `index` (0-based). */
export function syntheticNctId(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_SYNTHETIC_STUDIES)
    throw new RangeError(`synthetic study index out of range: ${index}`);
  return `NCT${SYNTHETIC_NCT_BASE + index + 1}`;
}

/** A study record as JSON: the API v2 field names, values as the registry writes them. */
export type SyntheticStudy = {
  protocolSection: Record<string, unknown> & { identificationModule: { nctId: string; briefTitle: string } };
  resultsSection?: Record<string, unknown>;
  hasResults: boolean;
};

const interventionRanks = new ZipfSampler(COMMON_INTERVENTIONS.length + TAIL_SIZE, 0.8);
const conditionRanks = new ZipfSampler(OTHER_CONDITIONS.length, 0.9);
const nenConditionRanks = new ZipfSampler(NEN_CONDITIONS.length, 0.7);
const adverseEventRanks = new ZipfSampler(ADVERSE_EVENT_TERMS.length, 0.8);
const sponsorRanks = new ZipfSampler(3000, 1.0);

const interventionOfRank = (rank: number): InterventionTerm =>
  COMMON_INTERVENTIONS[rank] ?? tailIntervention(rank - COMMON_INTERVENTIONS.length);

/** The item of `items` at a rank `ranks` draws (each sampler is sized to its list). */
const drawRanked = <T>(r: Random, ranks: ZipfSampler, items: readonly T[]): T =>
  must(items[ranks.sample(r)], `a rank below ${ranks.size}, the size of the list it was made for`);

/** How arm lists name an intervention type ("Drug: Everolimus"), as the registry writes it. */
const TYPE_WORDS: Record<InterventionTerm['type'], string> = {
  DRUG: 'Drug',
  BIOLOGICAL: 'Biological',
  RADIATION: 'Radiation',
  PROCEDURE: 'Procedure',
  BEHAVIORAL: 'Behavioral',
  OTHER: 'Other',
  DEVICE: 'Device',
  DIETARY_SUPPLEMENT: 'Dietary Supplement',
};

const PHASES = {
  NA: 30,
  EARLY_PHASE1: 2,
  PHASE1: 12,
  'PHASE1,PHASE2': 5,
  PHASE2: 20,
  'PHASE2,PHASE3': 3,
  PHASE3: 12,
  PHASE4: 10,
} as const;
const PHASE_WORDS: Record<keyof typeof PHASES, string> = {
  NA: '',
  EARLY_PHASE1: 'Early Phase 1 ',
  PHASE1: 'Phase 1 ',
  'PHASE1,PHASE2': 'Phase 1/2 ',
  PHASE2: 'Phase 2 ',
  'PHASE2,PHASE3': 'Phase 2/3 ',
  PHASE3: 'Phase 3 ',
  PHASE4: 'Phase 4 ',
};
const MEDIAN_ENROLMENT: Record<keyof typeof PHASES, number> = {
  NA: 80,
  EARLY_PHASE1: 20,
  PHASE1: 30,
  'PHASE1,PHASE2': 45,
  PHASE2: 60,
  'PHASE2,PHASE3': 200,
  PHASE3: 400,
  PHASE4: 150,
};

const FINISHED_STATUSES = { COMPLETED: 58, TERMINATED: 10, UNKNOWN: 16, WITHDRAWN: 5, ACTIVE_NOT_RECRUITING: 11 } as const;
const RUNNING_STATUSES = {
  RECRUITING: 60,
  NOT_YET_RECRUITING: 20,
  ENROLLING_BY_INVITATION: 8,
  ACTIVE_NOT_RECRUITING: 8,
  SUSPENDED: 4,
} as const;
const WHY_STOPPED = [
  'Slow accrual',
  'Sponsor decision',
  'Lack of efficacy at interim analysis',
  'Funding ended',
  'Study drug no longer available',
];
const ARM_LETTERS = ['A', 'B', 'C', 'D'];

const fixed = (n: number, digits: number) => n.toFixed(digits);
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** A date as the registry writes it: month precision or day precision. */
function dateText(r: Random, year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  const ym = `${y}-${String(m).padStart(2, '0')}`;
  return r.chance(0.6) ? ym : `${ym}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

/** The standard normal CDF (Abramowitz-Stegun 7.1.26), for p-values of generated hazard ratios. */
function normalCdf(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

const pText = (p: number) => (p < 0.001 ? '<0.001' : fixed(p, 3));

interface Arm {
  label: string;
  type?: 'EXPERIMENTAL' | 'PLACEBO_COMPARATOR' | 'ACTIVE_COMPARATOR';
  description: string;
  interventions: InterventionTerm[];
  n: number;
}

/** Distinct draws from a sampler (a study names each condition or drug once). */
function distinct<T>(_r: Random, count: number, draw: () => T, key: (t: T) => string): T[] {
  const out = new Map<string, T>();
  for (let tries = 0; out.size < count && tries < count * 8; tries++) {
    const t = draw();
    if (!out.has(key(t))) out.set(key(t), t);
  }
  return [...out.values()];
}

function sentences(r: Random, min: number, max: number): string {
  return distinct(
    r,
    r.int(min, max),
    () => r.pick(SUMMARY_SENTENCES),
    (s) => s,
  ).join(' ');
}

/** Generates synthetic study `index` of the registry of `seed`. */
export function syntheticStudy(index: number, seed: number): SyntheticStudy {
  const nctId = syntheticNctId(index);
  const r = Random.forItem(seed, index);
  const drawDrug = () => interventionOfRank(interventionRanks.sample(r));

  // Conditions: NEN ones in about one study in twenty, a Zipf draw from a few thousand otherwise.
  const nen = r.chance(0.05) ? [drawRanked(r, nenConditionRanks, NEN_CONDITIONS)] : [];
  const others = distinct(
    r,
    r.int(nen.length > 0 ? 0 : 1, 2),
    () => drawRanked(r, conditionRanks, OTHER_CONDITIONS),
    (c) => c,
  );
  const conditions = [...nen, ...others];
  const mainCondition = must(conditions[0], 'a study draws at least one condition');

  // Status and dates: running studies started recently, finished ones earlier.
  const running = r.chance(0.25);
  const overallStatus: string = running ? r.weighted(RUNNING_STATUSES) : r.weighted(FINISHED_STATUSES);
  const startYear = running ? r.int(2019, 2026) : r.int(1999, 2022);
  const startMonth = r.int(1, 12);
  const primaryMonths = startMonth + r.int(10, 60);
  const completionMonths = primaryMonths + r.int(0, 24);
  const finished = ['COMPLETED', 'TERMINATED', 'WITHDRAWN', 'UNKNOWN'].includes(overallStatus);
  const dateType = finished ? 'ACTUAL' : 'ESTIMATED';

  const interventional = r.chance(0.78);
  const phaseKey = interventional ? r.weighted(PHASES) : undefined;
  const enrolment =
    overallStatus === 'WITHDRAWN' ? 0 : Math.max(1, Math.round(r.logNormal(interventional ? MEDIAN_ENROLMENT[phaseKey!] : 250, 0.8)));

  // Arms: single-group studies have one; randomized ones a placebo or an active comparator last.
  const armCount = interventional ? Number(r.weighted({ 1: 42, 2: 38, 3: 12, 4: 8 })) : r.int(1, 3);
  const randomized = interventional && armCount > 1 && r.chance(0.8);
  const placeboControlled = randomized && r.chance(0.5);
  const activeControlled = randomized && !placeboControlled;
  const arms: Arm[] = [];
  const backbone = r.chance(0.3) ? drawDrug() : undefined;
  for (let a = 0; a < armCount; a++) {
    const letter = ARM_LETTERS[a];
    const last = a === armCount - 1 && armCount > 1;
    const n = Math.max(0, Math.round(enrolment / armCount));
    if (!interventional) {
      const drug = r.chance(0.6) ? drawDrug() : undefined;
      const exposure = drug ? [drug] : [];
      const label = `Cohort ${letter}${drug ? `: ${drug.name}` : ''}`;
      arms.push({ label, description: `Synthetic cohort of participants with ${mainCondition}.`, interventions: exposure, n });
      continue;
    }
    let received: InterventionTerm[];
    let type: Arm['type'] = 'EXPERIMENTAL';
    if (last && placeboControlled) {
      received = backbone ? [PLACEBO, backbone] : [PLACEBO];
      type = 'PLACEBO_COMPARATOR';
    } else if (last && activeControlled) {
      received = [drawDrug()];
      type = 'ACTIVE_COMPARATOR';
    } else {
      received = distinct(r, r.chance(0.25) ? 2 : 1, drawDrug, (d) => d.name);
      if (backbone && !received.some((d) => d.name === backbone.name)) received.push(backbone);
    }
    const dose = r.pick(must(received[0], 'an arm receives at least one intervention').doses);
    const label = `Arm ${letter}: ${received.map((d) => d.name).join(' + ')}${type === 'PLACEBO_COMPARATOR' ? '' : ` ${dose}`}`;
    arms.push({
      label,
      type,
      description: `Synthetic arm: participants receive ${received.map((d) => d.name).join(' plus ')} (${dose}).`,
      interventions: received,
      n,
    });
  }

  // Interventions: each named once, with the arms that received it.
  const interventions = new Map<string, { term: InterventionTerm; arms: string[] }>();
  for (const arm of arms) {
    for (const term of arm.interventions) {
      const entry = interventions.get(term.name) ?? { term, arms: [] };
      entry.arms.push(arm.label);
      interventions.set(term.name, entry);
    }
  }
  const experimental = arms.filter((a) => a.type === 'EXPERIMENTAL').flatMap((a) => a.interventions.map((d) => d.name));
  const comparator = placeboControlled
    ? 'Placebo'
    : activeControlled
      ? must(arms.at(-1)?.interventions[0], "an active-controlled study's last arm receives its comparator").name
      : undefined;
  const subject =
    [...new Set(experimental.length > 0 ? experimental : [...interventions.keys()])].slice(0, 2).join(' and ') || 'Usual Care';

  const briefTitle = interventional
    ? `${SYNTHETIC_TITLE_PREFIX} ${subject}${comparator ? ` Versus ${comparator}` : ''} in ${mainCondition}`
    : `${SYNTHETIC_TITLE_PREFIX} Outcomes of Participants With ${mainCondition}`;
  const designWords = interventional
    ? [
        randomized ? 'Randomized' : armCount > 1 ? 'Non-randomized' : 'Single-arm',
        placeboControlled ? 'Double-blind, Placebo-controlled' : 'Open-label',
      ].join(', ')
    : 'Observational';
  const officialTitle = interventional
    ? `${SYNTHETIC_TITLE_PREFIX} A ${designWords} ${PHASE_WORDS[phaseKey!]}Study of ${subject} in Participants With ${mainCondition}`
    : `${SYNTHETIC_TITLE_PREFIX} A ${r.pick(['Prospective', 'Retrospective'])} Cohort Study of Participants With ${mainCondition}`;

  const sponsor = `Synthetic Sponsor ${sponsorRanks.sample(r) + 1}`;
  const sponsorClass = r.weighted({ INDUSTRY: 35, OTHER: 55, NIH: 5, OTHER_GOV: 5 });

  const masking = !interventional
    ? undefined
    : placeboControlled
      ? r.pick(['DOUBLE', 'TRIPLE', 'QUADRUPLE'])
      : r.chance(0.8)
        ? 'NONE'
        : 'SINGLE';
  const designModule: Record<string, unknown> = interventional
    ? {
        studyType: 'INTERVENTIONAL',
        phases: phaseKey!.split(','),
        designInfo: {
          allocation: armCount === 1 ? 'NA' : randomized ? 'RANDOMIZED' : 'NON_RANDOMIZED',
          interventionModel: armCount === 1 ? 'SINGLE_GROUP' : r.weighted({ PARALLEL: 85, CROSSOVER: 10, FACTORIAL: 5 }),
          primaryPurpose: r.weighted({ TREATMENT: 70, PREVENTION: 10, SUPPORTIVE_CARE: 8, DIAGNOSTIC: 4, OTHER: 8 }),
          maskingInfo: masking === 'NONE' ? { masking } : { masking, whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] },
        },
        enrollmentInfo: { count: enrolment, type: dateType },
      }
    : {
        studyType: 'OBSERVATIONAL',
        patientRegistry: false,
        designInfo: {
          observationalModel: r.weighted({ COHORT: 70, CASE_CONTROL: 15, CASE_ONLY: 15 }),
          timePerspective: r.weighted({ PROSPECTIVE: 60, RETROSPECTIVE: 30, CROSS_SECTIONAL: 10 }),
        },
        enrollmentInfo: { count: enrolment, type: dateType },
      };

  // Results for about a fifth of studies: finished interventional ones, half of them.
  const withResults = interventional && (overallStatus === 'COMPLETED' || overallStatus === 'TERMINATED') && r.chance(0.5);
  const outcomes = outcomeMeasures(r, arms, drawDrug);

  const primaryOutcomes = outcomes
    .filter((o) => o.type === 'PRIMARY')
    .map((o) => ({ measure: o.title, description: o.description, timeFrame: o.timeFrame }));
  const secondaryOutcomes = outcomes
    .filter((o) => o.type === 'SECONDARY')
    .map((o) => ({ measure: o.title, description: o.description, timeFrame: o.timeFrame }));

  const locationCount = r.int(1, 6);
  const locations = distinct(
    r,
    locationCount,
    () => r.pick(SITES),
    (s) => s.city,
  ).map((s, k) => ({
    facility: `Synthetic Research Site ${(index % 997) + k + 1}`,
    city: s.city,
    country: s.country,
    geoPoint: { lat: s.lat, lon: s.lon },
  }));

  const protocolSection = {
    identificationModule: {
      nctId,
      orgStudyIdInfo: { id: `SYN-${index + 1}` },
      organization: { fullName: sponsor, class: sponsorClass },
      briefTitle,
      officialTitle,
      ...(r.chance(0.3) ? { acronym: `SYNTH-${index + 1}` } : {}),
    },
    statusModule: {
      statusVerifiedDate: dateText(r, startYear, completionMonths).slice(0, 7),
      overallStatus,
      ...(['TERMINATED', 'WITHDRAWN', 'SUSPENDED'].includes(overallStatus) ? { whyStopped: r.pick(WHY_STOPPED) } : {}),
      startDateStruct: {
        date: dateText(r, startYear, startMonth),
        type: running && overallStatus === 'NOT_YET_RECRUITING' ? 'ESTIMATED' : 'ACTUAL',
      },
      primaryCompletionDateStruct: { date: dateText(r, startYear, primaryMonths), type: dateType },
      completionDateStruct: { date: dateText(r, startYear, completionMonths), type: dateType },
    },
    sponsorCollaboratorsModule: { responsibleParty: { type: 'SPONSOR' }, leadSponsor: { name: sponsor, class: sponsorClass } },
    oversightModule: { oversightHasDmc: placeboControlled, isFdaRegulatedDrug: r.chance(0.3), isFdaRegulatedDevice: false },
    descriptionModule: {
      briefSummary: `Synthetic record for software testing: ${briefTitle.slice(SYNTHETIC_TITLE_PREFIX.length + 1)}. ${sentences(r, 2, 4)}`,
      ...(r.chance(0.5) ? { detailedDescription: sentences(r, 4, 8) } : {}),
    },
    conditionsModule: { conditions, keywords: conditions.map((c) => c.toLowerCase()).slice(0, 2) },
    designModule,
    armsInterventionsModule: {
      armGroups: arms.map((a) => ({
        label: a.label,
        ...(a.type ? { type: a.type } : {}),
        description: a.description,
        ...(a.interventions.length > 0 ? { interventionNames: a.interventions.map((d) => `${TYPE_WORDS[d.type]}: ${d.name}`) } : {}),
      })),
      ...(interventions.size > 0
        ? {
            interventions: [...interventions.values()].map(({ term, arms: labels }) => ({
              type: term.type,
              name: term.name,
              description: `Synthetic intervention: ${term.name}, ${term.doses[0]}.`,
              armGroupLabels: labels,
              ...(term.otherNames ? { otherNames: [...term.otherNames] } : {}),
            })),
          }
        : {}),
    },
    outcomesModule: { primaryOutcomes, ...(secondaryOutcomes.length > 0 ? { secondaryOutcomes } : {}) },
    eligibilityModule: {
      eligibilityCriteria: [
        'Inclusion Criteria:',
        '',
        ...distinct(
          r,
          r.int(4, 8),
          () => r.pick(INCLUSION_CRITERIA),
          (c) => c,
        ).map((c) => `* ${c}`),
        '',
        'Exclusion Criteria:',
        '',
        ...distinct(
          r,
          r.int(3, 6),
          () => r.pick(EXCLUSION_CRITERIA),
          (c) => c,
        ).map((c) => `* ${c}`),
      ].join('\n'),
      healthyVolunteers: false,
      sex: r.weighted({ ALL: 85, FEMALE: 10, MALE: 5 }),
      minimumAge: '18 Years',
      stdAges: ['ADULT', 'OLDER_ADULT'],
    },
    contactsLocationsModule: { locations },
  };

  if (!withResults) return { protocolSection, hasResults: false };
  return {
    protocolSection,
    resultsSection: {
      outcomeMeasuresModule: { outcomeMeasures: outcomes.map((o) => o.posted) },
      adverseEventsModule: adverseEvents(r, arms),
    },
    hasResults: true,
  };
}

interface Outcome {
  type: 'PRIMARY' | 'SECONDARY';
  title: string;
  description: string;
  timeFrame: string;
  /** The outcome measure with its posted results (only used when the study has results). */
  posted: Record<string, unknown>;
}

const outcomeGroupId = (k: number) => `OG${String(k).padStart(3, '0')}`;
const groupsOf = (arms: Arm[]) => arms.map((a, k) => ({ id: outcomeGroupId(k), title: a.label, description: a.description }));
const denomsOf = (arms: Arm[]) => [
  { units: 'Participants', counts: arms.map((a, k) => ({ groupId: outcomeGroupId(k), value: String(a.n) })) },
];

/**
 * The outcome measures of a study: time-to-event endpoints (PFS, OS) with medians in months and a
 * hazard-ratio analysis, a response proportion, and measures no endpoint code names. Each knows
 * how it is posted (groups = arms, one measurement per group); a study without results lists its
 * outcomes all the same, unposted.
 */
function outcomeMeasures(r: Random, arms: Arm[], drawDrug: () => InterventionTerm): Outcome[] {
  const outcomes: Outcome[] = [];
  const groups = groupsOf(arms);
  const comparatorIndex = arms.length > 1 ? arms.length - 1 : -1;
  const timeToEvent = r.chance(0.55);

  if (timeToEvent) {
    const controlMedian = r.logNormal(6, 0.5);
    const codes: ('PFS' | 'OS' | 'TTP')[] = [
      'PFS',
      ...(r.chance(0.6) ? (['OS'] as const) : []),
      ...(r.chance(0.1) ? (['TTP'] as const) : []),
    ];
    codes.forEach((code, c) => {
      const title = r.pick(TIME_TO_EVENT_TITLES[code]);
      const hr = clamp(r.logNormal(0.75, 0.25), 0.3, 1.5);
      const scale = code === 'OS' ? 2.5 : 1;
      const measurements = arms.map((_arm, k) => {
        const median = (controlMedian * scale) / (k === comparatorIndex ? 1 : hr);
        const groupId = outcomeGroupId(k);
        if (code === 'OS' && k !== comparatorIndex && r.chance(0.15)) {
          return {
            groupId,
            value: 'NA',
            lowerLimit: fixed(median * 0.8, 1),
            upperLimit: 'NA',
            comment: 'Median not reached at the data cut-off',
          };
        }
        return {
          groupId,
          value: fixed(median, 1),
          lowerLimit: fixed(median * r.logNormal(0.8, 0.05), 1),
          upperLimit: fixed(median * r.logNormal(1.25, 0.05), 1),
        };
      });
      const analyses = [];
      if (comparatorIndex > 0) {
        const first = must(arms[0], 'a study with a comparator has a first arm');
        const comparator = must(arms[comparatorIndex], 'comparatorIndex is the last arm');
        const events = Math.max(10, Math.round((first.n + comparator.n) * 0.6));
        const se = 2 / Math.sqrt(events);
        const z = Math.abs(Math.log(hr)) / se;
        analyses.push({
          groupIds: [outcomeGroupId(0), outcomeGroupId(comparatorIndex)],
          nonInferiorityType: 'SUPERIORITY',
          pValue: pText(2 * (1 - normalCdf(z))),
          statisticalMethod: r.pick(['Log Rank', 'Stratified Log Rank']),
          paramType: 'Hazard Ratio (HR)',
          paramValue: fixed(hr, 2),
          ciPctValue: '95',
          ciNumSides: 'TWO_SIDED',
          ciLowerLimit: fixed(hr * Math.exp(-1.96 * se), 2),
          ciUpperLimit: fixed(hr * Math.exp(1.96 * se), 2),
        });
      }
      const timeFrame = `From randomization until ${code === 'OS' ? 'death from any cause' : 'disease progression or death'}, assessed up to ${r.int(24, 72)} months`;
      const description = `${title}, estimated with the Kaplan-Meier method.`;
      outcomes.push({
        type: c === 0 ? 'PRIMARY' : 'SECONDARY',
        title,
        description,
        timeFrame,
        posted: {
          type: c === 0 ? 'PRIMARY' : 'SECONDARY',
          title,
          description,
          populationDescription: 'Intention-to-treat population',
          reportingStatus: 'POSTED',
          paramType: 'MEDIAN',
          dispersionType: '95% Confidence Interval',
          unitOfMeasure: 'months',
          timeFrame,
          groups,
          denoms: denomsOf(arms),
          classes: [{ categories: [{ measurements }] }],
          ...(analyses.length > 0 ? { analyses } : {}),
        },
      });
    });
  }

  if (timeToEvent ? r.chance(0.7) : r.chance(0.35)) {
    const code = r.chance(0.8) ? 'ORR' : 'DCR';
    const title = r.pick(RESPONSE_TITLES[code]);
    const base = code === 'ORR' ? r.logNormal(15, 0.6) : r.logNormal(55, 0.2);
    const measurements = arms.map((arm, k) => {
      const p = clamp(k === comparatorIndex ? base * 0.6 : base, 0, 100);
      // Wilson-like half-width for a proportion of the arm's size.
      const half = 196 * Math.sqrt((Math.max(p / 100, 0.01) * (1 - p / 100)) / Math.max(arm.n, 1));
      return {
        groupId: outcomeGroupId(k),
        value: fixed(p, 1),
        lowerLimit: fixed(clamp(p - half, 0, 100), 1),
        upperLimit: fixed(clamp(p + half, 0, 100), 1),
      };
    });
    const timeFrame = `Up to ${r.int(12, 48)} months`;
    outcomes.push({
      type: outcomes.length === 0 ? 'PRIMARY' : 'SECONDARY',
      title,
      description: `Percentage of participants with a complete or partial response (${code === 'DCR' ? 'or stable disease ' : ''}per RECIST 1.1).`,
      timeFrame,
      posted: {
        type: outcomes.length === 0 ? 'PRIMARY' : 'SECONDARY',
        title,
        reportingStatus: 'POSTED',
        paramType: 'NUMBER',
        dispersionType: '95% Confidence Interval',
        unitOfMeasure: 'percentage of participants',
        timeFrame,
        groups,
        denoms: denomsOf(arms),
        classes: [{ categories: [{ measurements }] }],
      },
    });
  }

  const otherCount = outcomes.length === 0 ? r.int(1, 3) : r.int(0, 2);
  for (let o = 0; o < otherCount; o++) {
    // One in four is a title no other record shares (pharmacokinetics of one drug), as in the registry.
    const title = r.chance(0.25) ? `Trough Concentration of ${drawDrug().name} on Day ${r.int(1, 60)}` : r.pick(OTHER_OUTCOME_TITLES);
    if (outcomes.some((x) => x.title === title)) continue;
    const counted = /^Number of|^Incidence|^Proportion/.test(title);
    const timeFrame = `Baseline to week ${r.pick([4, 8, 12, 24, 52])}`;
    const measurements = arms.map((arm, k) =>
      counted
        ? { groupId: outcomeGroupId(k), value: String(Math.round(arm.n * clamp(r.logNormal(0.3, 0.5), 0, 1))) }
        : {
            groupId: outcomeGroupId(k),
            value: fixed(r.logNormal(5, 0.6) * (r.chance(0.7) ? -1 : 1), 2),
            spread: fixed(r.logNormal(2, 0.4), 2),
          },
    );
    outcomes.push({
      type: outcomes.length === 0 ? 'PRIMARY' : 'SECONDARY',
      title,
      description: `${title}, as prespecified in the synthetic protocol.`,
      timeFrame,
      posted: {
        type: outcomes.length === 0 ? 'PRIMARY' : 'SECONDARY',
        title,
        reportingStatus: 'POSTED',
        paramType: counted ? 'COUNT_OF_PARTICIPANTS' : 'MEAN',
        ...(counted ? {} : { dispersionType: 'Standard Deviation' }),
        unitOfMeasure: counted ? 'Participants' : 'units on a scale',
        timeFrame,
        groups,
        denoms: denomsOf(arms),
        classes: [{ categories: [{ measurements }] }],
      },
    });
  }
  return outcomes;
}

/** Serious and other adverse events per arm, with the arm's label as the event group's title. */
function adverseEvents(r: Random, arms: Arm[]): Record<string, unknown> {
  const groupId = (k: number) => `EG${String(k).padStart(3, '0')}`;
  const affectedIn = (e: { stats: { numAffected: number }[] }, k: number) =>
    must(e.stats[k], 'an event has stats for every arm').numAffected;
  const draw = () => drawRanked(r, adverseEventRanks, ADVERSE_EVENT_TERMS);
  const events = (count: number, rate: number) =>
    distinct(r, count, draw, (t) => t.term).map((t) => ({
      term: t.term,
      organSystem: t.organSystem,
      sourceVocabulary: 'MedDRA 26.0',
      assessmentType: 'SYSTEMATIC_ASSESSMENT',
      stats: arms.map((arm, k) => {
        const affected = Math.round(arm.n * clamp(r.logNormal(rate, 0.7), 0, 1));
        return { groupId: groupId(k), numEvents: affected + r.int(0, Math.ceil(affected / 3)), numAffected: affected, numAtRisk: arm.n };
      }),
    }));
  const serious = events(r.int(1, 5), 0.03);
  const other = events(r.int(3, 10), 0.12);
  return {
    frequencyThreshold: '5',
    timeFrame: 'From the first dose up to 30 days after the last dose',
    eventGroups: arms.map((arm, k) => ({
      id: groupId(k),
      title: arm.label,
      description: arm.description,
      seriousNumAffected: Math.max(0, ...serious.map((e) => affectedIn(e, k))),
      seriousNumAtRisk: arm.n,
      otherNumAffected: Math.max(0, ...other.map((e) => affectedIn(e, k))),
      otherNumAtRisk: arm.n,
    })),
    seriousEvents: serious,
    otherEvents: other,
  };
}
