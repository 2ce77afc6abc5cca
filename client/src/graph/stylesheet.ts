/**
 * The Cytoscape stylesheet: node colour and shape by kind, study border by evidence level (thick
 * solid for phase III RCTs down to dotted for case series), groups, highlighted paths, hover,
 * selection, pinned, hidden and filtered elements.
 */
import type cytoscape from 'cytoscape';
import { KIND_STYLES } from './kinds';

const LEVEL_BORDERS: Record<number, { width: number; style: 'solid' | 'dashed' | 'dotted' | 'double' }> = {
  1: { width: 6, style: 'double' },
  2: { width: 4, style: 'solid' },
  3: { width: 3, style: 'solid' },
  4: { width: 3, style: 'dashed' },
  5: { width: 2, style: 'dashed' },
  6: { width: 2, style: 'dotted' },
  7: { width: 4, style: 'dashed' },
  8: { width: 2, style: 'dotted' },
  9: { width: 1, style: 'dotted' },
};

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
  ...Object.entries(LEVEL_BORDERS).map(([level, b]) => ({
    selector: `node.level-${level}`,
    style: { 'border-width': b.width, 'border-style': b.style, 'border-color': '#0b2545' },
  })),
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      'background-color': '#ffffff',
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': '#4a5563',
      width: 'label',
      height: 22,
      padding: '6px',
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-weight': 'bold',
    },
  },
  { selector: 'node.pinned', style: { 'underlay-color': '#f2b705', 'underlay-opacity': 0.5, 'underlay-padding': 5 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705', 'border-style': 'solid' } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e8590c' } },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: '.hover-faded', style: { opacity: 0.2 } },
  { selector: '.hidden, .filtered', style: { display: 'none' } },
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
  ...Object.entries(LEVEL_BORDERS).map(([level, b]) => ({
    selector: `edge.edge-level-${level}`,
    style: { width: Math.max(1, b.width / 2), 'line-style': b.style === 'double' ? 'solid' : b.style },
  })),
  { selector: 'edge.group-edge', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  {
    selector: 'edge.hovered',
    style: {
      label: 'data(type)',
      'font-size': 9,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'line-color': '#1f4e9c',
      width: 3,
    },
  },
  { selector: 'edge.path', style: { width: 4, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
];
