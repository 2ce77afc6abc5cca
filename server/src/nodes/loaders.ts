/** Per-request batching of node lookups and relations (one DataLoader per relation asked for). */
import DataLoader from 'dataloader';
import type { Database } from '../../../runtime/db/database.js';
import type { NodeRecord, RelatedRecord, SourceRecord } from '../graph/records.js';
import { findSourcesByIds } from '../sources/repository.js';
import { recordOf } from '../graph/records.js';
import type { PlannedField } from './selection-plan.js';
import {
  findAdverseEventsOfStudies,
  findNodeTree,
  plannedFieldKey,
  type NodeTree,
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

/** Gives each loader what a fetched tree holds for it (a loader keeps a value it already has). */
function prime(loaders: Loaders, tree: NodeTree, plan: PlannedField[]): NodeRecord {
  const record = recordOf(tree.node);
  // Fields that name a node by id (a result's arm, an arm's study) find it here when it was fetched.
  loaders.node.prime(record.id, record);
  for (const f of plan) {
    const items = tree.related?.[plannedFieldKey(f)];
    if (!items) continue; // the node is not of the field's type
    if ('resultsOfStudy' in f.source)
      loaders.resultsOfStudy.prime(
        record.id,
        items.map((i) => recordOf(i.node)),
      );
    else
      loaders.related(f.source.relation).prime(
        record.id,
        items.map((i) => ({ node: recordOf(i.node), rel: i.rel ?? {} })),
      );
    for (const item of items) prime(loaders, item, f.children);
  }
  return record;
}

/**
 * A node and, in the same statement, every relation `plan` selects under it (selection-plan.ts):
 * the loaders are primed with them, so the fields that read them make no further round trip.
 */
export async function loadNodeWithPlan(db: Database, loaders: Loaders, id: string, plan: PlannedField[]): Promise<NodeRecord | null> {
  if (plan.length === 0) return loaders.node.load(id);
  const tree = await findNodeTree(db, id, plan);
  if (!tree) return null;
  return prime(loaders, tree, plan);
}
