/**
 * The app's views, in tab order. The `view` URL parameter names the one shown; each view keeps
 * its own state in other URL parameters. Add a view here and it gets a tab and a URL.
 */
import type { ComponentType } from 'react';
import { ExplorerView } from './ExplorerView';
import { CompareView } from './CompareView';
import { NetworkView } from './NetworkView';
import { ConsoleView } from './ConsoleView';
import { SchemaView } from './SchemaView';

export interface ViewDefinition {
  id: string;
  title: string;
  component: ComponentType;
}

export const VIEWS: ViewDefinition[] = [
  { id: 'explore', title: 'Explorer', component: ExplorerView },
  { id: 'console', title: 'GraphQL console', component: ConsoleView },
  { id: 'schema', title: 'Schema', component: SchemaView },
  { id: 'compare', title: 'Compare', component: CompareView },
  { id: 'network', title: 'Evidence network', component: NetworkView },
];
