/**
 * Comparability of the rows of a comparison: each row's population described on the attributes a
 * clinician checks before putting two numbers side by side (site, NET/NEC, grades, Ki67 range,
 * setting, line of therapy), and every row whose population differs from the others' on one of
 * them flagged with the difference named ("site: small_bowel vs pancreas").
 *
 * "The others" is the most common stated value among the rows (a tie goes to the value of the
 * earliest row, so pass rows strongest evidence first). An attribute a row's population does not
 * state is not a difference; it is listed as unstated when other rows do state it.
 */
import type { PopulationData } from '../api/compare-operations';

/** What comparability reads of a population: the API's population without its id. */
export type PopulationLike = Omit<PopulationData, 'id'>;

export type PopulationAttribute = 'site' | 'differentiation' | 'grades' | 'ki67' | 'setting' | 'line';

export const POPULATION_ATTRIBUTES: PopulationAttribute[] = ['site', 'differentiation', 'grades', 'ki67', 'setting', 'line'];

export const ATTRIBUTE_LABELS: Record<PopulationAttribute, string> = {
  site: 'site',
  differentiation: 'NET/NEC',
  grades: 'grades',
  ki67: 'Ki67',
  setting: 'setting',
  line: 'line',
};

/** A row's population on each attribute, as text; null where no population of the row states it. */
export type PopulationProfile = Record<PopulationAttribute, string | null>;

export interface Difference {
  attribute: PopulationAttribute;
  value: string;
  others: string;
  /** "Different site: small bowel here, pancreas in most other rows" */
  text: string;
}

export interface Comparability {
  profile: PopulationProfile;
  differences: Difference[];
  /** Attributes other rows state and this row's population does not. */
  unstated: PopulationAttribute[];
}

/** Ki67 bounds as stated, without claiming whether a bound is inclusive (the data does not say). */
export function ki67Text(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return min === max ? `${min}%` : `${min}–${max}%`;
  if (min !== null) return `from ${min}%`;
  if (max !== null) return `up to ${max}%`;
  return null;
}

function joined(values: (string | null | undefined)[]): string | null {
  const stated = [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
  return stated.length > 0 ? stated.join(' + ') : null;
}

/** One row's profile; a row with several populations (a study enrolling two) joins their values. */
export function profileOf(populations: PopulationLike[]): PopulationProfile {
  return {
    site: joined(populations.map((p) => p.site)),
    differentiation: joined(populations.map((p) => p.differentiation)),
    grades: joined(populations.map((p) => (p.grades.length > 0 ? p.grades.join(', ') : null))),
    ki67: joined(populations.map((p) => ki67Text(p.ki67Min, p.ki67Max))),
    setting: joined(populations.map((p) => p.setting)),
    line: joined(populations.map((p) => p.line)),
  };
}

/** The value most rows state, ties to the earliest row; null when no row states one. */
function reference(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)!) best = v;
  return best;
}

/** What an attribute is called in a sentence. */
const ATTRIBUTE_NOUNS: Record<PopulationAttribute, string> = {
  site: 'site',
  differentiation: 'tumour type (NET/NEC)',
  grades: 'grades',
  ki67: 'Ki67 range',
  setting: 'setting',
  line: 'line of therapy',
};

/** A value as a reader says it: small_bowel → small bowel. */
const words = (v: string) => v.replaceAll('_', ' ');

/** "Different site: small bowel here, pancreas in most other rows". */
export function differenceText(attribute: PopulationAttribute, value: string, others: string): string {
  return `Different ${ATTRIBUTE_NOUNS[attribute]}: ${words(value)} here, ${words(others)} in most other rows`;
}

export function compareProfiles(profiles: PopulationProfile[]): Comparability[] {
  const refs = Object.fromEntries(POPULATION_ATTRIBUTES.map((a) => [a, reference(profiles.map((p) => p[a]))])) as Record<
    PopulationAttribute,
    string | null
  >;
  return profiles.map((profile) => {
    const differences: Difference[] = [];
    const unstated: PopulationAttribute[] = [];
    for (const attribute of POPULATION_ATTRIBUTES) {
      const value = profile[attribute];
      const others = refs[attribute];
      if (others === null) continue;
      if (value === null) unstated.push(attribute);
      else if (value !== others) differences.push({ attribute, value, others, text: differenceText(attribute, value, others) });
    }
    return { profile, differences, unstated };
  });
}

/** Profiles and flags of rows, in their order. */
export function comparabilityOf(rows: { populations: PopulationLike[] }[]): Comparability[] {
  return compareProfiles(rows.map((r) => profileOf(r.populations)));
}
