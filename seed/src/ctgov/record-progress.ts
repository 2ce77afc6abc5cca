/**
 * A progress line for an import: records read, written and rejected, the rate and, when the total
 * is known (a zip's or folder's file count, the API's totalCount), an ETA. On a terminal the line
 * is redrawn in place (at most ten times a second); otherwise a line is printed every `everyMs`
 * (10 s) and once at the end. The rate counts from the first record.
 */

/** Counts so far: `written` are accepted records whose chunk is committed (or, in a bulk import, planned into CSV). */
export interface ProgressCounts {
  read: number;
  written: number;
  rejected: number;
}

export interface RecordProgress {
  /** The number of records expected, when it becomes known. */
  total(records: number): void;
  update(counts: ProgressCounts): void;
  /** Prints the final line. */
  done(counts: ProgressCounts): void;
}

const duration = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/** What an accepted record has become when it is counted: written to Neo4j, or (`--bulk`) planned into CSV for the importer. */
export type AcceptedAs = 'written' | 'planned into CSV';

/** The words of one progress line. */
export function progressLine(counts: ProgressCounts, seconds: number, total?: number, acceptedAs: AcceptedAs = 'written'): string {
  const rate = seconds > 0 ? counts.read / seconds : counts.read;
  const known = total !== undefined && total >= counts.read ? total : undefined;
  const of = known !== undefined ? ` of ~${known}` : '';
  const eta = known !== undefined && rate > 0 && counts.read < known ? `, ETA ${duration((known - counts.read) / rate)}` : '';
  return `Importing records: ${counts.read}${of} read, ${counts.written} ${acceptedAs}, ${counts.rejected} rejected (${Math.round(rate)}/s${eta})`;
}

/** A progress line on `stream` (stderr for the import command, so the summary on stdout stays clean). */
export function recordProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
  everyMs = 10_000,
  acceptedAs: AcceptedAs = 'written',
): RecordProgress {
  let start: number | undefined;
  let lastDraw = 0;
  let expected: number | undefined;
  const seconds = () => (start === undefined ? 0 : (Date.now() - start) / 1000);
  return {
    total(records) {
      expected = records;
    },
    update(counts) {
      const now = Date.now();
      if (start === undefined) {
        start = now;
        lastDraw = now;
      }
      if (now - lastDraw < (stream.isTTY ? 100 : everyMs)) return;
      lastDraw = now;
      const line = progressLine(counts, seconds(), expected, acceptedAs);
      stream.write(stream.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
    },
    done(counts) {
      stream.write(`${stream.isTTY ? '\r' : ''}${progressLine(counts, seconds(), expected, acceptedAs)}${stream.isTTY ? '\x1b[K' : ''}\n`);
    },
  };
}
