/** Counts of every node kind and relationship type in the loaded graph. */
import type { Database } from '../db/database.js';
import { COUNT_NODES, COUNT_RELATIONSHIPS } from '../../../seed/src/write/write-graph.js';
import { KIND_OF_LABEL, type NodeLabel } from '../../../seed/src/model/vocabulary.js';

export async function findGraphSummary(db: Database) {
  const [nodes, rels] = await Promise.all([
    db.read<{ label: NodeLabel; count: number }>('summary.nodes', COUNT_NODES),
    db.read<{ type: string; count: number }>('summary.relationships', COUNT_RELATIONSHIPS),
  ]);
  return {
    kinds: nodes.filter((n) => n.label in KIND_OF_LABEL).map((n) => ({ kind: KIND_OF_LABEL[n.label], count: n.count })),
    relationships: rels,
  };
}
