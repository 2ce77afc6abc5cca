/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type NodeKind =
  | 'ADVERSE_EVENT'
  | 'ARM'
  | 'BIOMARKER'
  | 'ENDPOINT'
  | 'GUIDELINE'
  | 'INTERVENTION'
  | 'OBSERVATION'
  | 'POPULATION'
  | 'REFERENCE'
  | 'RESULT'
  | 'STUDY'
  | 'TARGET';

export type RegistryLinkReason =
  /** The record's acronym equals the study's acronym or an alias. */
  | 'ACRONYM'
  /** A curator linked them, saying why. */
  | 'CURATED'
  /** The review gives this NCT id for the study. */
  | 'NCT';

export type SourceKind =
  | 'REGISTRY'
  | 'REVIEW';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type CanvasNodeFragment = { id: string, kind: NodeKind, label: string, source: SourceKind, design: string | null, phase: string | null, status: string | null, enrolled: number | null, evidenceDesign: string | null, evidencePhase: string | null, evidenceBasis: SourceKind | null, nonComparative: boolean | null, planned: boolean | null, site: string | null, differentiation: string | null, grades: Array<string> | null };

export type CanvasEdgeFragment = { id: string, type: string, source: string, target: string };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
      | { id: string, kind: NodeKind, name: string }
     }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, source: SourceKind, design: string | null, phase: string | null, status: string | null, enrolled: number | null, evidenceDesign: string | null, evidencePhase: string | null, evidenceBasis: SourceKind | null, nonComparative: boolean | null, planned: boolean | null, site: string | null, differentiation: string | null, grades: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string }> } };

export type NeighborSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighborSummaryQuery = { neighborSummary: Array<{ kind: NodeKind, relationshipType: string, count: number }> };

export type SubgraphQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SubgraphQuery = { subgraph: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, label: string, source: SourceKind, design: string | null, phase: string | null, status: string | null, enrolled: number | null, evidenceDesign: string | null, evidencePhase: string | null, evidenceBasis: SourceKind | null, nonComparative: boolean | null, planned: boolean | null, site: string | null, differentiation: string | null, grades: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  excludeKinds?: Array<NodeKind> | NodeKind | null | undefined;
  excludeIds?: Array<string | number> | string | number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, score: number, why: string, nodes: Array<{ id: string, kind: NodeKind, label: string, source: SourceKind, design: string | null, phase: string | null, status: string | null, enrolled: number | null, evidenceDesign: string | null, evidencePhase: string | null, evidenceBasis: SourceKind | null, nonComparative: boolean | null, planned: boolean | null, site: string | null, differentiation: string | null, grades: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string }>, steps: Array<{ from: string, to: string, types: Array<string> }> }> };

export type NamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NamesQuery = { subgraph: { nodes: Array<{ id: string, kind: NodeKind, label: string }> } };

export type EndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type EndpointsQuery = { endpoints: Array<{ id: string, code: string, name: string, aliases: Array<string> }> };

export type ComparePopulationFragment = { id: string, name: string, site: string, differentiation: string, grades: Array<string>, ki67Min: number | null, ki67Max: number | null, setting: string | null, line: string | null };

export type CompareArmResultFragment = { id: string, statistic: string, value: number | null, valueHigh: number | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string }, arm: { id: string, label: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } };

export type CompareQueryVariables = Exact<{
  interventions: Array<string | number> | string | number;
  endpoint: string;
  population?: string | number | null | undefined;
}>;


export type CompareQuery = { compare: { totalCount: number, pageInfo: { hasNextPage: boolean }, endpoint: { id: string, code: string, name: string }, population: { id: string, name: string } | null, rows: Array<{ design: string, phase: string | null, n: number | null, statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, evidenceDesign: string, evidenceBasis: SourceKind, nonComparative: boolean, intervention: { id: string, name: string }, study: { id: string, name: string, evidenceNote: string | null, arms: Array<{ id: string, label: string, enrolled: number | null, interventions: Array<{ id: string, name: string }> }>, results: Array<{ id: string, statistic: string, value: number | null, valueHigh: number | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string }, arm: { id: string, label: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }> }, arm: { id: string, label: string } | null, result: { id: string, valueText: string, ciLevel: number | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }> }, populations: Array<{ id: string, name: string, site: string, differentiation: string, grades: Array<string>, ki67Min: number | null, ki67Max: number | null, setting: string | null, line: string | null }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } }, source: { id: string, kind: SourceKind, title: string } }> } };

export type SourceFieldsFragment = { id: string, kind: SourceKind, title: string, url: string | null };

export type ProvenanceFieldsFragment = { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } };

export type ResultFieldsFragment = { id: string, name: string, statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string, code: string, name: string }, arm: { id: string, label: string } | null, study: { id: string, name: string }, population: { id: string, name: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } };

export type RegistryFieldsFragment = { nct: string, url: string, acronym: string | null, briefTitle: string | null, officialTitle: string | null, overallStatus: string | null, phases: Array<string>, studyType: string | null, allocation: string | null, interventionModel: string | null, masking: string | null, enrollment: number | null, enrollmentType: string | null, startDate: string | null, primaryCompletionDate: string | null, completionDate: string | null, whyStopped: string | null, conditions: Array<string>, nonComparative: boolean, link: { reason: RegistryLinkReason, detail: string } | null, study: { id: string, name: string, results: Array<{ id: string, name: string, statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string, code: string, name: string }, arm: { id: string, label: string } | null, study: { id: string, name: string }, population: { id: string, name: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }> } };

export type RateFieldsFragment = { value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, grade: string | null, frequency: string | null, timepoint: string | null, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } };

export type DetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsQuery = { node:
    | { __typename: 'AdverseEvent', aliases: Array<string>, category: string | null, id: string, kind: NodeKind, name: string, rates: Array<{ value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, grade: string | null, frequency: string | null, timepoint: string | null, intervention: { id: string, name: string }, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }> }
    | { __typename: 'Arm', label: string, enrolled: number | null, id: string, kind: NodeKind, name: string, study: { id: string, name: string }, treatments: Array<{ dose: string | null, schedule: string | null, intervention: { id: string, name: string } }>, results: Array<{ id: string, name: string, statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string, code: string, name: string }, arm: { id: string, label: string } | null, study: { id: string, name: string }, population: { id: string, name: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }> }
    | { __typename: 'Biomarker', aliases: Array<string>, id: string, kind: NodeKind, name: string, predictions: Array<{ effect: string, target:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }> }
    | { __typename: 'Endpoint', aliases: Array<string>, code: string, id: string, kind: NodeKind, name: string }
    | { __typename: 'Guideline', issuer: string, stance: string, statement: string, conditions: string | null, id: string, kind: NodeKind, name: string, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } }, interventions: Array<{ id: string, name: string }>, populations: Array<{ id: string, name: string }>, supportedBy: Array<{ id: string, name: string }> }
    | { __typename: 'Intervention', aliases: Array<string>, interventionKind: string, drugClass: string | null, route: string | null, id: string, kind: NodeKind, name: string, includes: Array<{ id: string, name: string }>, partOf: Array<{ id: string, name: string }>, targets: Array<{ id: string, name: string }>, studies: Array<{ id: string, name: string }>, adverseEvents: Array<{ value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, grade: string | null, frequency: string | null, timepoint: string | null, adverseEvent: { id: string, name: string }, study: { id: string, name: string } | null, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }> }
    | { __typename: 'Observation', aliases: Array<string>, statistic: string, valueText: string, timepoint: string | null, note: string | null, id: string, kind: NodeKind, name: string, about: Array<
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
        | { id: string, kind: NodeKind, name: string }
      >, basis: Array<{ id: string, name: string }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }
    | { __typename: 'Population', aliases: Array<string>, site: string, differentiation: string, grades: Array<string>, ki67Min: number | null, ki67Max: number | null, setting: string | null, line: string | null, id: string, kind: NodeKind, name: string, subsetOf: Array<{ id: string, name: string }>, subsets: Array<{ id: string, name: string }>, studies: Array<{ id: string, name: string }> }
    | { __typename: 'Reference', number: number, firstAuthor: string | null, id: string, kind: NodeKind, name: string, studies: Array<{ id: string, name: string }>, results: Array<{ id: string, name: string }>, guidelines: Array<{ id: string, name: string }> }
    | { __typename: 'Result', id: string, kind: NodeKind, name: string, statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string, code: string, name: string }, arm: { id: string, label: string } | null, study: { id: string, name: string }, population: { id: string, name: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }
    | { __typename: 'Study', aliases: Array<string>, acronym: string | null, nct: string | null, design: string, phase: string | null, blinded: boolean | null, status: string, enrolled: number | null, summary: string, evidenceDesign: string, evidencePhase: string | null, evidenceBasis: SourceKind, evidenceNote: string | null, nonComparative: boolean, planned: boolean, plannedEnrolment: number | null, id: string, kind: NodeKind, name: string, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } }, source: { id: string, kind: SourceKind, title: string, url: string | null }, arms: Array<{ id: string, label: string, enrolled: number | null, treatments: Array<{ dose: string | null, schedule: string | null, intervention: { id: string, name: string } }> }>, results: Array<{ id: string, name: string, statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string, code: string, name: string }, arm: { id: string, label: string } | null, study: { id: string, name: string }, population: { id: string, name: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }>, populations: Array<{ id: string, name: string }>, references: Array<{ id: string, name: string }>, registry: { nct: string, url: string, acronym: string | null, briefTitle: string | null, officialTitle: string | null, overallStatus: string | null, phases: Array<string>, studyType: string | null, allocation: string | null, interventionModel: string | null, masking: string | null, enrollment: number | null, enrollmentType: string | null, startDate: string | null, primaryCompletionDate: string | null, completionDate: string | null, whyStopped: string | null, conditions: Array<string>, nonComparative: boolean, link: { reason: RegistryLinkReason, detail: string } | null, study: { id: string, name: string, results: Array<{ id: string, name: string, statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, endpoint: { id: string, code: string, name: string }, arm: { id: string, label: string } | null, study: { id: string, name: string }, population: { id: string, name: string } | null, comparedArms: Array<{ role: string, arm: { id: string, label: string } }>, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } }> } } | null, reviewStudies: Array<{ id: string, name: string, acronym: string | null, enrolled: number | null, registry: { link: { reason: RegistryLinkReason, detail: string } | null } | null }>, discrepancies: Array<{ field: string, values: Array<{ value: string, source: { id: string, kind: SourceKind, title: string, url: string | null }, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null } } | null }> }> }
    | { __typename: 'Target', aliases: Array<string>, id: string, kind: NodeKind, name: string, interventions: Array<{ id: string, name: string }> }
   | null };

export type PopulationRollupQueryVariables = Exact<{
  population: string | number;
  first?: number | null | undefined;
}>;


export type PopulationRollupQuery = { studies: { totalCount: number, nodes: Array<{ id: string, name: string, acronym: string | null, evidenceDesign: string, evidencePhase: string | null, evidenceBasis: SourceKind, source: { kind: SourceKind }, populations: Array<{ id: string, name: string }>, interventions: Array<{ id: string, name: string, interventionKind: string }>, results: Array<{ id: string, valueText: string, statistic: string, endpoint: { id: string, code: string }, arm: { label: string } | null, population: { id: string, name: string } | null }> }> } };

export type ExportProvenanceFragment = { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { kind: SourceKind, title: string } };

export type ExportNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportNodeQuery = { node:
    | { __typename: 'AdverseEvent', category: string | null, id: string, kind: NodeKind, name: string }
    | { __typename: 'Arm', label: string, enrolled: number | null, id: string, kind: NodeKind, name: string }
    | { __typename: 'Biomarker', id: string, kind: NodeKind, name: string }
    | { __typename: 'Endpoint', code: string, id: string, kind: NodeKind, name: string }
    | { __typename: 'Guideline', issuer: string, stance: string, statement: string, conditions: string | null, id: string, kind: NodeKind, name: string, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { kind: SourceKind, title: string } } }
    | { __typename: 'Intervention', interventionKind: string, drugClass: string | null, route: string | null, aliases: Array<string>, id: string, kind: NodeKind, name: string }
    | { __typename: 'Observation', statistic: string, valueHigh: number | null, unit: string | null, valueText: string, id: string, kind: NodeKind, name: string, observedValue: number, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { kind: SourceKind, title: string } } }
    | { __typename: 'Population', site: string, differentiation: string, grades: Array<string>, ki67Min: number | null, ki67Max: number | null, setting: string | null, line: string | null, id: string, kind: NodeKind, name: string }
    | { __typename: 'Reference', number: number, firstAuthor: string | null, id: string, kind: NodeKind, name: string }
    | { __typename: 'Result', statistic: string, value: number | null, valueHigh: number | null, bound: string | null, unit: string | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, pValue: string | null, timepoint: string | null, notReached: boolean, valueText: string, id: string, kind: NodeKind, name: string, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { kind: SourceKind, title: string } } }
    | { __typename: 'Study', acronym: string | null, nct: string | null, design: string, phase: string | null, blinded: boolean | null, status: string, enrolled: number | null, summary: string, evidenceDesign: string, evidencePhase: string | null, evidenceBasis: SourceKind, evidenceNote: string | null, id: string, kind: NodeKind, name: string, source: { kind: SourceKind }, provenance: { ref: number | null, refs: Array<number>, section: string, quote: string, nct: string | null, locator: string | null, source: { kind: SourceKind, title: string } } }
    | { __typename: 'Target', id: string, kind: NodeKind, name: string }
   | null };

export type EvidenceNetworkQueryVariables = Exact<{
  population?: string | number | null | undefined;
}>;


export type EvidenceNetworkQuery = { evidenceNetwork: { nodes: Array<{ studyCount: number, intervention: { id: string, name: string } }>, edges: Array<{ id: string, enrolled: number | null, studiesWithEnrolment: number, source: { id: string, name: string }, target: { id: string, name: string }, studies: Array<{ id: string, name: string, acronym: string | null, phase: string | null, enrolled: number | null, evidenceBasis: SourceKind, evidenceNote: string | null, results: Array<{ id: string, statistic: string, value: number | null, ciLow: number | null, ciHigh: number | null, ciLevel: number | null, valueText: string, endpoint: { code: string, name: string }, comparedArms: Array<{ role: string, arm: { interventions: Array<{ id: string }> } }> }> }> }> } };

export type NetworkTrialsQueryVariables = Exact<{
  population?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NetworkTrialsQuery = { studies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, acronym: string | null, design: string, evidenceDesign: string, evidenceBasis: SourceKind, evidenceNote: string | null, nonComparative: boolean, planned: boolean, source: { kind: SourceKind }, reviewStudies: Array<{ id: string, name: string }>, arms: Array<{ id: string, interventions: Array<{ id: string, name: string, interventionKind: string }> }> }> } };

export type ConsoleSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSchemaQuery = { __schema: { queryType: { name: string | null } }, __type: { name: string | null, description: string | null, fields: Array<{ name: string, description: string | null, isDeprecated: boolean, deprecationReason: string | null, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null } | null }, args: Array<{ name: string, description: string | null, defaultValue: string | null, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null } | null } }> }> | null } | null };

export type TypeRefFragment = { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } | null } | null } | null };

export type SchemaSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaSummaryQuery = { graphSummary: { kinds: Array<{ kind: NodeKind, count: number, example: { id: string, kind: NodeKind, label: string } | null }>, relationships: Array<{ type: string, count: number }>, relationshipPatterns: Array<{ type: string, fromKind: NodeKind, toKind: NodeKind, count: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CanvasNodeFragmentDoc = new TypedDocumentString(`
    fragment CanvasNode on GraphNode {
  id
  kind
  label
  source
  design
  phase
  status
  enrolled
  evidenceDesign
  evidencePhase
  evidenceBasis
  nonComparative
  planned
  site
  differentiation
  grades
}
    `, {"fragmentName":"CanvasNode"}) as unknown as TypedDocumentString<CanvasNodeFragment, unknown>;
export const CanvasEdgeFragmentDoc = new TypedDocumentString(`
    fragment CanvasEdge on GraphEdge {
  id
  type
  source
  target
}
    `, {"fragmentName":"CanvasEdge"}) as unknown as TypedDocumentString<CanvasEdgeFragment, unknown>;
export const ComparePopulationFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ComparePopulation"}) as unknown as TypedDocumentString<ComparePopulationFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  kind
  title
  url
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const ProvenanceFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment SourceFields on Source {
  id
  kind
  title
  url
}`, {"fragmentName":"ProvenanceFields"}) as unknown as TypedDocumentString<ProvenanceFieldsFragment, unknown>;
export const CompareArmResultFragmentDoc = new TypedDocumentString(`
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
    fragment SourceFields on Source {
  id
  kind
  title
  url
}
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
}`, {"fragmentName":"CompareArmResult"}) as unknown as TypedDocumentString<CompareArmResultFragment, unknown>;
export const ResultFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment SourceFields on Source {
  id
  kind
  title
  url
}
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
}`, {"fragmentName":"ResultFields"}) as unknown as TypedDocumentString<ResultFieldsFragment, unknown>;
export const RegistryFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment SourceFields on Source {
  id
  kind
  title
  url
}
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
}`, {"fragmentName":"RegistryFields"}) as unknown as TypedDocumentString<RegistryFieldsFragment, unknown>;
export const RateFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment SourceFields on Source {
  id
  kind
  title
  url
}
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
}`, {"fragmentName":"RateFields"}) as unknown as TypedDocumentString<RateFieldsFragment, unknown>;
export const ExportProvenanceFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ExportProvenance"}) as unknown as TypedDocumentString<ExportProvenanceFragment, unknown>;
export const TypeRefFragmentDoc = new TypedDocumentString(`
    fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
        }
      }
    }
  }
}
    `, {"fragmentName":"TypeRef"}) as unknown as TypedDocumentString<TypeRefFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $kinds: [NodeKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) {
    score
    node {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $limit: Int, $kinds: [NodeKind!], $types: [String!]) {
  neighborhood(
    id: $id
    depth: 1
    limit: $limit
    kinds: $kinds
    relationshipTypes: $types
  ) {
    truncated
    nodes {
      ...CanvasNode
    }
    edges {
      ...CanvasEdge
    }
  }
}
    fragment CanvasNode on GraphNode {
  id
  kind
  label
  source
  design
  phase
  status
  enrolled
  evidenceDesign
  evidencePhase
  evidenceBasis
  nonComparative
  planned
  site
  differentiation
  grades
}
fragment CanvasEdge on GraphEdge {
  id
  type
  source
  target
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NeighborSummaryDocument = new TypedDocumentString(`
    query NeighborSummary($id: ID!) {
  neighborSummary(id: $id) {
    kind
    relationshipType
    count
  }
}
    `) as unknown as TypedDocumentString<NeighborSummaryQuery, NeighborSummaryQueryVariables>;
export const SubgraphDocument = new TypedDocumentString(`
    query Subgraph($ids: [ID!]!) {
  subgraph(ids: $ids) {
    truncated
    nodes {
      ...CanvasNode
    }
    edges {
      ...CanvasEdge
    }
  }
}
    fragment CanvasNode on GraphNode {
  id
  kind
  label
  source
  design
  phase
  status
  enrolled
  evidenceDesign
  evidencePhase
  evidenceBasis
  nonComparative
  planned
  site
  differentiation
  grades
}
fragment CanvasEdge on GraphEdge {
  id
  type
  source
  target
}`) as unknown as TypedDocumentString<SubgraphQuery, SubgraphQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $excludeKinds: [NodeKind!], $excludeIds: [ID!]) {
  paths(
    from: $from
    to: $to
    maxLength: 6
    limit: 10
    excludeKinds: $excludeKinds
    excludeIds: $excludeIds
  ) {
    length
    score
    why
    nodes {
      ...CanvasNode
    }
    edges {
      ...CanvasEdge
    }
    steps {
      from
      to
      types
    }
  }
}
    fragment CanvasNode on GraphNode {
  id
  kind
  label
  source
  design
  phase
  status
  enrolled
  evidenceDesign
  evidencePhase
  evidenceBasis
  nonComparative
  planned
  site
  differentiation
  grades
}
fragment CanvasEdge on GraphEdge {
  id
  type
  source
  target
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const NamesDocument = new TypedDocumentString(`
    query Names($ids: [ID!]!) {
  subgraph(ids: $ids) {
    nodes {
      id
      kind
      label
    }
  }
}
    `) as unknown as TypedDocumentString<NamesQuery, NamesQueryVariables>;
export const EndpointsDocument = new TypedDocumentString(`
    query Endpoints {
  endpoints {
    id
    code
    name
    aliases
  }
}
    `) as unknown as TypedDocumentString<EndpointsQuery, EndpointsQueryVariables>;
export const CompareDocument = new TypedDocumentString(`
    query Compare($interventions: [ID!]!, $endpoint: String!, $population: ID) {
  compare(
    interventions: $interventions
    endpoint: $endpoint
    population: $population
    first: 100
  ) {
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
fragment SourceFields on Source {
  id
  kind
  title
  url
}
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
}`) as unknown as TypedDocumentString<CompareQuery, CompareQueryVariables>;
export const DetailsDocument = new TypedDocumentString(`
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
    fragment SourceFields on Source {
  id
  kind
  title
  url
}
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
}`) as unknown as TypedDocumentString<DetailsQuery, DetailsQueryVariables>;
export const PopulationRollupDocument = new TypedDocumentString(`
    query PopulationRollup($population: ID!, $first: Int) {
  studies(filter: {population: $population}, first: $first) {
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
    `) as unknown as TypedDocumentString<PopulationRollupQuery, PopulationRollupQueryVariables>;
export const ExportNodeDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ExportNodeQuery, ExportNodeQueryVariables>;
export const EvidenceNetworkDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EvidenceNetworkQuery, EvidenceNetworkQueryVariables>;
export const NetworkTrialsDocument = new TypedDocumentString(`
    query NetworkTrials($population: ID, $first: Int, $after: String) {
  studies(filter: {population: $population}, first: $first, after: $after) {
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
    `) as unknown as TypedDocumentString<NetworkTrialsQuery, NetworkTrialsQueryVariables>;
export const ConsoleSchemaDocument = new TypedDocumentString(`
    query ConsoleSchema {
  __schema {
    queryType {
      name
    }
  }
  __type(name: "Query") {
    name
    description
    fields {
      name
      description
      isDeprecated
      deprecationReason
      type {
        ...TypeRef
      }
      args {
        name
        description
        defaultValue
        type {
          ...TypeRef
        }
      }
    }
  }
}
    fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ConsoleSchemaQuery, ConsoleSchemaQueryVariables>;
export const SchemaSummaryDocument = new TypedDocumentString(`
    query SchemaSummary {
  graphSummary {
    kinds {
      kind
      count
      example {
        id
        kind
        label
      }
    }
    relationships {
      type
      count
    }
    relationshipPatterns {
      type
      fromKind
      toKind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaSummaryQuery, SchemaSummaryQueryVariables>;