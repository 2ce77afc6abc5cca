import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import { useUrlParams } from '../state/use-url-params';
import { fetchEvidenceNetwork, fetchNames, type EvidenceNetworkData } from '../api/compare-queries';
import { registerExtensions } from '../graph/register';
import { SearchBox } from '../components/SearchBox';
import { networkStylesheet } from '../network/network-style';
import { circleOrder, enrolledText, enrolmentBrief, toNetworkElements, trialsText } from '../network/network-elements';
import { networkParams, parseNetworkState, type NetworkState } from '../network/network-url';
import { explorerHref } from '../compare/compare-row';

declare global {
  interface Window {
    /** The evidence network's Cytoscape instance, for end-to-end tests and the console. */
    __cyNetwork?: cytoscape.Core;
  }
}

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; data: EvidenceNetworkData };

function layoutOptions(layout: NetworkState['layout'], data: EvidenceNetworkData): cytoscape.LayoutOptions {
  if (layout === 'fcose') {
    return {
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      nodeRepulsion: () => 60000,
      idealEdgeLength: () => 230,
      edgeElasticity: () => 0.3,
      nodeSeparation: 120,
      gravity: 0.2,
      padding: 50,
    } as cytoscape.LayoutOptions;
  }
  const order = circleOrder(
    data.nodes.map((n) => n.intervention.id),
    data.edges.map((e) => ({ source: e.source.id, target: e.target.id })),
  );
  return {
    name: 'circle',
    animate: false,
    padding: 50,
    avoidOverlap: true,
    sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => order.indexOf(a.id()) - order.indexOf(b.id()),
  } as cytoscape.LayoutOptions;
}

/**
 * The network of randomized evidence (the network plot of network meta-analysis): interventions
 * sized by their trials, head-to-head comparisons as edges as wide as their enrolment; click an
 * edge (or pick it from the list) for its trials; optional population filter; state in the URL.
 */
export function NetworkView() {
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => parseNetworkState(params), [params]);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [named, setNamed] = useState<{ id: string; name: string } | null>(null);
  const populationName = state.population && named?.id === state.population ? named.name : null;
  const [node, setNode] = useState<string | null>(null);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; text: string } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const update = (changes: Partial<NetworkState>) => setParams(networkParams({ ...state, ...changes }));
  const handlers = useRef({ edge: (_id: string) => {}, node: (_id: string) => {}, clear: () => {} });
  handlers.current = {
    edge: (id) => {
      setNode(null);
      update({ edge: id });
    },
    node: (id) => {
      setNode(id);
      update({ edge: null });
    },
    clear: () => {
      setNode(null);
      update({ edge: null });
    },
  };

  useEffect(() => {
    registerExtensions();
    const cy = cytoscape({
      container: container.current,
      style: networkStylesheet,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    cy.on('tap', 'edge', (evt) => handlers.current.edge(evt.target.id()));
    cy.on('tap', 'node', (evt) => handlers.current.node(evt.target.id()));
    cy.on('tap', (evt) => {
      if (evt.target === cy) handlers.current.clear();
    });
    cy.on('mouseover', 'edge', (evt) =>
      setTooltip({ x: evt.renderedPosition.x, y: evt.renderedPosition.y, text: evt.target.data('tooltip') }),
    );
    cy.on('mouseout', 'edge', () => setTooltip(null));
    cy.on('viewport', () => setTooltip(null));
    cyRef.current = cy;
    window.__cyNetwork = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (window.__cyNetwork === cy) delete window.__cyNetwork;
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    fetchEvidenceNetwork(state.population, controller.signal)
      .then((data) => setLoad({ status: 'done', data }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setLoad({ status: 'error', message: e.message });
      });
    return () => controller.abort();
  }, [state.population]);

  // The population's name, for a filter that came in a link.
  useEffect(() => {
    const id = state.population;
    if (!id || populationName) return;
    const controller = new AbortController();
    fetchNames([id], controller.signal)
      .then((nodes) => setNamed({ id, name: nodes[0]?.name ?? `${id} (unknown)` }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setNamed({ id, name: id });
      });
    return () => controller.abort();
  }, [state.population, populationName]);

  // Elements and layout: rebuilt whenever the network or the layout changes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || load.status !== 'done') return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toNetworkElements(load.data));
    });
    if (cy.nodes().length > 0) {
      cy.layout(layoutOptions(state.layout, load.data)).run();
      cy.fit(undefined, 50);
    }
  }, [load, state.layout]);

  // Highlight of the chosen comparison or intervention.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('chosen faded');
      const chosen = state.edge ? cy.getElementById(state.edge) : node ? cy.getElementById(node) : null;
      if (!chosen || chosen.empty()) return;
      const keep = state.edge ? chosen.union(chosen.connectedNodes()) : chosen.closedNeighborhood();
      chosen.addClass('chosen');
      cy.elements().difference(keep).addClass('faded');
    });
  }, [state.edge, node, load]);

  const data = load.status === 'done' ? load.data : null;
  const edge = data && state.edge ? (data.edges.find((e) => e.id === state.edge) ?? null) : null;
  const nodeData = data && node ? (data.nodes.find((n) => n.intervention.id === node) ?? null) : null;

  return (
    <div className="view network">
      <div className="toolbar">
        <SearchBox
          label="Population (its subsets included)"
          kinds={['POPULATION']}
          placeholder="e.g. Pan-NETs, SI-NETs"
          testId="network-population-search"
          onPick={(n) => {
            setNamed({ id: n.id, name: n.name });
            setNode(null);
            update({ population: n.id, edge: null });
          }}
        />
        {state.population && (
          <span className="network-chip" data-testid="network-population">
            {populationName ?? state.population}
            <button
              type="button"
              aria-label={`Remove population ${populationName ?? state.population}`}
              onClick={() => update({ population: null, edge: null })}
            >
              ×
            </button>
          </span>
        )}
        <label className="network-layout">
          <span className="search-label">Layout</span>
          <select
            value={state.layout}
            onChange={(e) => update({ layout: e.target.value === 'circle' ? 'circle' : 'fcose' })}
            data-testid="network-layout"
          >
            <option value="fcose">Force-directed</option>
            <option value="circle">Circle</option>
          </select>
        </label>
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 50)}>
          Fit
        </button>
      </div>
      <div className="network-main">
        <section className="canvas-wrap" aria-label="Evidence network canvas">
          {load.status === 'loading' && (
            <p className="notice network-overlay" role="status">
              Loading the evidence network…
            </p>
          )}
          {load.status === 'error' && (
            <div className="error network-overlay" role="alert">
              {load.message}
            </div>
          )}
          {data && data.edges.length === 0 && (
            <p className="empty hint" role="status" data-testid="network-empty">
              No randomized trial compared two therapies head to head{state.population ? ` in ${populationName ?? state.population}` : ''}.
            </p>
          )}
          <div ref={container} className="canvas" data-testid="network-canvas" />
          {tooltip && (
            <div className="network-tooltip" role="tooltip" style={{ left: tooltip.x + 14, top: tooltip.y + 14 }}>
              {tooltip.text}
            </div>
          )}
        </section>
        <aside className="network-side" aria-label="Comparisons">
          <p className="hint">
            Each edge is a head-to-head comparison in randomized controlled trials; a node's size follows its number of trials, an edge's
            width the patients enrolled in the trials whose enrolment the review states (dashed: none states it). Click an edge or pick a
            comparison below.
          </p>
          {edge && (
            <section className="panel network-details" data-testid="network-edge-details" aria-live="polite">
              <h2>
                {edge.source.name} vs {edge.target.name}
              </h2>
              <p>
                {trialsText(edge.studies.length)}: {enrolledText(edge)}.
              </p>
              <ul>
                {edge.studies.map((s) => (
                  <li key={s.id}>
                    <a href={explorerHref(s.id)}>{s.name}</a>
                    <span className="hint">
                      {s.phase ? ` · phase ${s.phase}` : ''}
                      {typeof s.enrolled === 'number' ? ` · ${s.enrolled} enrolled` : ' · enrolment not stated'}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {state.edge && data && !edge && <p className="notice">That comparison is not in this network.</p>}
          {nodeData && (
            <section className="panel network-details" data-testid="network-node-details" aria-live="polite">
              <h2>{nodeData.intervention.name}</h2>
              <p>
                {trialsText(nodeData.studyCount)} with an arm that received it.{' '}
                <a href={explorerHref(nodeData.intervention.id)}>Open in the explorer</a>
              </p>
            </section>
          )}
          {data && data.edges.length > 0 && (
            <section className="panel">
              <h2>Comparisons ({data.edges.length})</h2>
              <ul className="network-edges" data-testid="network-edge-list">
                {data.edges.map((e) => (
                  <li key={e.id}>
                    <button type="button" className="link" aria-pressed={e.id === state.edge} onClick={() => handlers.current.edge(e.id)}>
                      {e.source.name} vs {e.target.name}
                    </button>
                    <span className="hint">
                      {' '}
                      — {trialsText(e.studies.length)}, {enrolmentBrief(e)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
