/** The sources the graph holds evidence from, as the writer recorded them (one Source node each). */
import type { Database } from '../../../runtime/db/database.js';
import { SOURCE_LABEL, SOURCE_LOAD_LABEL } from '../../../kernel/vocabulary.js';
import type { SourceRecord } from '../graph/records.js';

/** A load whose marker says `complete: false` is under way or was interrupted (loads before the marker had it were whole). */
const SOURCE_FIELDS = `s {.id, .kind, .title, .url, .retrieved, nodeCount: coalesce(s.nodeCount, 0),
    loadComplete: NOT EXISTS { MATCH (l:${SOURCE_LOAD_LABEL}) WHERE l.source = s.id AND l.complete = false }}`;

export const FIND_SOURCES = `
  MATCH (s:${SOURCE_LABEL})
  RETURN ${SOURCE_FIELDS} AS source
  ORDER BY s.kind DESC, s.id`;

export const FIND_SOURCES_BY_IDS = `
  UNWIND $ids AS id
  MATCH (s:${SOURCE_LABEL} {id: id})
  RETURN id, ${SOURCE_FIELDS} AS source`;

export async function findSources(db: Database): Promise<SourceRecord[]> {
  return (await db.read<{ source: SourceRecord }>('sources.all', FIND_SOURCES)).map((r) => r.source);
}

export async function findSourcesByIds(db: Database, ids: readonly string[]): Promise<(SourceRecord | Error)[]> {
  const rows = await db.read<{ id: string; source: SourceRecord }>('sources.byIds', FIND_SOURCES_BY_IDS, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.source]));
  // A fact whose source was never recorded is a loader bug, not a user's mistake: it surfaces masked.
  return ids.map((id) => byId.get(id) ?? new Error(`no Source node for ${id}`));
}
