/**
 * The verbatim check of every quote as `npm run seed` and `npm start` run it: against the review's
 * text when it is there (SEED_SOURCE, or the shared copy beside the project), and a plain statement
 * when it is not, so a reworded quote ("triple-blind" for "double-blind", the number unchanged) is
 * never loaded silently while the source is at hand.
 */
import { readFile } from 'node:fs/promises';
import type { ValidFile } from '../validate-seed.js';
import type { SeedProblem } from '../../validate/problem.js';
import { parseSourceText } from './source-text.js';
import { checkQuotesAgainstSource } from './check-quotes.js';

export type SourceCheck =
  | { status: 'passed'; file: string; checked: number }
  | { status: 'failed'; file: string; checked: number; problems: SeedProblem[] }
  | { status: 'unavailable'; file: string; reason: string };

/** Checks every quote of `files` against the source text at `file`; `unavailable` when it cannot be read. */
export async function checkQuotesWithSource(files: ValidFile[], file: string): Promise<SourceCheck> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { status: 'unavailable', file, reason: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(e)})` };
  }
  const { problems, checked } = checkQuotesAgainstSource(files, parseSourceText(raw));
  return problems.length > 0 ? { status: 'failed', file, checked, problems } : { status: 'passed', file, checked };
}

/** One line saying what the check did, for the console. */
export function describeSourceCheck(check: SourceCheck): string {
  switch (check.status) {
    case 'passed':
      return `Quotes checked: all ${check.checked} are verbatim in ${check.file}, each under its section's heading.`;
    case 'failed':
      return `${check.problems.length} of ${check.checked} quotes fail the check against ${check.file}:`;
    case 'unavailable':
      return `Quotes NOT checked against the source text: ${check.file} ${check.reason}. Set SEED_SOURCE to the review's text to check them (only the numbers in quotes were checked).`;
  }
}
