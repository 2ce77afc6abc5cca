/**
 * GraphML of a subgraph: nodes with their id, kind and label, directed edges with their type.
 * Opens in yEd, Gephi, Cytoscape desktop and NetworkX (`read_graphml`).
 */
import { escapeXml } from './xml-escape';

export interface GraphmlNode {
  id: string;
  kind: string;
  label: string;
}
export interface GraphmlEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export function toGraphml(nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  const a = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <graph id="G" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${a(n.id)}"><data key="kind">${a(n.kind)}</data><data key="label">${a(n.label)}</data></node>`),
    ...edges.map(
      (e) => `    <edge id="${a(e.id)}" source="${a(e.source)}" target="${a(e.target)}"><data key="type">${a(e.type)}</data></edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
