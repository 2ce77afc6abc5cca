/**
 * Where a fact comes from, in one line that names its source: "Review [102] · Targeted therapies:
 * Everolimus", "Review (no citation) · Introduction", or "ClinicalTrials.gov NCT00510068 ·
 * protocolSection.designModule.enrollmentInfo" for a registry fact. Pure, unit-tested.
 */

/** What the line reads of a provenance (the API's Provenance). */
export interface ProvenanceLike {
  ref?: number | null;
  refs?: number[] | null;
  section: string;
  nct?: string | null;
  locator?: string | null;
  source?: { kind: string; title: string } | null;
}

/** Whether the fact is a registry record's (by its source, else by the NCT it carries). */
export const isRegistryFact = (p: ProvenanceLike) => (p.source ? p.source.kind === 'REGISTRY' : Boolean(p.nct));

/** "[13, 106, 107]" for every citation of a review fact; empty where it cites nothing. */
export function citationText(p: ProvenanceLike): string {
  const refs = p.refs && p.refs.length > 0 ? p.refs : typeof p.ref === 'number' ? [p.ref] : [];
  return refs.length > 0 ? `[${refs.join(', ')}]` : '';
}

/** The source line of a provenance block. */
export function provenanceLine(p: ProvenanceLike): string {
  if (isRegistryFact(p)) {
    const title = p.source?.title ?? 'ClinicalTrials.gov';
    const record = p.nct ? ` ${p.nct}` : '';
    return `${title}${record}${p.locator ? ` · ${p.locator}` : ''}`;
  }
  const cites = citationText(p);
  return `Review ${cites || '(no citation)'} · ${p.section}`;
}
