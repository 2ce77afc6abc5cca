/** Per-request batching of node lookups and relations (one DataLoader per relation asked for). */
import DataLoader from 'dataloader';
import type { Database } from '../../../runtime/db/database.js';
import type { NodeRecord, RelatedRecord, SourceRecord } from '../graph/records.js';
import { findSourcesByIds } from '../sources/repository.js';
import {
  findAdverseEventsOfStudies,
  findNodesByIds,
  findRelated,
  findResultsOfStudies,
  findResultFactsOfStudies,
  type Relation,
  type ResultFactRecord,
} from './repository.js';

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  related(rel: Relation): DataLoader<string, RelatedRecord[]>;
  resultsOfStudy: DataLoader<string, NodeRecord[]>;
  adverseEventsOfStudy: DataLoader<string, Awaited<ReturnType<typeof findAdverseEventsOfStudies>>[number]>;
  source: DataLoader<string, SourceRecord>;
  resultFactsOfStudy: DataLoader<string, ResultFactRecord[]>;
}

export function createLoaders(db: Database): Loaders {
  const relatedLoaders = new Map<string, DataLoader<string, RelatedRecord[]>>();
  return {
    node: new DataLoader((ids) => findNodesByIds(db, ids)),
    related(rel) {
      const key = `${rel.direction}|${rel.types.join('|')}|${rel.label ?? ''}`;
      let loader = relatedLoaders.get(key);
      if (!loader) relatedLoaders.set(key, (loader = new DataLoader((ids) => findRelated(db, rel, ids))));
      return loader;
    },
    resultsOfStudy: new DataLoader((ids) => findResultsOfStudies(db, ids)),
    adverseEventsOfStudy: new DataLoader((ids) => findAdverseEventsOfStudies(db, ids)),
    source: new DataLoader((ids) => findSourcesByIds(db, ids)),
    resultFactsOfStudy: new DataLoader((ids) => findResultFactsOfStudies(db, ids)),
  };
}
