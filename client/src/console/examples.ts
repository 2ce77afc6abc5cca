/**
 * Saved queries of the GraphQL console, each answering a question over the curated evidence.
 * They run against the seeded data (an end-to-end test runs every one of them).
 */
export interface ConsoleExample {
  id: string;
  title: string;
  query: string;
  /** Variables as JSON text, exactly as they land in the variables editor ('' for none). */
  variables: string;
}

const vars = (v: Record<string, unknown>) => JSON.stringify(v, null, 2);

export const CONSOLE_EXAMPLES: ConsoleExample[] = [
  {
    id: 'radiant-3',
    title: 'RADIANT-3 results with provenance',
    query: `# RADIANT-3: every result with the sentence of the review it came from
query Radiant3($id: ID!) {
  node(id: $id) {
    id
    name
    ... on Study {
      phase
      design
      enrolled
      results {
        endpoint { code }
        arm { label }
        valueText
        value
        unit
        pValue
        provenance { ref section quote }
      }
    }
  }
}
`,
    variables: vars({ id: 'study:radiant-3' }),
  },
  {
    id: 'search-typo',
    title: 'Search "sunitnib" (typo-tolerant)',
    query: `# Full-text search forgives typos: "sunitnib" finds Sunitinib
query Search($text: String!) {
  search(query: $text, first: 5) {
    score
    node { id kind name }
  }
}
`,
    variables: vars({ text: 'sunitnib' }),
  },
  {
    id: 'paths',
    title: 'Paths sunitinib → SANET-p, not through references',
    query: `# Shortest paths from a drug to a trial, never through a reference
query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, excludeKinds: [REFERENCE]) {
    length
    nodes { id kind label }
    edges { type source target }
  }
}
`,
    variables: vars({ from: 'intervention:sunitinib', to: 'study:sanet-p' }),
  },
  {
    id: 'studies-everolimus-pan-net',
    title: 'Studies of everolimus in Pan-NETs',
    query: `# Studies with an arm that received everolimus (or a regimen including it),
# enrolling Pan-NETs or one of their subsets
query Studies($filter: StudyFilter) {
  studies(filter: $filter) {
    totalCount
    nodes { id name design phase enrolled }
  }
}
`,
    variables: vars({ filter: { intervention: 'intervention:everolimus', population: 'population:pan-net' } }),
  },
  {
    id: 'compare-pfs',
    title: 'Compare PFS: everolimus, sunitinib, surufatinib in Pan-NETs',
    query: `# One row per arm that reported PFS for any of the three drugs, in Pan-NETs
query Compare($interventions: [ID!]!, $endpoint: String!, $population: ID) {
  compare(interventions: $interventions, endpoint: $endpoint, population: $population) {
    endpoint { code name }
    rows {
      intervention { name }
      study { name }
      arm { label }
      n
      statistic
      value
      unit
      ciLow
      ciHigh
      pValue
      provenance { ref quote }
    }
  }
}
`,
    variables: vars({
      interventions: ['intervention:everolimus', 'intervention:sunitinib', 'intervention:surufatinib'],
      endpoint: 'PFS',
      population: 'population:pan-net',
    }),
  },
  {
    id: 'reference-113',
    title: 'Everything citing reference 113',
    query: `# What the review supports with its reference [113]
query Reference($number: Int!) {
  reference(number: $number) {
    name
    firstAuthor
    studies { id name }
    results { id name }
    guidelines { id name }
  }
}
`,
    variables: vars({ number: 113 }),
  },
  {
    id: 'neighborhood-pan-net-g3',
    title: 'Neighbourhood of Pan-NETs G3',
    query: `# Everything within two hops of Pan-NETs G3, at most 100 nodes
query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 100) {
    truncated
    nodes { id kind label }
    edges { type source target }
  }
}
`,
    variables: vars({ id: 'population:pan-net-g3' }),
  },
  {
    id: 'evidence-network',
    title: 'Evidence network (head-to-head RCTs)',
    query: `# Interventions compared head to head in randomized controlled trials
query EvidenceNetwork($population: ID) {
  evidenceNetwork(population: $population) {
    nodes { intervention { id name } studyCount }
    edges { id source { name } target { name } studies { name } enrolled }
  }
}
`,
    variables: vars({ population: 'population:pan-net' }),
  },
  {
    id: 'graph-summary',
    title: 'Graph summary: counts per kind and relationship',
    query: `# How many nodes of each kind and relationships of each type are loaded
{
  graphSummary {
    kinds { kind count }
    relationships { type count }
  }
}
`,
    variables: '',
  },
];

/** The example whose query and variables are exactly these, if any (to mark it as picked). */
export function exampleMatching(query: string, variables: string): ConsoleExample | undefined {
  return CONSOLE_EXAMPLES.find((e) => e.query.trim() === query.trim() && e.variables.trim() === variables.trim());
}
