/**
 * How each node kind looks: colour (WCAG AA contrast against white text or the dark canvas label),
 * Cytoscape shape, and the legend's wording. The kinds themselves come from schema.graphql.
 */
import type { NodeKind } from '../generated/graphql';

export interface KindStyle {
  color: string;
  shape:
    | 'round-rectangle'
    | 'ellipse'
    | 'diamond'
    | 'hexagon'
    | 'triangle'
    | 'star'
    | 'rectangle'
    | 'barrel'
    | 'tag'
    | 'vee'
    | 'pentagon'
    | 'octagon';
  label: string;
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  STUDY: { color: '#1f4e9c', shape: 'round-rectangle', label: 'Study' },
  ARM: { color: '#5b6f99', shape: 'barrel', label: 'Arm' },
  INTERVENTION: { color: '#b3261e', shape: 'ellipse', label: 'Intervention' },
  TARGET: { color: '#7a4a00', shape: 'triangle', label: 'Target' },
  POPULATION: { color: '#1b6b3a', shape: 'hexagon', label: 'Population' },
  ENDPOINT: { color: '#6b3fa0', shape: 'diamond', label: 'Endpoint' },
  RESULT: { color: '#0b6e79', shape: 'rectangle', label: 'Result' },
  ADVERSE_EVENT: { color: '#9c2b6b', shape: 'vee', label: 'Adverse event' },
  BIOMARKER: { color: '#4d5d00', shape: 'star', label: 'Biomarker' },
  GUIDELINE: { color: '#8a3b00', shape: 'tag', label: 'Guideline' },
  REFERENCE: { color: '#555555', shape: 'pentagon', label: 'Reference' },
  OBSERVATION: { color: '#b45309', shape: 'octagon', label: 'Observation' },
};

export const ALL_KINDS = Object.keys(KIND_STYLES) as NodeKind[];
