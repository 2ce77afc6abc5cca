/** A problem found in the seed data: where (file, line, entry, field) and what. */
export interface SeedProblem {
  file: string;
  line?: number;
  /** The id (or list position) of the entry the problem is in. */
  entry?: string;
  /** Dotted path of the field inside the entry. */
  field?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  const where = [p.line ? `${p.file}:${p.line}` : p.file, p.entry, p.field].filter(Boolean).join(' ');
  return `${where}: ${p.message}`;
}

/** Thrown by the loader when validation fails; carries every problem, not just the first. */
export class SeedValidationError extends Error {
  readonly problems: SeedProblem[];
  constructor(problems: SeedProblem[]) {
    super(`seed data has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'SeedValidationError';
    this.problems = problems;
  }
}
