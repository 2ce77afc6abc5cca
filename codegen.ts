import type { CodegenConfig } from '@graphql-codegen/cli';

/** schema.graphql → server resolver types and the client's typed operations. Generated files are never edited; `npm test` fails on a stale one. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        contextType: '../context.js#Context',
        mappers: {
          Study: '../graph/records.js#NodeRecord',
          Arm: '../graph/records.js#NodeRecord',
          Result: '../graph/records.js#NodeRecord',
          Endpoint: '../graph/records.js#NodeRecord',
          Reference: '../graph/records.js#NodeRecord',
          Intervention: '../graph/records.js#NodeRecord',
          Target: '../graph/records.js#NodeRecord',
          Population: '../graph/records.js#NodeRecord',
          AdverseEvent: '../graph/records.js#NodeRecord',
          Biomarker: '../graph/records.js#NodeRecord',
          Guideline: '../graph/records.js#NodeRecord',
          Observation: '../graph/records.js#NodeRecord',
          PlannedEndpoint: '../graph/records.js#RelatedRecord',
          Node: '../graph/records.js#NodeRecord',
          AdverseEventRate: '../graph/records.js#AdverseEventRateRecord',
          Prediction: '../graph/records.js#PredictionRecord',
          Treatment: '../graph/records.js#TreatmentRecord',
          ComparedArm: '../graph/records.js#ComparedArmRecord',
          SearchHit: '../graph/records.js#SearchHitRecord',
          Comparison: '../graph/records.js#ComparisonRecord',
          ComparisonRow: '../graph/records.js#ComparisonRowRecord',
          StudyConnection: '../graph/records.js#StudyConnectionRecord',
          Provenance: '../graph/records.js#ProvenanceRecord',
          Source: '../graph/records.js#SourceRecord',
          RegistryRecord: '../graph/records.js#RegistryRecordRecord',
          Discrepancy: '../graph/records.js#DiscrepancyRecord',
          SourcedValue: '../graph/records.js#SourcedValueRecord',
        },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
    // The client's operations, typed from the same schema: every document is written with the
    // generated `graphql()` in client/src and sent as a string (no GraphQL parser in the bundle).
    'client/src/generated/': {
      preset: 'client',
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/generated/**'],
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumType: 'string-literal', useTypeImports: true },
    },
  },
  hooks: { afterOneFileWrite: [] },
};
export default config;
