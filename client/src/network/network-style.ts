/**
 * The evidence network's Cytoscape stylesheet: sizes and widths come from the elements' data;
 * edges resting on registry-only randomization are teal; routed edges keep their bends (set per edge).
 */
import type cytoscape from 'cytoscape';
import { KIND_STYLES } from '../graph/kinds';
import { REGISTRY_OUTLINE } from '../graph/stylesheet';

export const networkStylesheet: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': KIND_STYLES.INTERVENTION.color,
      'border-width': 2,
      'border-color': '#ffffff',
      color: '#1a1a1a',
      'font-size': 12,
      'font-weight': 'bold',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#5b6f99',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#1a1a1a',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-wrap': 'ellipsis',
      'text-max-width': '180px',
    },
  },
  { selector: 'edge[enrolment = "none"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[registryBasis != "none"]', style: { 'line-color': REGISTRY_OUTLINE.color } },
  { selector: 'edge.chosen', style: { 'line-color': '#e8590c', 'z-index': 10 } },
  { selector: 'node.chosen', style: { 'border-color': '#e8590c', 'border-width': 4 } },
  { selector: 'edge.faded, node.faded', style: { opacity: 0.3 } },
];
