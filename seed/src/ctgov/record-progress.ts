/**
 * A progress line for reading records: how many were read, accepted and rejected, and the rate.
 * On a terminal the line is rewritten in place (at most ten times a second); otherwise a line is
 * printed every `every` records and once at the end. The rate counts from the first record.
 */
import type { RecordCounts } from './pipeline.js';

export interface RecordProgress {
  update(counts: RecordCounts): void;
  /** Prints the final line. */
  done(counts: RecordCounts): void;
}

/** The words of one progress line. */
export function progressLine(counts: RecordCounts, seconds: number): string {
  const rate = seconds > 0 ? Math.round(counts.read / seconds) : counts.read;
  return `Reading records: ${counts.read} read, ${counts.accepted} accepted, ${counts.rejected} rejected (${rate}/s)`;
}

/** A progress line on `stream` (stderr for the import command, so the summary on stdout stays clean). */
export function recordProgress(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout, every = 1000): RecordProgress {
  let start: number | undefined;
  let lastDraw = 0;
  const seconds = () => (start === undefined ? 0 : (Date.now() - start) / 1000);
  return {
    update(counts) {
      start ??= Date.now();
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        stream.write(`\r${progressLine(counts, seconds())}`);
      } else if (counts.read % every === 0) stream.write(`${progressLine(counts, seconds())}\n`);
    },
    done(counts) {
      stream.write(`${stream.isTTY ? '\r' : ''}${progressLine(counts, seconds())}\n`);
    },
  };
}
