/**
 * Type definitions for the peer, @neo4j/graphql, over the project's own graph: one `@node` type per
 * label of the kernel's vocabulary, and every relationship of the kernel's links table as a field
 * on both ends, generated from LINKS so a new label or relationship type reaches the peer without
 * an edit here. Field names are the relationship type as stored (`HAS_ARM` outgoing, `in_HAS_ARM`
 * incoming; `ABOUT_Population` where a type reaches several labels). What no relationship field
 * can ask (a study's results by `studyId`, full-text search, shortest paths, counts) is a
 * `@cypher` field: the API's own statement where one statement answers (counts, examples, search's
 * index call), else the plain Cypher a peer user would write (SHORTEST paths).
 */
import { LINKS } from '../../kernel/links.js';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from '../../kernel/vocabulary.js';
import { COUNT_RELATIONSHIP_PATTERNS, FIND_KIND_EXAMPLES } from '../../server/src/summary/repository.js';
import { rankedSearchHits } from '../../server/src/search/repository.js';

/** Scalar properties the bench's queries read, per label (every type also has id, name and aliases). */
const PROPERTIES: Partial<Record<NodeLabel, string[]>> = {
  Study: ['acronym: String', 'nct: String', 'design: String', 'phase: String', 'status: String', 'enrolled: Int', 'summary: String'],
  Arm: ['label: String', 'enrolled: Int', 'studyId: String'],
  Result: [
    'statistic: String',
    'value: Float',
    'valueHigh: Float',
    'unit: String',
    'ciLow: Float',
    'ciHigh: Float',
    'pValue: String',
    'timepoint: String',
    'notReached: Boolean',
    'studyId: String',
    'armId: String',
  ],
  Intervention: ['kind: String', 'drugClass: String', 'route: String'],
  Population: ['site: String', 'differentiation: String', 'grades: [String!]'],
  Endpoint: ['code: String'],
  AdverseEvent: ['category: String'],
  Guideline: ['issuer: String', 'stance: String', 'statement: String'],
  Reference: ['number: Int', 'firstAuthor: String'],
};

/** Labels whose facts carry provenance (the source's words and where they stand). */
const WITH_PROVENANCE: NodeLabel[] = ['Study', 'Result', 'Guideline', 'Observation'];
const PROVENANCE = ['quote: String', 'section: String', 'ref: Int', 'locator: String'];

/** Relationship types whose properties the bench's queries filter on. */
const RELATIONSHIP_PROPERTIES: Partial<Record<(typeof RELATIONSHIP_TYPES)[number], string>> = {
  COMPARES: 'role: String',
};

/** The paths query's bounds: maxLength 6 and the API's default limit of 10. */
export const PEER_PATH_MAX_LENGTH = 6;
export const PEER_PATH_LIMIT = 10;

/** One relationship field of a label: its name and its SDL. */
interface RelationshipField {
  name: string;
  sdl: string;
}

/** The relationship fields of one label, outgoing then incoming, generated from LINKS. */
function relationshipFields(label: NodeLabel): RelationshipField[] {
  const fields: RelationshipField[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const { from, to } = LINKS[type] as { from: readonly NodeLabel[]; to: readonly NodeLabel[] };
    const props = RELATIONSHIP_PROPERTIES[type] ? `, properties: "${type}Properties"` : '';
    if (from.includes(label)) {
      for (const target of to) {
        const name = to.length === 1 ? type : `${type}_${target}`;
        fields.push({ name, sdl: `${name}: [${target}!]! @relationship(type: "${type}", direction: OUT${props})` });
      }
    }
    if (to.includes(label)) {
      for (const source of from) {
        const name = `in_${from.length === 1 ? type : `${type}_${source}`}`;
        fields.push({ name, sdl: `${name}: [${source}!]! @relationship(type: "${type}", direction: IN${props})` });
      }
    }
  }
  return fields;
}

/** The names of a label's relationship fields in the peer's schema (`HAS_ARM`, `in_RECEIVED`, ...). */
export const peerRelationshipFieldNames = (label: NodeLabel): string[] => relationshipFields(label).map((f) => f.name);

const escape = (cypher: string) => cypher.replaceAll('\\', '\\\\').replaceAll('"""', '\\"""');

/** Full-text search as the API runs it (rankedSearchHits: its index calls and weighting), returning nodes. */
const SEARCH = `${rankedSearchHits}
  RETURN node`;

/**
 * Shortest paths the way a Cypher user asks for them (the API answered this way before its bounded
 * search): SHORTEST k over any relationship, simple paths only, shortest first.
 */
const PATHS = `
  MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
  MATCH p = SHORTEST ${PEER_PATH_LIMIT * 2} (a)-[]-{1,${PEER_PATH_MAX_LENGTH}}(b)
  WITH p WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  WITH p ORDER BY length(p) LIMIT ${PEER_PATH_LIMIT}
  RETURN {length: length(p), nodes: [n IN nodes(p) | n.id], edges: [r IN relationships(p) | type(r)]} AS path`;

/** Relationships per type as a Cypher user counts them (the API reads the count store instead). */
const COUNT_RELATIONSHIPS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type';
const RELATIONSHIP_COUNTS = `CALL () { ${COUNT_RELATIONSHIPS} } RETURN {type: type, count: count} AS row`;
const PATTERN_COUNTS = `CALL () { ${COUNT_RELATIONSHIP_PATTERNS} } RETURN {type: type, fromLabel: fromLabel, toLabel: toLabel, count: count} AS row`;
const KIND_EXAMPLES = `CALL () { ${FIND_KIND_EXAMPLES} } RETURN {label: label, id: node.props.id, name: node.props.name} AS row`;

/** The whole SDL handed to `new Neo4jGraphQL({ typeDefs })`. */
export function peerTypeDefs(): string {
  const types = NODE_LABELS.map((label) => {
    const fields = [
      'id: ID!',
      'name: String!',
      'aliases: [String!]',
      ...(PROPERTIES[label] ?? []),
      ...(WITH_PROVENANCE.includes(label) ? PROVENANCE : []),
      ...relationshipFields(label).map((f) => f.sdl),
      ...(label === 'Study'
        ? [
            'results: [Result!]! @cypher(statement: """MATCH (r:Result {studyId: this.id}) RETURN r ORDER BY r.armId, r.name""", columnName: "r")',
          ]
        : []),
    ];
    return `type ${label} @node {\n  ${fields.join('\n  ')}\n}`;
  });
  const relationshipProperties = Object.entries(RELATIONSHIP_PROPERTIES).map(
    ([type, props]) => `type ${type}Properties @relationshipProperties {\n  ${props}\n}`,
  );
  return [
    ...types,
    ...relationshipProperties,
    `union AnyNode = ${NODE_LABELS.join(' | ')}`,
    'type PathRow {\n  length: Int!\n  nodes: [String!]!\n  edges: [String!]!\n}',
    'type RelationshipCountRow {\n  type: String!\n  count: Int!\n}',
    'type RelationshipPatternRow {\n  type: String!\n  fromLabel: String\n  toLabel: String\n  count: Int!\n}',
    'type KindExampleRow {\n  label: String!\n  id: String\n  name: String\n}',
    `type Query {
  search(index: String!, close: String!, wide: String, exact: String!, labels: [String!], first: Int!, candidates: Int!): [AnyNode!]! @cypher(statement: """${escape(SEARCH)}""", columnName: "node")
  shortestPaths(from: ID!, to: ID!): [PathRow!]! @cypher(statement: """${escape(PATHS)}""", columnName: "path")
  relationshipCounts: [RelationshipCountRow!]! @cypher(statement: """${escape(RELATIONSHIP_COUNTS)}""", columnName: "row")
  relationshipPatterns: [RelationshipPatternRow!]! @cypher(statement: """${escape(PATTERN_COUNTS)}""", columnName: "row")
  kindExamples: [KindExampleRow!]! @cypher(statement: """${escape(KIND_EXAMPLES)}""", columnName: "row")
}`,
  ].join('\n\n');
}
