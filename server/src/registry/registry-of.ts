/** A study's registry record (its own, or the one linked to it) and the evidence design read from both. */
import { kindOfSourceId, REGISTRY_SOURCE_ID } from '../../../kernel/sources.js';
import { evidenceDesignOf, type EvidenceDesign } from '../../../kernel/evidence-design.js';
import { sourceIdOf, type NodeRecord, type RegistryRecordRecord } from '../graph/records.js';

/** The registry record of a study: its own when it is a registry study, else the one linked to it. */
export function registryOf(study: NodeRecord): RegistryRecordRecord | null {
  if (sourceIdOf(study) === REGISTRY_SOURCE_ID) return { props: study, studyId: study.id, link: null };
  const linked = study.linkedRegistry;
  if (!linked || typeof linked.id !== 'string') return null;
  return { props: linked, studyId: linked.id, link: { reason: String(linked.linkReason), detail: String(linked.linkDetail ?? '') } };
}

export const evidenceOf = (study: NodeRecord): EvidenceDesign =>
  evidenceDesignOf(
    { design: study.design, phase: study.phase, nonComparative: study.nonComparative, planned: study.planned },
    kindOfSourceId(sourceIdOf(study)),
    registryOf(study)?.props as never,
  );
