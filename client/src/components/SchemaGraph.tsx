import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { SchemaElement } from '../schema/schema-graph';
import { schemaStylesheet } from '../schema/schema-stylesheet';

declare global {
  interface Window {
    /** The schema page's Cytoscape instance: read by end-to-end tests and handy in the console. */
    __cySchema?: cytoscape.Core;
  }
}

interface Props {
  elements: SchemaElement[];
  /** Called with the kind of a tapped node, or null when the background is tapped. */
  onSelectKind?(kind: string | null): void;
}

/** The schema drawn with Cytoscape: fixed positions, fitted to the box, one instance per mount. */
export function SchemaGraph({ elements, onSelectKind }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const onSelect = useRef(onSelectKind);
  onSelect.current = onSelectKind;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: schemaStylesheet,
      layout: { name: 'preset' },
      minZoom: 0.3,
      maxZoom: 2.5,
      autoungrabify: false,
    });
    cy.on('tap', 'node', (e) => onSelect.current?.(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) onSelect.current?.(null);
    });
    cy.on('mouseover', 'node', (e) => e.target.connectedEdges().addClass('schema-hover'));
    cy.on('mouseout', 'node', (e) => e.target.connectedEdges().removeClass('schema-hover'));
    const refit = () => cy.fit(undefined, 30);
    const observer = new ResizeObserver(() => {
      cy.resize();
      refit();
    });
    if (container.current) observer.observe(container.current);
    cyRef.current = cy;
    window.__cySchema = cy;
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__cySchema === cy) delete window.__cySchema;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements as cytoscape.ElementDefinition[]);
    });
    cy.fit(undefined, 30);
  }, [elements]);

  return <div ref={container} className="schema-canvas" data-testid="schema-canvas" />;
}
