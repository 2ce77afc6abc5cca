/**
 * The Cytoscape stylesheet: node colour and shape by kind, study border by evidence level (thick
 * solid for phase III RCTs down to dotted for case series), ClinicalTrials.gov records with a teal
 * outline, short labels that disappear when zoomed out (and where they would collide), groups,
 * highlighted paths, hover, selection, pinned, hidden and filtered elements.
 */
import type cytoscape from 'cytoscape';
import { KIND_STYLES } from './kinds';

/** Below this on-screen font size (px) labels are not drawn: zoomed out, the shapes carry the picture. */
export const MIN_ZOOMED_FONT_SIZE = 7;
/** The node label's font size at zoom 1. */
export const NODE_FONT_SIZE = 10;
/** The outline of a node a ClinicalTrials.gov record asserts (the legend draws the same). */
export const REGISTRY_OUTLINE = { color: '#0b6e79', width: 3 } as const;

/** Border of a study by its evidence level (the legend draws the same). */
export const LEVEL_BORDERS: Record<number, { width: number; style: 'solid' | 'dashed' | 'dotted' | 'double' }> = {
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
      'font-size': NODE_FONT_SIZE,
      'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      color: '#1a1a1a',
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#f6f7f9',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
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
  { selector: 'node.level-from-registry', style: { 'border-color': REGISTRY_OUTLINE.color } },
  {
    selector: 'node.registry',
    style: {
      'outline-width': REGISTRY_OUTLINE.width,
      'outline-color': REGISTRY_OUTLINE.color,
      'outline-style': 'solid',
      'outline-offset': 2,
    },
  },
  { selector: 'node.planned', style: { 'background-opacity': 0.45 } },
  { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
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
  {
    selector: 'node:selected',
    style: {
      'border-width': 4,
      'border-color': '#f2b705',
      'border-style': 'solid',
      'text-opacity': 1,
      'text-background-opacity': 0.8,
      'z-index': 20,
    },
  },
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
