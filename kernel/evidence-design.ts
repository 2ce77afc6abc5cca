/**
 * The design a study's evidence level and the evidence network rest on. The review's own word
 * comes first; where the review does not state a design and the study's registry record gives
 * an allocation, the registry's design is used and labelled as the registry's. The review's words
 * are never changed: this is a reading of both, not a correction of either.
 */
import { isNonComparative, phaseOfRegistry, registryDesignOf } from './registry.js';
import type { SourceKind } from './sources.js';

/** The fields of a registry record the evidence design reads (a projection for it fetches these). */
export const REGISTRY_DESIGN_FIELDS = ['studyType', 'allocation', 'interventionModel', 'phases', 'briefTitle', 'officialTitle'] as const;

export type RegistryDesignFields = {
  [K in (typeof REGISTRY_DESIGN_FIELDS)[number]]?: (K extends 'phases' ? readonly string[] : string) | null;
};

export interface EvidenceDesign {
  design: string;
  phase: string | null;
  /** Whose words the design is: the review's, or the registry's where the review is silent. */
  basis: SourceKind;
  /** The review (a curated study field) or the record calls the trial non-comparative: randomized, but not a head-to-head comparison. */
  nonComparative: boolean;
  /** Ongoing with nothing reported yet: a plan, not evidence. */
  planned: boolean;
  /** Where the design is the registry's for a review study: which words of the record say so. */
  note: string | null;
}

export function evidenceDesignOf(
  study: { design?: unknown; phase?: unknown; nonComparative?: unknown; planned?: unknown },
  source: SourceKind,
  record: RegistryDesignFields | null | undefined,
): EvidenceDesign {
  const ownDesign = typeof study.design === 'string' ? study.design : 'not_stated';
  const ownPhase = typeof study.phase === 'string' ? study.phase : null;
  const nonComparative = study.nonComparative === true || isNonComparative([record?.briefTitle, record?.officialTitle]);
  const planned = study.planned === true;
  if (source === 'REGISTRY' || !record) return { design: ownDesign, phase: ownPhase, basis: source, nonComparative, planned, note: null };
  const registry = registryDesignOf(record);
  if (ownDesign === 'not_stated' && registry.design !== 'not_stated') {
    const note =
      registry.basis === 'title'
        ? 'The review states no design; the registry record gives no allocation field, and its title says it is randomized.'
        : registry.basis === 'allocation'
          ? `The review states no design; the registry record's allocation is ${String(record.allocation).toLowerCase().replace('_', '-')}.`
          : 'The review states no design; the registry record has a single group.';
    return {
      design: registry.design,
      phase: ownPhase ?? phaseOfRegistry(record.phases) ?? null,
      basis: 'REGISTRY',
      nonComparative,
      planned,
      note,
    };
  }
  return { design: ownDesign, phase: ownPhase, basis: 'REVIEW', nonComparative, planned, note: null };
}

/** A randomized trial whose arms were compared head to head, with results: what the evidence network draws. */
export const isHeadToHead = (e: EvidenceDesign): boolean => e.design === 'randomized_controlled_trial' && !e.nonComparative && !e.planned;
