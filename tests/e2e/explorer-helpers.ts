/**
 * What the explorer's end-to-end tests read of a page: the canvas as window.__cy holds it (real
 * nodes and edges apart from the "+N" group stand-ins), clicks where a node is drawn, waits for
 * the explorer to settle, and an independent reader of exported files (NetworkX through python3).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import type cytoscape from 'cytoscape';

declare global {
  interface Window {
    __cy?: cytoscape.Core;
  }
}

export interface CanvasState {
  nodes: string[];
  groups: { id: string; label: string }[];
  edges: string[];
  selected: string[];
}

/** The canvas now: visible real nodes and edges (sorted), the "+N" groups, the selection. */
export const canvasState = (page: Page): Promise<CanvasState> =>
  page.evaluate(() => {
    const cy = window.__cy!;
    const visible = cy.elements(':visible');
    return {
      nodes: visible
        .nodes()
        .filter((n) => !n.hasClass('group'))
        .map((n) => n.id())
        .sort(),
      groups: visible.nodes('.group').map((n) => ({ id: n.id(), label: String(n.data('label')) })),
      edges: visible
        .edges()
        .filter((e) => !e.hasClass('group-edge'))
        .map((e) => e.id())
        .sort(),
      selected: cy.nodes(':selected').map((n) => n.id()),
    };
  });

/** Every node on the canvas (hidden and filtered too), with its position. */
export const canvasPositions = (page: Page): Promise<Record<string, { x: number; y: number }>> =>
  page.evaluate(() => Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), { ...n.position() }])));

/** Waits until the explorer has nothing loading (expansion, connecting, restore). */
export async function settled(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => window.__cy !== undefined && !document.querySelector('[data-testid="busy"]'), null, { timeout });
}

/** Clicks a node where it is drawn, as a mouse would (bringing it into view first). */
export async function clickNode(page: Page, id: string, button: 'left' | 'right' = 'left', offset = { x: 0, y: 0 }): Promise<void> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const pos = await page.evaluate(
    ([nodeId, w, h]) => {
      const cy = window.__cy!;
      const n = cy.getElementById(nodeId as string);
      const p = n.renderedPosition();
      if (p.x < 30 || p.y < 30 || p.x > (w as number) - 30 || p.y > (h as number) - 30) cy.center(n);
      return n.renderedPosition();
    },
    [id, box.width, box.height] as const,
  );
  await page.mouse.click(box.x + pos.x + offset.x, box.y + pos.y + offset.y, { button });
}

/** The API's edges among some nodes: what the canvas must show. */
export async function graphEdgesAmong(
  query: (q: string, v: Record<string, unknown>) => Promise<{ data?: any }>,
  ids: string[],
): Promise<string[]> {
  const res = await query('query($ids: [ID!]!) { subgraph(ids: $ids) { edges { id } } }', { ids });
  return (res.data!.subgraph.edges as { id: string }[]).map((e) => e.id).sort();
}

export interface NetworkxCounts {
  nodes: number;
  edges: number;
  kinds: Record<string, number>;
  /** A property per node id that the test asks for, as NetworkX read it. */
  picked: Record<string, unknown>;
}

/**
 * Reads an exported file with NetworkX (`read_graphml`, or `cytoscape_graph` for Cytoscape JSON),
 * the way another tool would, and returns its counts and the asked-for node properties.
 */
export function readWithNetworkx(file: string, format: 'graphml' | 'cyjs', pick: { node: string; key: string }[]): NetworkxCounts {
  const script = `
import json, sys
import networkx as nx
path, fmt, pick = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
if fmt == 'graphml':
    g = nx.read_graphml(path)
else:
    with open(path, encoding='utf-8') as f:
        g = nx.cytoscape_graph(json.load(f))
kinds = {}
for _, d in g.nodes(data=True):
    kinds[d.get('kind', '?')] = kinds.get(d.get('kind', '?'), 0) + 1
picked = {p['node'] + '|' + p['key']: g.nodes[p['node']].get(p['key']) if p['node'] in g.nodes else None for p in pick}
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'kinds': kinds, 'picked': picked}))
`;
  const python = pythonWithNetworkx();
  if (!python) throw new Error('no python3 with NetworkX on this machine');
  return JSON.parse(execFileSync(python, ['-c', script, file, format, JSON.stringify(pick)], { encoding: 'utf8' })) as NetworkxCounts;
}

/**
 * A python3 that imports NetworkX: the one on the PATH, else Debian's (/usr/bin/python3, where
 * .ci/run installs python3-networkx when no python3 has it); null when there is none.
 */
function networkxPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import networkx'], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  return null;
}

let python: string | null | undefined;
const pythonWithNetworkx = () => (python === undefined ? (python = networkxPython()) : python);

/** Whether a python3 with NetworkX is on this machine (.ci/run provides one). */
export function haveNetworkx(): boolean {
  return pythonWithNetworkx() !== null;
}
