/** The schema drawn with Cytoscape: fixed positions, fitted to the box (again when the box resizes), one instance per mount. */
import { useEffect, useEffectEvent, useRef } from 'react';
import type cytoscape from 'cytoscape';
import type { SchemaElement } from '../schema/schema-graph';
import { schemaStylesheet } from '../schema/schema-stylesheet';
import { bindCytoscape, useCytoscapeInstance } from '../graph/use-cytoscape-instance';

interface Props {
  elements: SchemaElement[];
  /** Called with the kind of a tapped node, or null when the background is tapped. */
  onSelectKind?(kind: string | null): void;
}

export function SchemaGraph({ elements, onSelectKind }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useCytoscapeInstance(container, {
    expose: '__cySchema',
    style: schemaStylesheet,
    options: { layout: { name: 'preset' }, minZoom: 0.3, maxZoom: 2.5, autoungrabify: false },
    onResize: (cy) => cy.fit(undefined, 30),
  });
  const select = useEffectEvent((kind: string | null) => onSelectKind?.(kind));

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    return bindCytoscape(cy, [
      ['tap', 'node', (e) => select(e.target.id())],
      [
        'tap',
        null,
        (e) => {
          if (e.target === cy) select(null);
        },
      ],
      ['mouseover', 'node', (e) => e.target.connectedEdges().addClass('schema-hover')],
      ['mouseout', 'node', (e) => e.target.connectedEdges().removeClass('schema-hover')],
    ]);
  }, [cyRef]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements as cytoscape.ElementDefinition[]);
    });
    cy.fit(undefined, 30);
  }, [cyRef, elements]);

  return <div ref={container} className="schema-canvas" data-testid="schema-canvas" />;
}
