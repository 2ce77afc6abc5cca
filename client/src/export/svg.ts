/**
 * A canvas as a standalone SVG: nodes at their positions in their kind's colour and shape, studies
 * with the border of their evidence level (teal where the level rests on the registry), records of
 * ClinicalTrials.gov with their outline, "+N" groups as dashed boxes, every label whole (wrapped onto
 * lines, never cut, and inside the drawing's bounds), straight directed edges (a small loop for a
 * self-link). Pure string building, so the drawing can be checked without a browser and opened in
 * any vector editor.
 */
import { KIND_STYLES, type KindStyle } from '../graph/kinds';
import { LEVEL_BORDERS, REGISTRY_OUTLINE } from '../graph/stylesheet';
import type { GraphSnapshot, SnapshotNode } from './graph-snapshot';
import { escapeXml } from './xml-escape';

const MARGIN = 24;
const FONT = 'system-ui, -apple-system, Segoe UI, sans-serif';
/** Label lines are wrapped at word boundaries to at most this many characters (a longer word stays whole). */
export const LABEL_LINE_CHARS = 28;
/** Width of one character of the 11 px label font, generously (so bounds never cut a label). */
const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 14;
const FALLBACK: Pick<KindStyle, 'color' | 'shape'> = { color: '#555555', shape: 'ellipse' };
const LEVEL_COLOR = '#0b2545';

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
  octagon: [
    [-0.4, -1],
    [0.4, -1],
    [1, -0.4],
    [1, 0.4],
    [0.4, 1],
    [-0.4, 1],
    [-1, 0.4],
    [-1, -0.4],
  ],
};

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The shape of a node with the given paint attributes (fill, stroke …). */
function outline(n: Pick<SnapshotNode, 'x' | 'y' | 'width' | 'height'>, shape: string, paint: string, grow = 0): string {
  const { x, y } = n;
  const w = n.width / 2 + grow;
  const h = n.height / 2 + grow;
  switch (shape) {
    case 'ellipse':
      return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w)}" ry="${num(h)}" ${paint}/>`;
    case 'rectangle':
    case 'round-rectangle':
    case 'barrel': {
      const r = shape === 'rectangle' ? '' : ` rx="${num(w * 0.25)}" ry="${num(h * (shape === 'barrel' ? 0.35 : 0.25))}"`;
      return `<rect x="${num(x - w)}" y="${num(y - h)}" width="${num(2 * w)}" height="${num(2 * h)}"${r} ${paint}/>`;
    }
    default: {
      const points = (POLYGONS[shape] ?? POLYGONS.diamond!).map(([px, py]) => `${num(x + px * w)},${num(y + py * h)}`).join(' ');
      return `<polygon points="${points}" ${paint}/>`;
    }
  }
}

/** A node's shape in its kind's colour, with a thin white edge as on the canvas. */
export function shapeSvg(n: SnapshotNode, style: Pick<KindStyle, 'color' | 'shape'>): string {
  return outline(n, style.shape, `fill="${escapeXml(style.color)}" stroke="#ffffff" stroke-width="1"`);
}

/** The evidence-level border of a study (double: a dark band with a white line inside it). */
export function levelBorderSvg(n: SnapshotNode, shape: string): string {
  if (n.level === undefined) return '';
  const b = LEVEL_BORDERS[n.level];
  if (!b) return '';
  const color = n.levelFromRegistry ? REGISTRY_OUTLINE.color : LEVEL_COLOR;
  const dash = b.style === 'dashed' ? ' stroke-dasharray="6 3"' : b.style === 'dotted' ? ' stroke-dasharray="1.5 2.5"' : '';
  const border = outline(
    n,
    shape,
    `fill="none" stroke="${color}" stroke-width="${b.width}"${dash} class="level-border" data-level="${n.level}"`,
  );
  return b.style === 'double' ? border + outline(n, shape, `fill="none" stroke="#ffffff" stroke-width="${num(b.width / 3)}"`) : border;
}

/** Lines of a label: split on newlines, then wrapped at word boundaries; nothing is cut. */
export function wrapLabel(label: string, max = LABEL_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const part of label.split('\n')) {
    let line = '';
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

export function toSvg(graph: GraphSnapshot, styles: Record<string, Pick<KindStyle, 'color' | 'shape'>> = KIND_STYLES): string {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const labels = new Map(graph.nodes.map((n) => [n.id, n.group ? [n.label] : wrapLabel(n.label)]));
  // Bounds hold every shape, outline and whole label (a label is centred under its node, or inside a group box).
  const boxes = graph.nodes.map((n) => {
    const lines = labels.get(n.id)!;
    const half = Math.max(n.width / 2 + REGISTRY_OUTLINE.width + 3, (Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH) / 2);
    const below = n.group ? n.height / 2 : n.height / 2 + 6 + lines.length * LINE_HEIGHT;
    return { x1: n.x - half, x2: n.x + half, y1: n.y - n.height / 2 - REGISTRY_OUTLINE.width - 3, y2: n.y + below };
  });
  const minX = (boxes.length ? Math.min(...boxes.map((b) => b.x1)) : 0) - MARGIN;
  const minY = (boxes.length ? Math.min(...boxes.map((b) => b.y1)) : 0) - MARGIN;
  const width = (boxes.length ? Math.max(...boxes.map((b) => b.x2)) : 0) + MARGIN - minX;
  const height = (boxes.length ? Math.max(...boxes.map((b) => b.y2)) : 0) + MARGIN - minY;

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
    const dash = e.group ? ' stroke-dasharray="5 3"' : '';
    const marker = e.group ? '' : ' marker-end="url(#arrow)"';
    if (s === t) {
      const r = Math.max(s.width, s.height) / 2;
      const d = `M ${num(s.x - r * 0.5)} ${num(s.y - r * 0.85)} C ${num(s.x - r * 2.6)} ${num(s.y - r * 3)} ${num(s.x + r * 0.6)} ${num(s.y - r * 3.4)} ${num(s.x + r * 0.3)} ${num(s.y - r * 0.95)}`;
      const text = label ? `<text x="${num(s.x)}" y="${num(s.y - r * 2.6)}" text-anchor="middle" class="edge-label">${label}</text>` : '';
      return [`<g class="edge">${title}<path d="${d}" fill="none" stroke="#7b8794" stroke-width="1.5"${marker}/>${text}</g>`];
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
      `<g class="edge">${title}<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="#7b8794" stroke-width="1.5"${dash}${marker}/>${text}</g>`,
    ];
  });

  const nodeSvg = graph.nodes.map((n) => {
    const lines = labels.get(n.id)!;
    const title = `<title>${escapeXml(`${n.label.replaceAll('\n', ' ')} (${n.id})`)}</title>`;
    const attrs = `data-id="${escapeXml(n.id)}" data-kind="${escapeXml(n.kind)}"`;
    if (n.group) {
      const box = outline(n, 'rectangle', 'fill="#ffffff" stroke="#4a5563" stroke-width="2" stroke-dasharray="5 3"');
      return `<g class="node group" ${attrs}>${title}${box}<text x="${num(n.x)}" y="${num(n.y + 4)}" text-anchor="middle" class="node-label group-label">${escapeXml(n.label)}</text></g>`;
    }
    const style = styles[n.kind] ?? FALLBACK;
    const registry = n.registry
      ? outline(
          n,
          style.shape,
          `fill="none" stroke="${REGISTRY_OUTLINE.color}" stroke-width="${REGISTRY_OUTLINE.width}" class="registry-outline"`,
          3,
        )
      : '';
    const text = lines.map((line, i) => `<tspan x="${num(n.x)}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${escapeXml(line)}</tspan>`).join('');
    return `<g class="node" ${attrs}>${title}${registry}${shapeSvg(n, style)}${levelBorderSvg(n, style.shape)}<text x="${num(n.x)}" y="${num(n.y + n.height / 2 + 14)}" text-anchor="middle" class="node-label">${text}</text></g>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}">`,
    `<style>.node-label{font:11px ${FONT};fill:#1a1a1a}.group-label{font-weight:bold}.edge-label{font:10px ${FONT};fill:#2b3440;paint-order:stroke;stroke:#ffffff;stroke-width:3px}</style>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#7b8794"/></marker></defs>',
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...edges,
    ...nodeSvg,
    '</svg>',
    '',
  ].join('\n');
}
