/**
 * What an export asks of each node on the canvas: its properties by kind (design, phase, status,
 * values with CI and p, the quote, reference, section and source), flattened by export/node-properties.
 */
import { graphql } from '../generated/gql';
import type { ExportNodeQuery } from '../generated/graphql';
import { request } from './graphql-client';

graphql(`
  fragment ExportProvenance on Provenance {
    ref
    refs
    section
    quote
    nct
    locator
    source {
      kind
      title
    }
  }
`);

const EXPORT_NODE = graphql(`
  query ExportNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      kind
      name
      ... on Study {
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
        source {
          kind
        }
        provenance {
          ...ExportProvenance
        }
      }
      ... on Arm {
        label
        enrolled
      }
      ... on Result {
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
        provenance {
          ...ExportProvenance
        }
      }
      ... on Intervention {
        interventionKind
        drugClass
        route
        aliases
      }
      ... on Population {
        site
        differentiation
        grades
        ki67Min
        ki67Max
        setting
        line
      }
      ... on Endpoint {
        code
      }
      ... on AdverseEvent {
        category
      }
      ... on Guideline {
        issuer
        stance
        statement
        conditions
        provenance {
          ...ExportProvenance
        }
      }
      ... on Reference {
        number
        firstAuthor
      }
      ... on Observation {
        statistic
        observedValue: value
        valueHigh
        unit
        valueText
        provenance {
          ...ExportProvenance
        }
      }
    }
  }
`);

export type ExportNodeData = NonNullable<ExportNodeQuery['node']>;

export const fetchExportNode = (id: string, signal?: AbortSignal) => request(EXPORT_NODE, { id }, signal).then((d) => d.node);
