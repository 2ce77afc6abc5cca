/** Per-request batching of node lookups and relations (one DataLoader per relation asked for). */
import DataLoader from 'dataloader';
import type { Database } from '../../../runtime/db/database.js';
import type { NodeRecord, RelatedRecord } from '../graph/records.js';
import {
  findAdverseEventsOfStudies,
  findNodesByIds,
  findRelated,
  findResultsOfStudies,
  type Relation,
} from './repository.js';

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  related(rel: Relation): DataLoader<string, RelatedRecord[]>;
  resultsOfStudy: DataLoader<string, NodeRecord[]>;
  adverseEventsOfStudy: DataLoader<string, Awaited<ReturnType<typeof findAdverseEventsOfStudies>>[number]>;
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
  };
}
