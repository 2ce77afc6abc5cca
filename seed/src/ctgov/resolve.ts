/**
 * The vocabulary a registry record is resolved against: the interventions, populations, endpoints
 * and adverse events other sources declare (id, name, aliases), and the review's studies (id, NCT,
 * acronym, aliases). Taken from plans held in memory (the shipped records, planned beside the
 * review) or read from Neo4j (the import command, against a graph that holds the review). Terms
 * match only exactly, after normalizing case, Unicode form, spaces and hyphens: never fuzzily.
 */
import { must } from '../../../kernel/must.js';
import type { Database } from '../../../runtime/db/database.js';
import { ENTITY_LABEL } from '../../../kernel/vocabulary.js';
import { REGISTRY_SOURCE_ID } from '../../../kernel/sources.js';
import type { GraphPlan, NodeRow } from '../plan/plan-builder.js';

export interface VocabularyTerm {
  id: string;
  name: string;
  aliases: string[];
}

export interface VocabularyEndpoint extends VocabularyTerm {
  code?: string;
}

/** A study of another source (the review) a registry record may be the registration of. */
export interface ReviewStudyTerm {
  id: string;
  nct?: string;
  acronym?: string;
  aliases: string[];
}

export interface RegistryVocabulary {
  interventions: VocabularyTerm[];
  populations: VocabularyTerm[];
  endpoints: VocabularyEndpoint[];
  adverseEvents: VocabularyTerm[];
  studies: ReviewStudyTerm[];
}

/** How terms are compared: NFKC, lower case, runs of spaces and hyphens as one space. */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function termOf(row: NodeRow): VocabularyTerm {
  return { id: row.id, name: String(row.props.name ?? row.id), aliases: strs(row.props.aliases) };
}

/** The vocabulary of plans held in memory; plans of the registry itself are skipped. */
export function vocabularyFromPlans(plans: GraphPlan[]): RegistryVocabulary {
  const own = plans.filter((p) => p.source.kind !== 'REGISTRY');
  const rows = (label: keyof GraphPlan['nodes']) => own.flatMap((p) => p.nodes[label]);
  return {
    interventions: rows('Intervention').map(termOf),
    populations: rows('Population').map(termOf),
    endpoints: rows('Endpoint').map((r) => ({ ...termOf(r), code: str(r.props.code) })),
    adverseEvents: rows('AdverseEvent').map(termOf),
    studies: rows('Study').map((r) => ({ id: r.id, nct: str(r.props.nct), acronym: str(r.props.acronym), aliases: strs(r.props.aliases) })),
  };
}

const VOCABULARY_LABELS = ['Intervention', 'Population', 'Endpoint', 'AdverseEvent', 'Study'] as const;

/**
 * The nodes of the vocabulary's labels that some source other than the registry declares (a node
 * only registry records declare, such as `intervention:ctgov-…`, is the registry's own and is
 * declared again by each record that names it).
 */
export const READ_VOCABULARY = `
  MATCH (n:${ENTITY_LABEL})
  WHERE (${VOCABULARY_LABELS.map((l) => `n:${l}`).join(' OR ')})
    AND any(o IN coalesce(n.owners, []) WHERE NOT (o = $registry OR o STARTS WITH $registry + ':'))
  RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases,
         n.code AS code, n.nct AS nct, n.acronym AS acronym
  ORDER BY n.id`;

type VocabularyRow = {
  id: string;
  label: (typeof VOCABULARY_LABELS)[number];
  name: string | null;
  aliases: string[];
  code: string | null;
  nct: string | null;
  acronym: string | null;
};

/** Reads the vocabulary from the graph (one READ transaction). */
export async function readVocabulary(db: Database): Promise<RegistryVocabulary> {
  const rows = await db.read<VocabularyRow>('ctgov.readVocabulary', READ_VOCABULARY, {
    registry: REGISTRY_SOURCE_ID,
    labels: [...VOCABULARY_LABELS],
  });
  const terms = (label: VocabularyRow['label']) =>
    rows.filter((r) => r.label === label).map((r) => ({ id: r.id, name: r.name ?? r.id, aliases: strs(r.aliases) }));
  return {
    interventions: terms('Intervention'),
    populations: terms('Population'),
    endpoints: rows
      .filter((r) => r.label === 'Endpoint')
      .map((r) => ({ id: r.id, name: r.name ?? r.id, aliases: strs(r.aliases), code: str(r.code) })),
    adverseEvents: terms('AdverseEvent'),
    studies: rows
      .filter((r) => r.label === 'Study')
      .map((r) => ({ id: r.id, nct: str(r.nct), acronym: str(r.acronym), aliases: strs(r.aliases) })),
  };
}

/** Normalized term → the ids whose name or alias it is. */
function indexTerms(terms: VocabularyTerm[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const t of terms) {
    for (const word of [t.name, ...t.aliases]) {
      const key = normalizeTerm(word);
      if (!key) continue;
      let ids = index.get(key);
      if (!ids) index.set(key, (ids = new Set()));
      ids.add(t.id);
    }
  }
  return index;
}

/** Answers "which node is this text?" for one vocabulary; a term that names several nodes names none. */
export class VocabularyResolver {
  private readonly interventions: Map<string, Set<string>>;
  private readonly populations: Map<string, Set<string>>;
  private readonly adverseEvents: Map<string, Set<string>>;
  private readonly endpointsByCode = new Map<string, string>();
  private readonly studyIds: Set<string>;
  readonly vocabulary: RegistryVocabulary;

  constructor(vocabulary: RegistryVocabulary) {
    this.vocabulary = vocabulary;
    this.interventions = indexTerms(vocabulary.interventions);
    this.populations = indexTerms(vocabulary.populations);
    this.adverseEvents = indexTerms(vocabulary.adverseEvents);
    this.studyIds = new Set(vocabulary.studies.map((s) => s.id));
    const byCode = new Map<string, VocabularyEndpoint[]>();
    for (const e of vocabulary.endpoints) {
      if (!e.code) continue;
      byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
    }
    // Several endpoints may share a code (PFS and hepatic PFS): the one named by the code itself wins.
    for (const [code, endpoints] of byCode) {
      const canonical =
        endpoints.find((e) => e.id === `endpoint:${code.toLowerCase()}`) ??
        endpoints.find((e) => [e.name, ...e.aliases].some((w) => normalizeTerm(w) === normalizeTerm(code))) ??
        must([...endpoints].sort((a, b) => a.id.localeCompare(b.id))[0], 'every code groups at least one endpoint');
      this.endpointsByCode.set(code, canonical.id);
    }
  }

  private static one(index: Map<string, Set<string>>, texts: (string | null | undefined)[]): string | undefined {
    for (const text of texts) {
      if (!text) continue;
      const ids = index.get(normalizeTerm(text));
      if (ids && ids.size === 1) return [...ids][0];
    }
    return undefined;
  }

  /** The intervention named by the first of `texts` (a name, then its other names) that names exactly one. */
  intervention(...texts: (string | null | undefined)[]): string | undefined {
    return VocabularyResolver.one(this.interventions, texts);
  }

  /** The population whose name or alias equals the text exactly (after normalizing). */
  population(text: string): string | undefined {
    return VocabularyResolver.one(this.populations, [text]);
  }

  adverseEvent(text: string): string | undefined {
    return VocabularyResolver.one(this.adverseEvents, [text]);
  }

  /** The endpoint of a code (PFS, OS, ...), where the vocabulary has one. */
  endpointOfCode(code: string): string | undefined {
    return this.endpointsByCode.get(code);
  }

  /** Whether another source declares a study with this id. */
  hasStudy(id: string): boolean {
    return this.studyIds.has(id);
  }
}
