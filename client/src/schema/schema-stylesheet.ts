/** How the schema graph looks: kinds in their colour and shape, labelled edges, loops for self-links. */
import type cytoscape from 'cytoscape';
import { KIND_STYLES } from '../graph/kinds';

export const schemaStylesheet: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'font-size': 13,
      'font-weight': 600,
      color: '#1a1a1a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 44,
      height: 44,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  })),
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705' } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 10,
      color: '#2b3440',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      width: 1.5,
      'line-color': '#7b8794',
      'target-arrow-color': '#7b8794',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'control-point-step-size': 36,
      'arrow-scale': 0.9,
    },
  },
  { selector: 'edge[count = 0]', style: { 'line-style': 'dashed' } },
  // A loaded pair of kinds the design (relationship-kinds.ts) does not list: drawn, but set apart.
  { selector: 'edge[!known]', style: { 'line-color': '#8b1a1a', 'target-arrow-color': '#8b1a1a', color: '#8b1a1a' } },
  { selector: 'edge:loop', style: { 'loop-direction': '-45deg', 'loop-sweep': '-60deg', 'control-point-step-size': 60 } },
  {
    selector: 'edge.schema-hover, edge:selected',
    style: { width: 3, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c', 'z-index': 10 },
  },
];
