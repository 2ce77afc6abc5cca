/** The canvas reads nodes through a narrow projection: it must give graphNodeOf what the whole node gives. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/test-app.js';
import type { Database } from '../../runtime/db/database.js';
import { ENTITY } from '../../server/src/graph/cypher.js';
import { nodeProjection, type ProjectedNode } from '../../server/src/graph/cypher.js';
import { canvasNodeProjection, graphNodeOf } from '../../server/src/neighborhood/repository.js';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('the canvas projection', () => {
  it('gives graphNodeOf the same node as the whole node does, for every node of the graph', async () => {
    const rows = await db.read<{ whole: ProjectedNode; canvas: ProjectedNode }>(
      'test.canvasProjection',
      `MATCH (n:${ENTITY}) RETURN ${nodeProjection('n')} AS whole, ${canvasNodeProjection('n')} AS canvas`,
    );
    expect(rows.length).toBeGreaterThan(1000);
    const differ = rows.filter((r) => JSON.stringify(graphNodeOf(r.whole)) !== JSON.stringify(graphNodeOf(r.canvas)));
    expect(differ.map((r) => r.whole.props.id)).toEqual([]);
    // Evidence levels read the linked registry record: review studies with one are among the nodes.
    const linked = rows.filter((r) => r.whole.registry);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.some((r) => graphNodeOf(r.canvas).evidenceBasis === 'REGISTRY')).toBe(true);
  });
});
