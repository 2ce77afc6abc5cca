/**
 * Which review study a registry record is the registration of (REGISTERED_AS), by rules in order:
 * the review states the record's NCT number; else the record's acronym is a review study's acronym
 * or alias; else a curated link in `seed/registry/links.yaml` says so, with why. A rule links only
 * when exactly one review study answers it; several make a warning and no link. No title is ever
 * compared.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { RegistryLinkReason } from '../../../kernel/registry.js';
import type { SeedProblem } from '../validate/problem.js';
import { NCT_ID } from './record-schema.js';
import { normalizeTerm, type RegistryVocabulary, type ReviewStudyTerm } from './resolve.js';
import { fieldPath } from './validate-record.js';

/** The links file that belongs to a folder of registry records: `links.yaml` beside the folder. */
export const linksFileOf = (recordsDir: string): string => path.join(path.dirname(path.resolve(recordsDir)), 'links.yaml');

/** A link curators made where neither the NCT number nor the acronym can. */
export interface CuratedLink {
  study: string;
  nct: string;
  /** Why the two are the same trial, in words. */
  note: string;
}

const curatedLinkSchema = z.strictObject({
  study: z.string().regex(/^study:[a-z0-9][a-z0-9.+-]*$/, { message: 'must be a study id such as study:radiant-1' }),
  nct: z.string().regex(NCT_ID, { message: 'must be an NCT number: NCT followed by 8 digits' }),
  note: z.string().trim().min(1),
});

const linksFileSchema = z.array(curatedLinkSchema);

/**
 * Parses and checks the curated links (a YAML list of `{ study, nct, note }`): each names a study
 * the review declares and a well-formed NCT number, and no pair is listed twice. Problems name
 * file, line, entry (the NCT number, or `links[i]`) and field.
 */
export function parseCuratedLinks(
  file: string,
  text: string,
  vocabulary: RegistryVocabulary,
): { links: CuratedLink[]; problems: SeedProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      links: [],
      problems: doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: `YAML: ${e.message}` })),
    };
  }
  const lineAt = (at: (string | number)[]) => {
    for (let n = at.length; n >= 0; n--) {
      const node = doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const data: unknown = doc.toJS() ?? [];
  const parsed = linksFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      links: [],
      problems: parsed.error.issues.map((issue) => {
        const [i, ...field] = issue.path as (string | number)[];
        if (typeof i !== 'number') return { file, message: `${issue.message} (the file is a list of { study, nct, note })` };
        const nct = Array.isArray(data) ? (data[i] as { nct?: unknown } | undefined)?.nct : undefined;
        const entry = typeof nct === 'string' ? nct : `links[${i}]`;
        return { file, line: lineAt([i, ...field]), entry, field: fieldPath(field) || undefined, message: issue.message };
      }),
    };
  }
  const problems: SeedProblem[] = [];
  const known = new Set(vocabulary.studies.map((s) => s.id));
  const seen = new Set<string>();
  parsed.data.forEach((link, i) => {
    if (!known.has(link.study))
      problems.push({
        file,
        line: lineAt([i, 'study']),
        entry: link.nct,
        field: 'study',
        message: `links to ${link.study}, which the review does not declare`,
      });
    const key = `${link.study}|${link.nct}`;
    if (seen.has(key)) problems.push({ file, line: lineAt([i]), entry: link.nct, message: `${link.nct} is linked to ${link.study} twice` });
    seen.add(key);
  });
  return { links: problems.length === 0 ? parsed.data : [], problems };
}

/** Reads the curated links; a missing file is no links. */
export async function readCuratedLinks(
  file: string,
  vocabulary: RegistryVocabulary,
): Promise<{ links: CuratedLink[]; problems: SeedProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { links: [], problems: [] };
    throw e;
  }
  return parseCuratedLinks(path.relative(process.cwd(), file) || file, text, vocabulary);
}

/** A link a rule made: the review study, why, and the why in words. */
export interface RegistryLink {
  studyId: string;
  reason: RegistryLinkReason;
  detail: string;
}

export type LinkDecision = { link: RegistryLink } | { warning: string } | Record<string, never>;

/** Applies the linking rules to review studies, NCT numbers and curated links, indexed once. */
export class RegistryLinker {
  private readonly byNct = new Map<string, ReviewStudyTerm[]>();
  private readonly byName = new Map<string, { study: ReviewStudyTerm; word: string; field: 'acronym' | 'alias' }[]>();
  private readonly curated = new Map<string, CuratedLink[]>();

  constructor(vocabulary: RegistryVocabulary, curated: CuratedLink[]) {
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
    for (const s of vocabulary.studies) {
      if (s.nct) push(this.byNct, s.nct, s);
      if (s.acronym) push(this.byName, normalizeTerm(s.acronym), { study: s, word: s.acronym, field: 'acronym' as const });
      for (const alias of s.aliases) push(this.byName, normalizeTerm(alias), { study: s, word: alias, field: 'alias' as const });
    }
    for (const link of curated) push(this.curated, link.nct, link);
  }

  /** The review study a record (its NCT number and acronym) is registered as, a warning, or nothing. */
  link(nct: string, acronym: string | null | undefined): LinkDecision {
    const ambiguous = (rule: string, ids: string[]) => ({
      warning: `${nct}: ${ids.length} review studies match by ${rule} (${ids.join(', ')}); no link made`,
    });

    const byNct = this.byNct.get(nct) ?? [];
    const [onlyByNct] = byNct;
    if (byNct.length === 1 && onlyByNct)
      return { link: { studyId: onlyByNct.id, reason: 'NCT', detail: `The review gives ${nct} for this study.` } };
    if (byNct.length > 1)
      return ambiguous(
        'NCT number',
        byNct.map((s) => s.id),
      );

    if (acronym) {
      // A review study that states another NCT number is another trial, whatever its acronym.
      const hits = (this.byName.get(normalizeTerm(acronym)) ?? []).filter((h) => !h.study.nct || h.study.nct === nct);
      const ids = [...new Set(hits.map((h) => h.study.id))];
      const [studyId] = ids;
      const hit = hits.find((h) => h.field === 'acronym') ?? hits[0];
      if (ids.length === 1 && studyId !== undefined && hit) {
        return {
          link: {
            studyId,
            reason: 'ACRONYM',
            detail: `The record's acronym "${acronym}" is the review study's ${hit.field} "${hit.word}".`,
          },
        };
      }
      if (ids.length > 1) return ambiguous(`acronym "${acronym}"`, ids);
    }

    const curated = this.curated.get(nct) ?? [];
    const [onlyCurated] = curated;
    if (curated.length === 1 && onlyCurated) return { link: { studyId: onlyCurated.study, reason: 'CURATED', detail: onlyCurated.note } };
    if (curated.length > 1)
      return ambiguous(
        'curated link',
        curated.map((c) => c.study),
      );
    return {};
  }
}
