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

const COMPARE = graphql(`
  query Compare($interventions: [ID!]!, $endpoint: String!, $population: ID, $first: Int) {
    compare(interventions: $interventions, endpoint: $endpoint, population: $population, first: $first) {
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

/** Rows the view asks for: the review's largest comparison has about 30; beyond this the view says how many more there are. */
export const COMPARE_PAGE_SIZE = 100;

export const fetchComparison = (interventions: string[], endpoint: string, population: string | null, signal?: AbortSignal) =>
  request(COMPARE, { interventions, endpoint, population, first: COMPARE_PAGE_SIZE }, signal).then((d) => d.compare);
