/** The Cytoscape stylesheet: node colour and shape by kind, highlighted paths, selection. */
import type cytoscape from 'cytoscape';
import { KIND_STYLES } from './kinds';

export const stylesheet: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      color: '#1a1a1a',
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  })),
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705' } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e8590c' } },
  { selector: 'node.faded', style: { opacity: 0.25 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 0.8,
    },
  },
  { selector: 'edge.path', style: { width: 4, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
  { selector: 'edge.faded', style: { opacity: 0.15 } },
];
