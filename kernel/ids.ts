/** Ids derived for nodes no source names itself (arms, results, references), the same for every source. */
import { ID_PREFIX } from './vocabulary.js';

/** Lower-case slug of free text: "6 mo" → "6-mo". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9.+]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function slugOfId(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export function armIdOf(studyId: string, armKey: string): string {
  return `${ID_PREFIX.Arm}:${slugOfId(studyId)}-${armKey}`;
}

export function referenceIdOf(number: number): string {
  return `${ID_PREFIX.Reference}:${number}`;
}

/** result:<study>-<endpoint>-<arm|all>-<statistic>[-<timepoint>][-<subgroup>] */
export function resultIdOf(
  studyId: string,
  r: { endpoint: string; arm?: string; statistic: string; timepoint?: string; population?: string },
): string {
  const parts = [slugOfId(studyId), slugOfId(r.endpoint), r.arm ?? 'all', r.statistic.replaceAll('_', '-')];
  if (r.timepoint) parts.push(slugify(r.timepoint));
  if (r.population) parts.push(slugOfId(r.population));
  return `${ID_PREFIX.Result}:${parts.join('-')}`;
}
