/** Per-request batching of node lookups and relations (one DataLoader per relation asked for). */
import DataLoader from 'dataloader';
import type { Database } from '../../../runtime/db/database.js';
import type { NodeRecord, RelatedRecord, SourceRecord } from '../graph/records.js';
import { findSourcesByIds } from '../sources/repository.js';
import { recordOf } from '../graph/records.js';
import type { PlannedField, SelectionPlan } from './selection-plan.js';
import { WHOLE, type NodeReads } from './field-reads.js';
import type { NodeLabel } from '../../../kernel/vocabulary.js';
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
  /** What a node's own statement fetched for `type.field` of `parent` (loadNodeWithPlan); undefined when it did not. */
  plannedOf(parent: NodeRecord, type: string, field: string): RelatedRecord[] | undefined;
  /** The record of a fetched tree's root, its planned fields kept for plannedOf. */
  settle(tree: NodeTree, plan: SelectionPlan): NodeRecord;
}

export function createLoaders(db: Database): Loaders {
  const relatedLoaders = new Map<string, DataLoader<string, RelatedRecord[]>>();
  // Keyed by the record objects the resolvers receive as their parent: a node reached by another way is another object.
  const planned = new WeakMap<NodeRecord, Map<string, RelatedRecord[]>>();
  const loaders: Loaders = {
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
    plannedOf: (parent, type, field) => planned.get(parent)?.get(plannedFieldKey({ type: type as NodeLabel, field })),
    settle: (tree, plan) => settle(loaders, planned, tree, plan.fields, plan.reads),
  };
  return loaders;
}

/**
 * The records of a fetched tree, each with what its planned fields fetched kept beside it (for
 * plannedOf). Records holding every property also prime the loaders, so other fields of the
 * request that ask for the same node or relation (a result's arm, an arm's study) find them there;
 * a record holding only what its selection reads never does, as another field may read more.
 */
function settle(
  loaders: Loaders,
  planned: WeakMap<NodeRecord, Map<string, RelatedRecord[]>>,
  tree: NodeTree,
  plan: PlannedField[],
  reads: NodeReads,
): NodeRecord {
  const record = recordOf(tree.node);
  if (reads === WHOLE) loaders.node.prime(record.id, record);
  const fetched = new Map<string, RelatedRecord[]>();
  for (const f of plan) {
    const items = tree.related?.[plannedFieldKey(f)];
    if (!items) continue; // the node is not of the field's type
    const related = items.map((i) => ({ node: settle(loaders, planned, i, f.children, f.reads), rel: i.rel ?? {} }));
    fetched.set(plannedFieldKey(f), related);
    if (f.reads !== WHOLE) continue;
    if ('byId' in f.source) continue; // primed as a node above
    if ('resultsOfStudy' in f.source)
      loaders.resultsOfStudy.prime(
        record.id,
        related.map((r) => r.node),
      );
    else loaders.related(f.source.relation).prime(record.id, related);
  }
  planned.set(record, fetched);
  return record;
}

/**
 * A node and, in the same statement, every relation `plan` selects under it (selection-plan.ts),
 * each node with the properties its selection reads: the fields that read them find them through
 * plannedOf and make no further round trip.
 */
export async function loadNodeWithPlan(db: Database, loaders: Loaders, id: string, plan: SelectionPlan): Promise<NodeRecord | null> {
  if (plan.fields.length === 0 && plan.reads === WHOLE) return loaders.node.load(id);
  const tree = await findNodeTree(db, id, plan);
  if (!tree) return null;
  return loaders.settle(tree, plan);
}
