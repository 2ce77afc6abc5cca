/**
 * The sources the graph holds evidence from. Every node and relationship lists its owners: the
 * review (`review`) or one registry record (`ctgov:NCT00510068`). A source reloads only what it
 * owns, so reloading the review never touches a registry record's facts, and the other way round.
 */

export const SOURCE_KINDS = ['REVIEW', 'REGISTRY'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceDescriptor {
  /** Stable id, also the prefix of every owner key of the source. */
  id: string;
  kind: SourceKind;
  title: string;
  url?: string;
  /** When the source's text was taken (a date as written), where known. */
  retrieved?: string;
}

export const REVIEW_SOURCE_ID = 'review';
export const REGISTRY_SOURCE_ID = 'ctgov';

export const REGISTRY_SOURCE: SourceDescriptor = {
  id: REGISTRY_SOURCE_ID,
  kind: 'REGISTRY',
  title: 'ClinicalTrials.gov',
  url: 'https://clinicaltrials.gov/',
};

/** The owner key of one registry record: `ctgov:NCT00510068`. */
export const registryOwnerOf = (nct: string): string => `${REGISTRY_SOURCE_ID}:${nct}`;

/** The source id an owner key belongs to (`ctgov:NCT00510068` → `ctgov`). */
export function sourceIdOfOwner(owner: string): string {
  const colon = owner.indexOf(':');
  return colon < 0 ? owner : owner.slice(0, colon);
}

/** The public page of a registry record. */
export const registryRecordUrl = (nct: string): string => `https://clinicaltrials.gov/study/${nct}`;

/** The kind of a source by its id. */
export const kindOfSourceId = (id: string): SourceKind => (id === REGISTRY_SOURCE_ID ? 'REGISTRY' : 'REVIEW');
