/**
 * A canvas as a standalone SVG: nodes at their positions in their kind's colour and shape,
 * labels beneath, straight directed edges (a small loop for a self-link). Pure string building,
 * so the drawing can be checked without a browser and opened in any vector editor.
 */
import { KIND_STYLES, type KindStyle } from '../graph/kinds';
import type { GraphSnapshot, SnapshotNode } from './graph-snapshot';
import { escapeXml } from './xml-escape';

const MARGIN = 40;
const FONT = 'system-ui, -apple-system, Segoe UI, sans-serif';
/** Labels longer than this are cut with an ellipsis; the full text stays in the node's <title>. */
export const MAX_LABEL_CHARS = 48;
const FALLBACK: Pick<KindStyle, 'color' | 'shape'> = { color: '#555555', shape: 'ellipse' };

/** Unit outlines ([-1, 1] on both axes) of the polygon shapes, as Cytoscape draws them. */
const POLYGONS: Record<string, [number, number][]> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  star: [
    [0, -1],
    [0.22, -0.3],
    [0.96, -0.3],
    [0.36, 0.14],
    [0.58, 0.82],
    [0, 0.4],
    [-0.58, 0.82],
    [-0.36, 0.14],
    [-0.96, -0.3],
    [-0.22, -0.3],
  ],
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
  vee: [
    [-1, -1],
    [0, -0.2],
    [1, -1],
    [0, 1],
  ],
  pentagon: [
    [0, -1],
    [1, -0.24],
    [0.64, 1],
    [-0.64, 1],
    [-1, -0.24],
  ],
};

const num = (n: number) => String(Math.round(n * 100) / 100);

export function shapeSvg(n: SnapshotNode, style: Pick<KindStyle, 'color' | 'shape'>): string {
  const { x, y } = n;
  const w = n.width / 2;
  const h = n.height / 2;
  const paint = `fill="${escapeXml(style.color)}" stroke="#ffffff" stroke-width="1"`;
  switch (style.shape) {
    case 'ellipse':
      return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w)}" ry="${num(h)}" ${paint}/>`;
    case 'rectangle':
    case 'round-rectangle':
    case 'barrel': {
      const r = style.shape === 'rectangle' ? '' : ` rx="${num(w * 0.25)}" ry="${num(h * (style.shape === 'barrel' ? 0.35 : 0.25))}"`;
      return `<rect x="${num(x - w)}" y="${num(y - h)}" width="${num(2 * w)}" height="${num(2 * h)}"${r} ${paint}/>`;
    }
    default: {
      const points = (POLYGONS[style.shape] ?? POLYGONS.diamond).map(([px, py]) => `${num(x + px * w)},${num(y + py * h)}`).join(' ');
      return `<polygon points="${points}" ${paint}/>`;
    }
  }
}

const shorten = (s: string) => (s.length > MAX_LABEL_CHARS ? `${s.slice(0, MAX_LABEL_CHARS - 1)}…` : s);

export function toSvg(graph: GraphSnapshot, styles: Record<string, Pick<KindStyle, 'color' | 'shape'>> = KIND_STYLES): string {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const xs = graph.nodes.flatMap((n) => [n.x - n.width / 2, n.x + n.width / 2]);
  const ys = graph.nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 16 * Math.max(1, n.label.split('\n').length)]);
  const minX = (xs.length ? Math.min(...xs) : 0) - MARGIN - 60;
  const minY = (ys.length ? Math.min(...ys) : 0) - MARGIN;
  const width = (xs.length ? Math.max(...xs) : 0) + MARGIN + 60 - minX;
  const height = (ys.length ? Math.max(...ys) : 0) + MARGIN - minY;

  // Edges between the same two nodes are drawn side by side, their labels stacked, not on top of each other.
  const pairKey = (e: { source: string; target: string }) => [e.source, e.target].sort().join('\u0000');
  const siblings = new Map<string, string[]>();
  for (const e of graph.edges) siblings.set(pairKey(e), [...(siblings.get(pairKey(e)) ?? []), e.id]);

  const edges = graph.edges.flatMap((e) => {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    if (!s || !t) return [];
    const group = siblings.get(pairKey(e))!;
    const slot = group.indexOf(e.id) - (group.length - 1) / 2;
    const title = `<title>${escapeXml(`${e.source} ${e.type} ${e.target}`)}</title>`;
    const label = e.label ? escapeXml(e.label) : '';
    if (s === t) {
      const r = Math.max(s.width, s.height) / 2;
      const d = `M ${num(s.x - r * 0.5)} ${num(s.y - r * 0.85)} C ${num(s.x - r * 2.6)} ${num(s.y - r * 3)} ${num(s.x + r * 0.6)} ${num(s.y - r * 3.4)} ${num(s.x + r * 0.3)} ${num(s.y - r * 0.95)}`;
      const text = label ? `<text x="${num(s.x)}" y="${num(s.y - r * 2.6)}" text-anchor="middle" class="edge-label">${label}</text>` : '';
      return [
        `<g class="edge">${title}<path d="${d}" fill="none" stroke="#7b8794" stroke-width="1.5" marker-end="url(#arrow)"/>${text}</g>`,
      ];
    }
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    // The normal of the pair's canonical direction, so edges both ways between two nodes share it.
    const flip = e.source <= e.target ? 1 : -1;
    const nx = (-dy / len) * flip;
    const ny = (dx / len) * flip;
    const shift = slot * 5;
    const trimS = Math.min(s.width, s.height) / 2;
    const trimT = Math.min(t.width, t.height) / 2 + 2;
    const x1 = s.x + (dx / len) * trimS + nx * shift;
    const y1 = s.y + (dy / len) * trimS + ny * shift;
    const x2 = t.x - (dx / len) * trimT + nx * shift;
    const y2 = t.y - (dy / len) * trimT + ny * shift;
    // Labels are horizontal text, so siblings' labels stack as lines whatever the edges' angle.
    const lx = (s.x + t.x) / 2;
    const ly = (s.y + t.y) / 2 + slot * 12 - 3;
    const text = label ? `<text x="${num(lx)}" y="${num(ly)}" text-anchor="middle" class="edge-label">${label}</text>` : '';
    return [
      `<g class="edge">${title}<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="#7b8794" stroke-width="1.5" marker-end="url(#arrow)"/>${text}</g>`,
    ];
  });

  const nodeSvg = graph.nodes.map((n) => {
    const lines = n.label.split('\n');
    const text = lines.map((line, i) => `<tspan x="${num(n.x)}" dy="${i === 0 ? 0 : 14}">${escapeXml(shorten(line))}</tspan>`).join('');
    return `<g class="node" data-id="${escapeXml(n.id)}" data-kind="${escapeXml(n.kind)}"><title>${escapeXml(`${n.label.replaceAll('\n', ' ')} (${n.id})`)}</title>${shapeSvg(n, styles[n.kind] ?? FALLBACK)}<text x="${num(n.x)}" y="${num(n.y + n.height / 2 + 14)}" text-anchor="middle" class="node-label">${text}</text></g>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}">`,
    `<style>.node-label{font:11px ${FONT};fill:#1a1a1a}.edge-label{font:10px ${FONT};fill:#2b3440;paint-order:stroke;stroke:#ffffff;stroke-width:3px}</style>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#7b8794"/></marker></defs>',
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...edges,
    ...nodeSvg,
    '</svg>',
    '',
  ].join('\n');
}
