/**
 * The app's views, in tab order. The `view` URL parameter names the one shown; each view keeps
 * its own state in other URL parameters. Add a view here and it gets a tab and a URL.
 */
import type { ComponentType } from 'react';
import { ExplorerView } from './ExplorerView';

export interface ViewDefinition {
  id: string;
  title: string;
  component: ComponentType;
}

export const VIEWS: ViewDefinition[] = [
  { id: 'explore', title: 'Explorer', component: ExplorerView },
];
