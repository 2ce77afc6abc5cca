import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../client/src/export/xml-escape.js';
import { toGraphml, type GraphmlNode } from '../../client/src/export/graphml.js';
import { LABEL_LINE_CHARS, levelBorderSvg, shapeSvg, toSvg, wrapLabel } from '../../client/src/export/svg.js';
import { toCytoscapeJson } from '../../client/src/export/cytoscape-json.js';
import { flattenProperties } from '../../client/src/export/node-properties.js';
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
  const nodes: GraphmlNode[] = [
    {
      id: 'study:radiant-3',
      kind: 'STUDY',
      label: 'RADIANT-3',
      x: 10.456,
      y: -3,
      level: 1,
      levelFromRegistry: true,
      properties: { design: 'not_stated', phase: 'III', enrolled: 140, quote: 'in 140 "progressive" Pan-NETs' },
    },
    { id: 'arm:radiant-3-everolimus', kind: 'ARM', label: 'RADIANT-3: Everolimus <10 mg> & "daily"', properties: { enrolled: 207 } },
    { id: 'result:hr', kind: 'RESULT', label: 'PFS HR', properties: { value: 0.35, notReached: false } },
    {
      id: 'group:study:radiant-3:RESULT',
      kind: 'GROUP',
      label: '+21 Results',
      group: { parent: 'study:radiant-3', groupKind: 'RESULT', count: 21 },
    },
  ];
  const edges = [
    {
      id: 'study:radiant-3|HAS_ARM|arm:radiant-3-everolimus',
      source: 'study:radiant-3',
      target: 'arm:radiant-3-everolimus',
      type: 'HAS_ARM',
    },
    {
      id: 'group:study:radiant-3:RESULT|edge',
      source: 'study:radiant-3',
      target: 'group:study:radiant-3:RESULT',
      type: '21 more',
      group: true,
    },
  ];
  const xml = toGraphml(nodes, edges);

  it('declares each property once, with its type, and a directed graph', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    expect(xml).toContain('<key id="n_kind" for="node" attr.name="kind" attr.type="string"/>');
    expect(xml).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(xml).toContain('<key id="n_evidenceLevel" for="node" attr.name="evidenceLevel" attr.type="int"/>');
    expect(xml).toContain('<key id="n_enrolled" for="node" attr.name="enrolled" attr.type="int"/>');
    expect(xml).toContain('<key id="n_value" for="node" attr.name="value" attr.type="double"/>');
    expect(xml).toContain('<key id="n_notReached" for="node" attr.name="notReached" attr.type="boolean"/>');
    expect(xml).toContain('<key id="e_type" for="edge" attr.name="type" attr.type="string"/>');
    expect(xml.match(/<key id="n_enrolled"/g)).toHaveLength(1);
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
  });

  it('writes every property of every node, escaped, and every edge with its type', () => {
    expect(xml).toContain(
      '<node id="study:radiant-3"><data key="n_kind">STUDY</data><data key="n_label">RADIANT-3</data><data key="n_x">10.46</data><data key="n_y">-3</data><data key="n_evidenceLevel">1</data><data key="n_evidenceLevelFromRegistry">true</data>',
    );
    expect(xml).toContain('<data key="n_quote">in 140 &quot;progressive&quot; Pan-NETs</data>');
    expect(xml).toContain('<data key="n_label">RADIANT-3: Everolimus &lt;10 mg&gt; &amp; &quot;daily&quot;</data>');
    expect(xml).toContain('<data key="n_notReached">false</data>');
    expect(xml).toContain(
      '<edge id="study:radiant-3|HAS_ARM|arm:radiant-3-everolimus" source="study:radiant-3" target="arm:radiant-3-everolimus"><data key="e_type">HAS_ARM</data></edge>',
    );
    expect(xml.match(/<node /g)).toHaveLength(4);
    expect(xml.match(/<edge /g)).toHaveLength(2);
  });

  it('exports a "+N" group as a node naming what it leaves out', () => {
    expect(xml).toContain('<data key="n_groupCount">21</data>');
    expect(xml).toContain('<data key="n_leftOut">21 neighbours of kind RESULT of study:radiant-3 are not on the canvas</data>');
  });

  it('is balanced: every element opened is closed', () => {
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
  });

  it('writes an empty graph', () => {
    expect(toGraphml([], [])).toContain('<graph id="G" edgedefault="directed">\n  </graph>');
  });
});

describe('Cytoscape JSON', () => {
  const json = toCytoscapeJson({
    name: 'RADIANT-3 and its arm',
    nodes: [
      {
        id: 'study:radiant-3',
        kind: 'STUDY',
        label: 'RADIANT-3',
        x: 1.234,
        y: 2,
        width: 26,
        height: 26,
        level: 1,
        registry: false,
        properties: { phase: 'III' },
      },
      {
        id: 'group:study:radiant-3:RESULT',
        kind: 'GROUP',
        label: '+21 Results',
        x: 5,
        y: 6,
        width: 80,
        height: 22,
        group: { parent: 'study:radiant-3', groupKind: 'RESULT', count: 21 },
        properties: {},
      },
    ],
    edges: [{ id: 'e1', source: 'study:radiant-3', target: 'group:study:radiant-3:RESULT', type: '21 more', group: true }],
  });

  it('has the shape Cytoscape.js and Cytoscape desktop read: elements with nodes and edges', () => {
    expect(Object.keys(json.elements)).toEqual(['nodes', 'edges']);
    expect(json.elements.nodes[0]).toEqual({
      data: { phase: 'III', id: 'study:radiant-3', value: 'study:radiant-3', name: 'RADIANT-3', kind: 'STUDY', evidenceLevel: 1 },
      position: { x: 1.23, y: 2 },
    });
    expect(json.elements.edges[0]!.data).toEqual({
      id: 'e1',
      key: 'e1',
      source: 'study:radiant-3',
      target: 'group:study:radiant-3:RESULT',
      type: '21 more',
      interaction: '21 more',
      group: true,
    });
  });

  it('says what NetworkX needs: directed, multigraph, graph data', () => {
    expect(json).toMatchObject({ directed: true, multigraph: true, data: { name: 'RADIANT-3 and its arm' } });
  });

  it('names what a "+N" group leaves out', () => {
    expect(json.elements.nodes[1]!.data).toMatchObject({
      kind: 'GROUP',
      groupOf: 'study:radiant-3',
      groupCount: 21,
      leftOut: '21 neighbours of kind RESULT of study:radiant-3 are not on the canvas',
    });
  });
});

describe('node properties for exports', () => {
  it('flattens a node: lists joined, the provenance as quote, refs, section and source, nothing empty', () => {
    const props = flattenProperties({
      __typename: 'Study',
      id: 'study:radiant-3',
      kind: 'STUDY',
      name: 'RADIANT-3',
      acronym: 'RADIANT-3',
      nct: null,
      design: 'not_stated',
      phase: 'III',
      blinded: null,
      status: 'published',
      enrolled: 140,
      summary: '',
      evidenceDesign: 'randomized_controlled_trial',
      evidencePhase: 'III',
      evidenceBasis: 'REGISTRY',
      evidenceNote: 'from the registry',
      source: { kind: 'REVIEW' },
      provenance: {
        ref: 102,
        refs: [102, 103],
        section: 'Everolimus',
        quote: 'in 140 Pan-NETs',
        nct: null,
        locator: null,
        source: { kind: 'REVIEW', title: 'The review' },
      },
    });
    expect(props).toEqual({
      kind: 'STUDY',
      acronym: 'RADIANT-3',
      design: 'not_stated',
      phase: 'III',
      status: 'published',
      enrolled: 140,
      evidenceDesign: 'randomized_controlled_trial',
      evidencePhase: 'III',
      evidenceBasis: 'REGISTRY',
      evidenceNote: 'from the registry',
      source: 'REVIEW',
      quote: 'in 140 Pan-NETs',
      refs: '102; 103',
      section: 'Everolimus',
      provenanceSource: 'The review',
    });
  });
});

describe('SVG', () => {
  const node = (
    over: Partial<GraphSnapshot['nodes'][number]> & Pick<GraphSnapshot['nodes'][number], 'id' | 'kind' | 'label' | 'x' | 'y'>,
  ) => ({ width: 26, height: 26, properties: {}, ...over });
  const graph: GraphSnapshot = {
    nodes: [
      node({ id: 'intervention:sunitinib', kind: 'INTERVENTION', label: 'Sunitinib', x: 0, y: 0 }),
      node({ id: 'study:sanet-p', kind: 'STUDY', label: 'SANET-p <phase III> & more', x: 200, y: 100, level: 1 }),
      node({ id: 'population:pan-net', kind: 'POPULATION', label: 'Pan-NETs\n122', x: 100, y: 300, width: 40, height: 40 }),
      node({ id: 'result:long', kind: 'RESULT', label: `${'word '.repeat(15)}end`, x: 300, y: 300 }),
      node({ id: 'study:radiant-3', kind: 'STUDY', label: 'RADIANT-3', x: 400, y: 0, level: 4, levelFromRegistry: true, registry: true }),
      node({
        id: 'group:x:STUDY',
        kind: 'GROUP',
        label: '+43 Studies',
        x: -200,
        y: 50,
        width: 90,
        height: 22,
        group: { parent: 'intervention:sunitinib', groupKind: 'STUDY', count: 43 },
      }),
    ],
    edges: [
      { id: 'e1', source: 'study:sanet-p', target: 'intervention:sunitinib', type: 'EVALUATES' },
      { id: 'e2', source: 'population:pan-net', target: 'population:pan-net', type: 'SUBSET_OF', label: 'SUBSET_OF 151' },
      { id: 'e3', source: 'study:sanet-p', target: 'study:missing', type: 'CITES' },
      { id: 'e4', source: 'intervention:sunitinib', target: 'group:x:STUDY', type: '43 more', group: true },
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

  it('draws the evidence-level border of a study: double for phase III RCTs, dashed, teal where the level is the registry’s', () => {
    expect(svg).toContain('class="level-border" data-level="1"');
    expect(levelBorderSvg(graph.nodes[1]!, 'round-rectangle')).toMatch(
      /stroke="#0b2545" stroke-width="6".*stroke="#ffffff" stroke-width="2"/,
    );
    expect(levelBorderSvg(graph.nodes[4]!, 'round-rectangle')).toContain('stroke="#0b6e79" stroke-width="3" stroke-dasharray="6 3"');
    expect(svg).toContain('class="registry-outline"');
    expect(levelBorderSvg(graph.nodes[0]!, 'ellipse')).toBe('');
  });

  it('never cuts a label: long ones wrap onto lines, and the drawing is wide enough for them', () => {
    expect(wrapLabel('word '.repeat(15) + 'ending')).toEqual([
      'word word word word word',
      'word word word word word',
      'word word word word word',
      'ending',
    ]);
    expect(wrapLabel('x'.repeat(40))).toEqual(['x'.repeat(40)]);
    expect(Math.max(...wrapLabel('word '.repeat(15)).map((l) => l.length))).toBeLessThanOrEqual(LABEL_LINE_CHARS);
    expect(svg).not.toContain('…');
    const [minX, , width] = /viewBox="(-?[\d.]+) (-?[\d.]+) ([\d.]+)/.exec(svg)!.slice(1).map(Number);
    expect(minX!).toBeLessThan(-200 - 45);
    expect(minX! + width!).toBeGreaterThan(400 + 13);
  });

  it('draws a "+N" group as a dashed box with its label inside, its edge dashed', () => {
    expect(svg).toContain('<g class="node group" data-id="group:x:STUDY" data-kind="GROUP">');
    expect(svg).toContain('>+43 Studies</text>');
    expect(svg).toMatch(/stroke-dasharray="5 3"\/><\/g>/);
  });

  it('draws straight directed edges between the node borders, loops for self-links, skips dangling ones', () => {
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('<title>study:sanet-p EVALUATES intervention:sunitinib</title>');
    expect(svg).toContain('<path d="M ');
    expect(svg).toContain('>SUBSET_OF 151</text>');
    expect(svg).not.toContain('study:missing');
  });

  it('has a shape for every kind style', () => {
    for (const style of Object.values(KIND_STYLES)) {
      expect(shapeSvg({ id: 'a', kind: 'X', label: 'a', x: 0, y: 0, width: 20, height: 20, properties: {} }, style)).toMatch(
        /^<(ellipse|rect|polygon) /,
      );
    }
  });

  it('draws an empty canvas without failing', () => {
    expect(toSvg({ nodes: [], edges: [] })).toContain('<svg');
  });
});
