/**
 * What the details panel reads of a node: one document with a selection per kind (the panel has one
 * component per kind, each typed by its member of the union), and a population's roll-up: the
 * studies of it and of its subgroups, with their results.
 */
import { graphql } from '../generated/gql';
import type { DetailsQuery, PopulationRollupQuery } from '../generated/graphql';
import { request } from './graphql-client';

graphql(`
  fragment SourceFields on Source {
    id
    kind
    title
    url
  }
`);

graphql(`
  fragment ProvenanceFields on Provenance {
    ref
    refs
    section
    quote
    nct
    locator
    source {
      ...SourceFields
    }
  }
`);

graphql(`
  fragment ResultFields on Result {
    id
    name
    statistic
    value
    valueHigh
    bound
    unit
    ciLow
    ciHigh
    ciLevel
    pValue
    timepoint
    notReached
    valueText
    endpoint {
      id
      code
      name
    }
    arm {
      id
      label
    }
    study {
      id
      name
    }
    population {
      id
      name
    }
    comparedArms {
      role
      arm {
        id
        label
      }
    }
    provenance {
      ...ProvenanceFields
    }
  }
`);

graphql(`
  fragment RegistryFields on RegistryRecord {
    nct
    url
    acronym
    briefTitle
    officialTitle
    overallStatus
    phases
    studyType
    allocation
    interventionModel
    masking
    enrollment
    enrollmentType
    startDate
    primaryCompletionDate
    completionDate
    whyStopped
    conditions
    nonComparative
    link {
      reason
      detail
    }
    study {
      id
      name
      results {
        ...ResultFields
      }
    }
  }
`);

graphql(`
  fragment RateFields on AdverseEventRate {
    value
    valueHigh
    bound
    unit
    grade
    frequency
    timepoint
    provenance {
      ...ProvenanceFields
    }
  }
`);

const DETAILS = graphql(`
  query Details($id: ID!) {
    node(id: $id) {
      __typename
      id
      kind
      name
      ... on Study {
        aliases
        acronym
        nct
        design
        phase
        blinded
        status
        enrolled
        summary
        evidenceDesign
        evidencePhase
        evidenceBasis
        evidenceNote
        nonComparative
        planned
        plannedEnrolment
        provenance {
          ...ProvenanceFields
        }
        source {
          ...SourceFields
        }
        arms {
          id
          label
          enrolled
          treatments {
            intervention {
              id
              name
            }
            dose
            schedule
          }
        }
        results {
          ...ResultFields
        }
        populations {
          id
          name
        }
        references {
          id
          name
        }
        registry {
          ...RegistryFields
        }
        reviewStudies {
          id
          name
          acronym
          enrolled
          registry {
            link {
              reason
              detail
            }
          }
        }
        discrepancies {
          field
          values {
            value
            source {
              ...SourceFields
            }
            provenance {
              ...ProvenanceFields
            }
          }
        }
      }
      ... on Arm {
        label
        enrolled
        study {
          id
          name
        }
        treatments {
          intervention {
            id
            name
          }
          dose
          schedule
        }
        results {
          ...ResultFields
        }
      }
      ... on Result {
        ...ResultFields
      }
      ... on Intervention {
        aliases
        interventionKind
        drugClass
        route
        includes {
          id
          name
        }
        partOf {
          id
          name
        }
        targets {
          id
          name
        }
        studies {
          id
          name
        }
        adverseEvents {
          adverseEvent {
            id
            name
          }
          study {
            id
            name
          }
          ...RateFields
        }
      }
      ... on Population {
        aliases
        site
        differentiation
        grades
        ki67Min
        ki67Max
        setting
        line
        subsetOf {
          id
          name
        }
        subsets {
          id
          name
        }
        studies {
          id
          name
        }
      }
      ... on Endpoint {
        aliases
        code
      }
      ... on Target {
        aliases
        interventions {
          id
          name
        }
      }
      ... on AdverseEvent {
        aliases
        category
        rates {
          intervention {
            id
            name
          }
          ...RateFields
        }
      }
      ... on Biomarker {
        aliases
        predictions {
          target {
            id
            name
          }
          effect
          provenance {
            ...ProvenanceFields
          }
        }
      }
      ... on Guideline {
        issuer
        stance
        statement
        conditions
        provenance {
          ...ProvenanceFields
        }
        interventions {
          id
          name
        }
        populations {
          id
          name
        }
        supportedBy {
          id
          name
        }
      }
      ... on Reference {
        number
        firstAuthor
        studies {
          id
          name
        }
        results {
          id
          name
        }
        guidelines {
          id
          name
        }
      }
      ... on Observation {
        aliases
        statistic
        valueText
        timepoint
        note
        about {
          id
          kind
          name
        }
        basis {
          id
          name
        }
        provenance {
          ...ProvenanceFields
        }
      }
    }
  }
`);

/** The most studies a population's roll-up lists (the API's page bound). */
export const ROLLUP_LIMIT = 200;

const POPULATION_ROLLUP = graphql(`
  query PopulationRollup($population: ID!, $first: Int) {
    studies(filter: { population: $population }, first: $first) {
      totalCount
      nodes {
        id
        name
        acronym
        evidenceDesign
        evidencePhase
        evidenceBasis
        source {
          kind
        }
        populations {
          id
          name
        }
        interventions {
          id
          name
          interventionKind
        }
        results {
          id
          valueText
          statistic
          endpoint {
            id
            code
          }
          arm {
            label
          }
          population {
            id
            name
          }
        }
      }
    }
  }
`);

/** Any node, as its kind's panel shows it; null when no node has the id. */
export type DetailsNode = NonNullable<DetailsQuery['node']>;
/** The member of the details union of one GraphQL type: `Of<'Study'>`. */
export type Of<T extends DetailsNode['__typename']> = Extract<DetailsNode, { __typename: T }>;
export type RollupStudy = PopulationRollupQuery['studies']['nodes'][number];

export const fetchDetails = (id: string, signal?: AbortSignal) => request(DETAILS, { id }, signal).then((d) => d.node);

/** Studies of a population and every subgroup of it (the API's studies filter includes subsets). */
export const fetchPopulationRollup = (population: string, signal?: AbortSignal) =>
  request(POPULATION_ROLLUP, { population, first: ROLLUP_LIMIT }, signal).then((d) => d.studies);
