/**
 * The app's views, in tab order. The `view` URL parameter names the one shown; each view keeps
 * its own state in other URL parameters. Each view is its own chunk, loaded when first opened (the
 * console never loads Cytoscape). Add a view here and it gets a tab and a URL.
 */
import { lazy, type ComponentType } from 'react';

export interface ViewDefinition {
  id: string;
  title: string;
  component: ComponentType;
}

export const VIEWS: ViewDefinition[] = [
  { id: 'explore', title: 'Explorer', component: lazy(() => import('./ExplorerView').then((m) => ({ default: m.ExplorerView }))) },
  { id: 'console', title: 'GraphQL console', component: lazy(() => import('./ConsoleView').then((m) => ({ default: m.ConsoleView }))) },
  { id: 'schema', title: 'Schema', component: lazy(() => import('./SchemaView').then((m) => ({ default: m.SchemaView }))) },
  { id: 'compare', title: 'Compare', component: lazy(() => import('./CompareView').then((m) => ({ default: m.CompareView }))) },
  { id: 'network', title: 'Evidence network', component: lazy(() => import('./NetworkView').then((m) => ({ default: m.NetworkView }))) },
];
