/** Registers Cytoscape extensions once per page. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
