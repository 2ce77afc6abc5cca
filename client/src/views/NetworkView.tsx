/**
 * The network of randomized evidence (the network plot of network meta-analysis): interventions
 * sized by their trials, head-to-head comparisons as edges as wide as their enrolment, labelled
 * with their trials and effect size, routed around the nodes they do not join, marked where a
 * trial is randomized by its registry record only; click an edge (or pick it from the list) for
 * its trials; every trial of the population listed with why it is or is not an edge; optional
 * population filter; state in the URL.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import { useUrlParams } from '../state/use-url-params';
import { fetchEvidenceNetwork, fetchNetworkTrials, type EvidenceNetworkData } from '../api/network-operations';
import { fetchNames } from '../api/canvas-operations';
import { useApi } from '../api/use-api';
import { bindCytoscape, useCytoscapeInstance } from '../graph/use-cytoscape-instance';
import { SearchBox } from '../components/SearchBox';
import { networkStylesheet } from '../network/network-style';
import { circleOrder, enrolledText, enrolmentBrief, toNetworkElements, trialsText } from '../network/network-elements';
import { routeEdge, segmentStyle, type Circle } from '../network/edge-routing';
import { REASON_HEADINGS, trialReasons, type ReasonCode } from '../network/trial-reasons';
import { networkParams, parseNetworkState, type NetworkState } from '../network/network-url';
import { explorerHref } from '../compare/compare-row';

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

/** Bends every edge around the nodes it does not join (segments drawn exactly as routed), straight where nothing is in the way. */
function routeAll(cy: cytoscape.Core): void {
  const circles: Circle[] = cy.nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), r: n.width() / 2 }));
  const byId = new Map(circles.map((c) => [c.id, c]));
  cy.batch(() =>
    cy.edges().forEach((e) => {
      const s = byId.get(e.source().id())!;
      const t = byId.get(e.target().id())!;
      const bends = routeEdge(s, t, circles);
      if (bends.length === 0) {
        e.removeStyle('curve-style segment-weights segment-distances edge-distances');
        e.removeClass('routed');
        return;
      }
      const { weights, distances } = segmentStyle(s, t, bends);
      e.style({
        'curve-style': 'segments',
        'edge-distances': 'node-position',
        'segment-weights': weights.join(' '),
        'segment-distances': distances.join(' '),
      });
      e.addClass('routed');
    }),
  );
}

export function NetworkView() {
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => parseNetworkState(params), [params]);
  const [named, setNamed] = useState<{ id: string; name: string } | null>(null);
  const [node, setNode] = useState<string | null>(null);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; text: string } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const update = (changes: Partial<NetworkState>) => setParams(networkParams({ ...state, ...changes }));
  const pick = {
    edge: (id: string) => {
      setNode(null);
      update({ edge: id });
    },
    node: (id: string) => {
      setNode(id);
      update({ edge: null });
    },
    clear: () => {
      setNode(null);
      update({ edge: null });
    },
  };

  const load = useApi(state.population ?? '*', (signal) => fetchEvidenceNetwork(state.population, signal));
  const trials = useApi(state.population ?? '*', (signal) => fetchNetworkTrials(state.population, signal));
  const populationKey = state.population && named?.id !== state.population ? state.population : null;
  const population = useApi(
    populationKey,
    async (signal) => (await fetchNames([populationKey!], signal))[0]?.name ?? `${populationKey} (unknown)`,
  );
  const populationName = state.population ? (named?.id === state.population ? named.name : (population.data ?? null)) : null;

  const cyRef = useCytoscapeInstance(container, {
    expose: '__cyNetwork',
    style: networkStylesheet,
    options: { minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false, autounselectify: true },
  });
  const onEdge = useEffectEvent((id: string) => pick.edge(id));
  const onNode = useEffectEvent((id: string) => pick.node(id));
  const onBackground = useEffectEvent(() => pick.clear());

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    return bindCytoscape(cy, [
      ['tap', 'edge', (evt) => onEdge(evt.target.id())],
      ['tap', 'node', (evt) => onNode(evt.target.id())],
      [
        'tap',
        null,
        (evt) => {
          if (evt.target === cy) onBackground();
        },
      ],
      [
        'mouseover',
        'edge',
        (evt) => setTooltip({ x: evt.renderedPosition.x, y: evt.renderedPosition.y, text: evt.target.data('tooltip') }),
      ],
      ['mouseout', 'edge', () => setTooltip(null)],
      ['viewport', null, () => setTooltip(null)],
      ['dragfree', 'node', () => routeAll(cy)],
    ]);
  }, [cyRef]);

  const data = load.status === 'done' ? load.data : null;

  // Elements and layout: rebuilt whenever the network or the layout changes; edges routed after.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !data) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toNetworkElements(data));
    });
    if (cy.nodes().length > 0) {
      cy.layout(layoutOptions(state.layout, data)).run();
      routeAll(cy);
      cy.fit(undefined, 50);
    }
  }, [cyRef, data, state.layout]);

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
  }, [cyRef, state.edge, node, data]);

  const edge = data && state.edge ? (data.edges.find((e) => e.id === state.edge) ?? null) : null;
  const nodeData = data && node ? (data.nodes.find((n) => n.intervention.id === node) ?? null) : null;
  const reasons = useMemo(
    () => (data && trials.status === 'done' ? trialReasons(trials.data, data.edges) : []),
    [data, trials.status, trials.data],
  );
  const drawn = reasons.filter((r) => r.isEdge);
  const left = reasons.filter((r) => !r.isEdge);
  const leftByCode = [...new Set(left.map((r) => r.code))].map((code) => ({
    code: code as Exclude<ReasonCode, 'edge'>,
    items: left.filter((r) => r.code === code),
  }));
  const elements = useMemo(() => (data ? toNetworkElements(data) : []), [data]);
  const effectOf = (id: string) => {
    const found = elements.find((e) => e.group === 'edges' && e.data.id === id);
    return found?.group === 'edges' ? found.data : undefined;
  };

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
              {load.error}
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
            Each edge is a head-to-head comparison in randomized controlled trials, labelled with its trials and, where one is reported, the
            effect (hazard ratio with its CI); a node's size follows its number of trials, an edge's width the patients enrolled in the
            trials whose enrolment the review states (dashed: none states it). Teal edges rest on trials the review does not call randomized
            but whose registry record does. Edges bend around therapies they do not join. Click an edge or pick a comparison below.
          </p>
          {edge && (
            <section className="panel network-details" data-testid="network-edge-details" aria-live="polite">
              <h2>
                {edge.source.name} vs {edge.target.name}
              </h2>
              <p>
                {trialsText(edge.studies.length)}: {enrolledText(edge)}.
              </p>
              {effectOf(edge.id)?.effect && <p data-testid="network-edge-effect">Effect: {String(effectOf(edge.id)?.effect)}</p>}
              <ul>
                {edge.studies.map((s) => (
                  <li key={s.id}>
                    <a href={explorerHref(s.id)}>{s.name}</a>
                    <span className="hint">
                      {s.phase ? ` · phase ${s.phase}` : ''}
                      {typeof s.enrolled === 'number' ? ` · ${s.enrolled} enrolled` : ' · enrolment not stated'}
                    </span>
                    {s.evidenceBasis === 'REGISTRY' && (
                      <span className="registry-basis" data-testid="registry-basis" title={s.evidenceNote ?? undefined}>
                        {' '}
                        · randomized (registry): {s.evidenceNote}
                      </span>
                    )}
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
                    <button type="button" className="link" aria-pressed={e.id === state.edge} onClick={() => pick.edge(e.id)}>
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
          {trials.status === 'loading' && <p className="hint">Reading every trial of {populationName ?? 'the graph'}…</p>}
          {trials.status === 'error' && (
            <div role="alert" className="error">
              {trials.error}
            </div>
          )}
          {reasons.length > 0 && (
            <section className="panel" aria-labelledby="trial-reasons-title" data-testid="trial-reasons">
              <h2 id="trial-reasons-title">Why a trial is or is not an edge</h2>
              <details open>
                <summary>
                  Drawn as edges ({drawn.length} trial{drawn.length === 1 ? '' : 's'})
                </summary>
                <ul>
                  {drawn.map((r) => (
                    <li key={r.trial.id} data-testid="trial-reason" data-study={r.trial.id} data-code={r.code}>
                      <a href={explorerHref(r.trial.id)}>{r.trial.name}</a>: {r.text}
                    </li>
                  ))}
                </ul>
              </details>
              {leftByCode.map((g) => (
                <details key={g.code}>
                  <summary>
                    {REASON_HEADINGS[g.code]} ({g.items.length})
                  </summary>
                  <ul>
                    {g.items.map((r) => (
                      <li key={r.trial.id} data-testid="trial-reason" data-study={r.trial.id} data-code={r.code}>
                        <a href={explorerHref(r.trial.id)}>{r.trial.name}</a>: {r.text}
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
