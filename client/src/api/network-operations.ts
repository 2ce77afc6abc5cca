/**
 * The operations of the Evidence network view: the network of randomized head-to-head evidence
 * (with each trial's design basis and its hazard ratios, for effect sizes on edges), and every trial
 * of the graph's therapies (in the population), so the view can say why a trial is or is not an edge.
 */
import { graphql } from '../generated/gql';
import type { EvidenceNetworkQuery, NetworkTrialsQuery } from '../generated/graphql';
import { request } from './graphql-client';

const EVIDENCE_NETWORK = graphql(`
  query EvidenceNetwork($population: ID) {
    evidenceNetwork(population: $population) {
      nodes {
        intervention {
          id
          name
        }
        studyCount
      }
      edges {
        id
        source {
          id
          name
        }
        target {
          id
          name
        }
        studies {
          id
          name
          acronym
          phase
          enrolled
          evidenceBasis
          evidenceNote
          results {
            id
            statistic
            value
            ciLow
            ciHigh
            ciLevel
            valueText
            endpoint {
              code
              name
            }
            comparedArms {
              role
              arm {
                interventions {
                  id
                }
              }
            }
          }
        }
        enrolled
        studiesWithEnrolment
      }
    }
  }
`);

/** How many trials one page of the trial list holds (the API's bound). */
export const TRIALS_PAGE = 200;

const NETWORK_TRIALS = graphql(`
  query NetworkTrials($population: ID, $first: Int, $after: String) {
    studies(filter: { population: $population }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        acronym
        design
        evidenceDesign
        evidenceBasis
        evidenceNote
        nonComparative
        planned
        source {
          kind
        }
        reviewStudies {
          id
          name
        }
        arms {
          id
          interventions {
            id
            name
            interventionKind
          }
        }
      }
    }
  }
`);

export type EvidenceNetworkData = EvidenceNetworkQuery['evidenceNetwork'];
export type EvidenceNetworkEdgeData = EvidenceNetworkData['edges'][number];
export type NetworkStudyData = EvidenceNetworkEdgeData['studies'][number];
export type NetworkTrialData = NetworkTrialsQuery['studies']['nodes'][number];

export const fetchEvidenceNetwork = (population: string | null, signal?: AbortSignal) =>
  request(EVIDENCE_NETWORK, { population }, signal).then((d) => d.evidenceNetwork);

/** Every study (in the population and its subsets), page by page: bounded by the graph's study count. */
export async function fetchNetworkTrials(population: string | null, signal?: AbortSignal): Promise<NetworkTrialData[]> {
  const out: NetworkTrialData[] = [];
  let after: string | null = null;
  for (;;) {
    const page: NetworkTrialsQuery['studies'] = (await request(NETWORK_TRIALS, { population, first: TRIALS_PAGE, after }, signal)).studies;
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = page.pageInfo.endCursor;
  }
}
