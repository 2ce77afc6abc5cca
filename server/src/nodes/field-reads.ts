/**
 * Which stored properties each node field reads, so a node's statement can return only what a
 * request selects (as @neo4j/graphql projects a selection) instead of every property. A field
 * without a resolver of its own reads the property of its name; a relation field reads the node's
 * id, which every projection holds, and a field naming a node by id the property holding that id. Fields with resolvers of their own say what they read here;
 * `WHOLE` where they read much or hand the node on to another type (tests/unit/field-reads.test.ts
 * checks that every such resolver is listed, tests/integration/field-reads.int.test.ts that each
 * field answers the same from its projection as from the whole node).
 */
import type { NodeLabel } from '../../../kernel/vocabulary.js';
import { fieldSourceOf } from './relation-fields.js';

export const WHOLE = 'whole' as const;
/** The properties a field or a selection reads of its node (its id and labels always), or all of them. */
export type NodeReads = readonly string[] | typeof WHOLE;

/** provenanceOf (graph/records.ts): quote, reference, locator and the source its owners name. */
const PROVENANCE = ['quote', 'ref', 'refs', 'locator', 'section', 'nct', 'owners'];
/** valueTextOf (kernel/result-text.ts). */
const VALUE_TEXT = ['statistic', 'value', 'valueHigh', 'unit', 'notReached', 'bound'];

/** What the node types' own resolvers read (nodes/resolvers.ts, registry/resolvers.ts). */
export const FIELD_READS: Partial<Record<NodeLabel, Record<string, NodeReads>>> = {
  Study: {
    kind: [],
    aliases: ['aliases'],
    provenance: PROVENANCE,
    planned: ['planned'],
    source: ['owners'],
    // The registry record and the evidence design read the study's own design and its linked record.
    reviewStudies: [],
    adverseEvents: [],
    registry: WHOLE,
    discrepancies: WHOLE,
    evidenceDesign: WHOLE,
    evidencePhase: WHOLE,
    evidenceBasis: WHOLE,
    evidenceNote: WHOLE,
    nonComparative: WHOLE,
  },
  Arm: { kind: [] },
  Result: {
    kind: [],
    notReached: ['notReached'],
    valueText: VALUE_TEXT,
    provenance: PROVENANCE,
  },
  Endpoint: { aliases: ['aliases'], kind: [] },
  Reference: { kind: [] },
  Observation: { kind: [], aliases: ['aliases'], value: ['value'], valueText: VALUE_TEXT, provenance: PROVENANCE },
  // Its adverse events' rates hand the intervention itself on (AdverseEventRate.intervention).
  Intervention: { kind: [], aliases: ['aliases'], interventionKind: ['kind'], adverseEvents: WHOLE },
  Target: { kind: [], aliases: ['aliases'] },
  Population: { kind: [], aliases: ['aliases'], grades: ['grades'], provenance: PROVENANCE },
  // Its rates hand the adverse event itself on (AdverseEventRate.adverseEvent).
  AdverseEvent: { kind: [], aliases: ['aliases'], rates: WHOLE },
  Biomarker: { kind: [], aliases: ['aliases'] },
  Guideline: { kind: [], provenance: PROVENANCE },
};

/** What `type.field` reads of its node. */
export function readsOfField(type: NodeLabel, field: string): NodeReads {
  if (field === '__typename') return [];
  const declared = FIELD_READS[type];
  if (declared && Object.hasOwn(declared, field)) return declared[field]!;
  const source = fieldSourceOf(type, field);
  if (source && 'byId' in source) return [source.byId.property];
  if (source) return [];
  return [field];
}

/** Everything both read. */
export function unionOfReads(a: NodeReads, b: NodeReads): NodeReads {
  if (a === WHOLE || b === WHOLE) return WHOLE;
  return [...new Set([...a, ...b])];
}
