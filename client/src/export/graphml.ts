/**
 * GraphML of a subgraph, every property kept: nodes with id, kind, full label, position, evidence
 * level and source marks, "+N" groups (kind GROUP, with what they leave out), and every property the
 * API gave (design, phase, values, CI, p, quotes, references …); directed edges with their type.
 * Each key is declared once with its type (string, double, int, boolean), so yEd, Gephi, Cytoscape
 * desktop and NetworkX (`read_graphml`) read the values back typed.
 */
import { escapeXml } from './xml-escape';
import type { PropertyValue } from './graph-snapshot';

export interface GraphmlNode {
  id: string;
  kind: string;
  label: string;
  x?: number;
  y?: number;
  level?: number;
  levelFromRegistry?: boolean;
  registry?: boolean;
  group?: { parent: string; groupKind: string; count: number };
  properties?: Record<string, PropertyValue>;
}
export interface GraphmlEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label?: string;
  group?: boolean;
}

type KeyType = 'string' | 'double' | 'int' | 'boolean';

/** GraphML key ids must be XML names: property names are, but prefix them so none clashes with ours. */
const keyId = (domain: 'node' | 'edge', name: string) => `${domain === 'node' ? 'n' : 'e'}_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

function typeOf(values: PropertyValue[]): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** The attributes each node writes, ours first, then the API's properties. */
function nodeAttributes(n: GraphmlNode): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = { kind: n.kind, label: n.label };
  if (n.x !== undefined) out.x = Math.round(n.x * 100) / 100;
  if (n.y !== undefined) out.y = Math.round(n.y * 100) / 100;
  if (n.level !== undefined) out.evidenceLevel = n.level;
  if (n.levelFromRegistry) out.evidenceLevelFromRegistry = true;
  if (n.registry) out.registryRecord = true;
  if (n.group) {
    out.groupOf = n.group.parent;
    out.groupKind = n.group.groupKind;
    out.groupCount = n.group.count;
    out.leftOut = `${n.group.count} neighbours of kind ${n.group.groupKind} of ${n.group.parent} are not on the canvas`;
  }
  for (const [k, v] of Object.entries(n.properties ?? {})) if (!(k in out)) out[k] = v;
  return out;
}

function edgeAttributes(e: GraphmlEdge): Record<string, PropertyValue> {
  return { type: e.type, ...(e.label ? { label: e.label } : {}), ...(e.group ? { group: true } : {}) };
}

function declare(domain: 'node' | 'edge', rows: Record<string, PropertyValue>[]): { name: string; id: string; type: KeyType }[] {
  const values = new Map<string, PropertyValue[]>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) values.set(k, [...(values.get(k) ?? []), v]);
  return [...values.entries()].map(([name, vs]) => ({ name, id: keyId(domain, name), type: typeOf(vs) }));
}

const text = (v: PropertyValue, type: KeyType) => (type === 'boolean' ? String(Boolean(v)) : escapeXml(String(v)));

export function toGraphml(nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  const a = escapeXml;
  const nodeRows = nodes.map(nodeAttributes);
  const edgeRows = edges.map(edgeAttributes);
  const nodeKeys = declare('node', nodeRows);
  const edgeKeys = declare('edge', edgeRows);
  const data = (keys: { name: string; id: string; type: KeyType }[], row: Record<string, PropertyValue>) =>
    keys
      .filter((k) => row[k.name] !== undefined)
      .map((k) => `<data key="${k.id}">${text(row[k.name]!, k.type)}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${a(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${a(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="G" edgedefault="directed">',
    ...nodes.map((n, i) => `    <node id="${a(n.id)}">${data(nodeKeys, nodeRows[i]!)}</node>`),
    ...edges.map(
      (e, i) => `    <edge id="${a(e.id)}" source="${a(e.source)}" target="${a(e.target)}">${data(edgeKeys, edgeRows[i]!)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
