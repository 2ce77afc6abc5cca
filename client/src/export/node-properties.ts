/**
 * The properties an export writes for each node: every field the API gives of it, flattened to
 * scalars (lists joined with "; ", the provenance as quote, refs, section, source, nct, locator),
 * null and empty values left out. Fetched node by node (a few at a time) and kept, so exporting
 * the same canvas twice asks once.
 */
import { fetchExportNode, type ExportNodeData } from '../api/export-operations';
import type { PropertyValue } from './graph-snapshot';

/** Flattens one node's answer; `__typename`, id and name (the export's own fields) are left out. */
export function flattenProperties(node: ExportNodeData): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  const put = (key: string, v: unknown) => {
    if (v === null || v === undefined || v === '') return;
    if (Array.isArray(v)) {
      if (v.length > 0) out[key] = v.map(String).join('; ');
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
  };
  for (const [key, value] of Object.entries(node)) {
    if (key === '__typename' || key === 'id' || key === 'name') continue;
    if (key === 'provenance' && value && typeof value === 'object') {
      const p = value as {
        ref?: number | null;
        refs?: number[];
        section: string;
        quote: string;
        nct?: string | null;
        locator?: string | null;
        source?: { kind: string; title: string };
      };
      put('quote', p.quote);
      put('refs', p.refs && p.refs.length > 0 ? p.refs : p.ref !== null && p.ref !== undefined ? [p.ref] : null);
      put('section', p.section);
      put('provenanceSource', p.source?.title);
      put('nct', p.nct);
      put('locator', p.locator);
    } else if (key === 'source' && value && typeof value === 'object') put('source', (value as { kind: string }).kind);
    else put(key, value);
  }
  return out;
}

const cache = new Map<string, Record<string, PropertyValue>>();

/** How many node requests an export keeps in flight. */
const CONCURRENCY = 6;

/** Properties of every id (ids the API does not know get none); `onProgress(done, total)` as they arrive. */
export async function fetchProperties(
  ids: readonly string[],
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Map<string, Record<string, PropertyValue>>> {
  const out = new Map<string, Record<string, PropertyValue>>();
  const todo = ids.filter((id) => {
    const hit = cache.get(id);
    if (hit) out.set(id, hit);
    return !hit;
  });
  let done = ids.length - todo.length;
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const id = todo[next++]!;
      const node = await fetchExportNode(id, signal);
      if (node) {
        const props = flattenProperties(node);
        cache.set(id, props);
        out.set(id, props);
      }
      onProgress?.(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, worker));
  return out;
}
