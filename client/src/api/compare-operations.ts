/**
 * The operations of the Compare view: the endpoints to pick from, and the side-by-side comparison,
 * each row with its source and evidence design, and its study's arms with their results on the same
 * endpoint (so the table can show the control arms and the hazard ratios beside the row).
 */
import { graphql } from '../generated/gql';
import type { CompareQuery, EndpointsQuery } from '../generated/graphql';
import { request } from './graphql-client';

const ENDPOINTS = graphql(`
  query Endpoints {
    endpoints {
      id
      code
      name
      aliases
    }
  }
`);

graphql(`
  fragment ComparePopulation on Population {
    id
    name
    site
    differentiation
    grades
    ki67Min
    ki67Max
    setting
    line
  }
`);

graphql(`
  fragment CompareArmResult on Result {
    id
    statistic
    value
    valueHigh
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
    }
    arm {
      id
      label
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

/**
 * One page of 100 rows (a literal, so the request's cost is priced at it): the review's largest
 * comparison has about 30; beyond 100 the view says how many more there are.
 */
const COMPARE = graphql(`
  query Compare($interventions: [ID!]!, $endpoint: String!, $population: ID) {
    compare(interventions: $interventions, endpoint: $endpoint, population: $population, first: 100) {
      totalCount
      pageInfo {
        hasNextPage
      }
      endpoint {
        id
        code
        name
      }
      population {
        id
        name
      }
      rows {
        intervention {
          id
          name
        }
        study {
          id
          name
          evidenceNote
          arms {
            id
            label
            enrolled
            interventions {
              id
              name
            }
          }
          results {
            ...CompareArmResult
          }
        }
        arm {
          id
          label
        }
        result {
          id
          valueText
          ciLevel
          comparedArms {
            role
            arm {
              id
              label
            }
          }
        }
        populations {
          ...ComparePopulation
        }
        design
        phase
        n
        statistic
        value
        valueHigh
        bound
        unit
        ciLow
        ciHigh
        pValue
        timepoint
        notReached
        provenance {
          ...ProvenanceFields
        }
        source {
          id
          kind
          title
        }
        evidenceDesign
        evidenceBasis
        nonComparative
      }
    }
  }
`);

export type EndpointData = EndpointsQuery['endpoints'][number];
export type ComparisonData = CompareQuery['compare'];
export type ComparisonRowData = ComparisonData['rows'][number];
export type PopulationData = ComparisonRowData['populations'][number];
export type ProvenanceData = ComparisonRowData['provenance'];
export type ArmResultData = ComparisonRowData['study']['results'][number];

/** Every endpoint in the graph, by name. */
export const fetchEndpoints = (signal?: AbortSignal) => request(ENDPOINTS, {}, signal).then((d) => d.endpoints);

export const fetchComparison = (interventions: string[], endpoint: string, population: string | null, signal?: AbortSignal) =>
  request(COMPARE, { interventions, endpoint, population }, signal).then((d) => d.compare);
