/**
 * Stage 2 of the registry source: check one read record against the schema of the mapped fields.
 * A record that is not JSON, has no NCT number or has a field of the wrong shape is rejected with
 * every problem named by file, entry (its NCT number, or `record N` when it has none) and the
 * field's path in the record; the other records go on.
 */
import type { z } from 'zod';
import type { SeedProblem } from '../validate/problem.js';
import { ctgovStudySchema, NCT_ID, type CtgovStudy } from './record-schema.js';
import type { RawRecord } from './read-records.js';

/** A record that passed validation. */
export interface ValidRecord {
  file: string;
  position: number;
  nct: string;
  study: CtgovStudy;
}

export type RecordCheck = { ok: true; record: ValidRecord } | { ok: false; problems: SeedProblem[] };

/** `protocolSection.armsInterventionsModule.armGroups[0].label` for a zod issue path. */
export function fieldPath(at: readonly PropertyKey[]): string {
  return at.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The record's NCT number when it has a well-formed one, whatever else is wrong with it. */
function nctOf(value: unknown): string | undefined {
  const nct = (value as { protocolSection?: { identificationModule?: { nctId?: unknown } } } | null)?.protocolSection?.identificationModule
    ?.nctId;
  return typeof nct === 'string' && NCT_ID.test(nct) ? nct : undefined;
}

function issueProblems(raw: RawRecord, entry: string, error: z.ZodError): SeedProblem[] {
  return error.issues.map((issue) => ({ file: raw.file, entry, field: fieldPath(issue.path) || undefined, message: issue.message }));
}

/** Validates one read record. */
export function validateRecord(raw: RawRecord): RecordCheck {
  const record = `record ${raw.position}`;
  if (raw.error !== undefined) return { ok: false, problems: [{ file: raw.file, entry: record, message: raw.error }] };
  if (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value)) {
    return {
      ok: false,
      problems: [{ file: raw.file, entry: record, message: 'not a study record: expected an object with a protocolSection' }],
    };
  }
  const parsed = ctgovStudySchema.safeParse(raw.value);
  if (!parsed.success) return { ok: false, problems: issueProblems(raw, nctOf(raw.value) ?? record, parsed.error) };
  const nct = parsed.data.protocolSection.identificationModule.nctId;
  return { ok: true, record: { file: raw.file, position: raw.position, nct, study: parsed.data } };
}
