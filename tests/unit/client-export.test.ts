import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../client/src/export/xml-escape.js';
import { toGraphml } from '../../client/src/export/graphml.js';
import { MAX_LABEL_CHARS, shapeSvg, toSvg } from '../../client/src/export/svg.js';
import type { GraphSnapshot } from '../../client/src/export/graph-snapshot.js';
import { KIND_STYLES } from '../../client/src/graph/kinds.js';

describe('XML escaping', () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(escapeXml('x\u0000y\u0008z\tw\n')).toBe('xyz\tw\n');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
    expect(escapeXml('Ki-67 ≥ 20% · 177Lu')).toBe('Ki-67 ≥ 20% · 177Lu');
  });
});

describe('GraphML', () => {
  const nodes = [
    { id: 'study:radiant-3', kind: 'STUDY', label: 'RADIANT-3' },
    { id: 'arm:radiant-3-everolimus', kind: 'ARM', label: 'RADIANT-3: Everolimus <10 mg> & "daily"' },
  ];
  const edges = [
    {
      id: 'study:radiant-3|HAS_ARM|arm:radiant-3-everolimus',
      source: 'study:radiant-3',
      target: 'arm:radiant-3-everolimus',
      type: 'HAS_ARM',
    },
  ];
  const xml = toGraphml(nodes, edges);

  it('declares the kind, label and type keys and a directed graph', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    expect(xml).toContain('<key id="kind" for="node" attr.name="kind" attr.type="string"/>');
    expect(xml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="type" for="edge" attr.name="type" attr.type="string"/>');
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
  });

  it('writes every node with id, kind and label, and every edge with its type, escaped', () => {
    expect(xml).toContain('<node id="study:radiant-3"><data key="kind">STUDY</data><data key="label">RADIANT-3</data></node>');
    expect(xml).toContain('<data key="label">RADIANT-3: Everolimus &lt;10 mg&gt; &amp; &quot;daily&quot;</data>');
    expect(xml).toContain(
      '<edge id="study:radiant-3|HAS_ARM|arm:radiant-3-everolimus" source="study:radiant-3" target="arm:radiant-3-everolimus"><data key="type">HAS_ARM</data></edge>',
    );
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it('is balanced: every element opened is closed', () => {
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]);
    }
    expect(stack).toEqual([]);
  });

  it('writes an empty graph', () => {
    expect(toGraphml([], [])).toContain('<graph id="G" edgedefault="directed">\n  </graph>');
  });
});

describe('SVG', () => {
  const graph: GraphSnapshot = {
    nodes: [
      { id: 'intervention:sunitinib', kind: 'INTERVENTION', label: 'Sunitinib', x: 0, y: 0, width: 26, height: 26 },
      { id: 'study:sanet-p', kind: 'STUDY', label: 'SANET-p <phase III> & more', x: 200, y: 100, width: 26, height: 26 },
      { id: 'population:pan-net', kind: 'POPULATION', label: 'Pan-NETs\n122', x: 100, y: 300, width: 40, height: 40 },
      { id: 'result:long', kind: 'RESULT', label: 'x'.repeat(80), x: 300, y: 300, width: 26, height: 26 },
    ],
    edges: [
      { id: 'e1', source: 'study:sanet-p', target: 'intervention:sunitinib', type: 'EVALUATES' },
      { id: 'e2', source: 'population:pan-net', target: 'population:pan-net', type: 'SUBSET_OF', label: 'SUBSET_OF 151' },
      { id: 'e3', source: 'study:sanet-p', target: 'study:missing', type: 'CITES' },
    ],
  };
  const svg = toSvg(graph);

  it('is a standalone SVG sized to the drawing, on white', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"/);
    expect(svg).toContain('fill="#ffffff"/>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws each node in its kind colour and shape, with its label escaped', () => {
    expect(svg).toContain(`<ellipse cx="0" cy="0" rx="13" ry="13" fill="${KIND_STYLES.INTERVENTION.color}"`);
    expect(svg).toContain(`<rect x="187" y="87" width="26" height="26" rx="3.25" ry="3.25" fill="${KIND_STYLES.STUDY.color}"`);
    expect(svg).toContain(`<polygon points="80,300 90,280 110,280 120,300 110,320 90,320" fill="${KIND_STYLES.POPULATION.color}"`);
    expect(svg).toContain('SANET-p &lt;phase III&gt; &amp; more');
    expect(svg).not.toContain('<phase III>');
    expect(svg).toContain('<tspan x="100" dy="0">Pan-NETs</tspan><tspan x="100" dy="14">122</tspan>');
  });

  it('cuts long labels, keeping the full text in the title', () => {
    expect(svg).toContain(`${'x'.repeat(MAX_LABEL_CHARS - 1)}…</tspan>`);
    expect(svg).toContain(`<title>${'x'.repeat(80)} (result:long)</title>`);
  });

  it('draws straight directed edges between the node borders, loops for self-links, skips dangling ones', () => {
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('<title>study:sanet-p EVALUATES intervention:sunitinib</title>');
    expect(svg).toContain('<path d="M ');
    expect(svg).toContain('>SUBSET_OF 151</text>');
    expect(svg).not.toContain('study:missing');
  });

  it('has a shape for every kind style', () => {
    for (const style of Object.values(KIND_STYLES)) {
      expect(shapeSvg({ id: 'a', kind: 'X', label: 'a', x: 0, y: 0, width: 20, height: 20 }, style)).toMatch(/^<(ellipse|rect|polygon) /);
    }
  });

  it('draws an empty canvas without failing', () => {
    expect(toSvg({ nodes: [], edges: [] })).toContain('<svg');
  });
});
