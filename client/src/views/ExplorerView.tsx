import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchNeighborhood, fetchSubgraph, type PathData, type SubgraphData } from '../api/queries';
import { emptyGraph, mergeGraph, type GraphState } from '../graph/graph-model';
import { useCytoscape } from '../graph/use-cytoscape';
import { KIND_STYLES } from '../graph/kinds';
import { formatUrlState, parseUrlState } from '../state/url-state';
import { SearchBox } from '../components/SearchBox';
import { DetailsPanel } from '../components/DetailsPanel';
import { PathFinder } from '../components/PathFinder';
import { Legend } from '../components/Legend';

/** Neighbours shown per click: a hub (Placebo, Pan-NETs) arrives in readable portions. */
const EXPAND_LIMIT = 40;

/** The explorer: search, canvas, details with provenance, path finder, legend; its state in the URL. */
export function ExplorerView() {
  const [graph, setGraph] = useState<GraphState>(emptyGraph);
  const [selected, setSelected] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const container = useRef<HTMLDivElement>(null);

  const add = useCallback((sub: SubgraphData) => setGraph((g) => mergeGraph(g, sub.nodes, sub.edges)), []);

  /** Puts nodes on the canvas with every relationship they have to what is already there. */
  const place = useCallback(
    async (ids: string[]) => {
      try {
        add(await fetchSubgraph([...new Set([...graphRef.current.nodes.keys(), ...ids])]));
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [add],
  );

  const expand = useCallback(
    async (id: string) => {
      try {
        const sub = await fetchNeighborhood(id, EXPAND_LIMIT);
        add(sub);
        setNotice(sub.truncated ? `${sub.nodes.find((n) => n.id === id)?.label ?? id} has more than ${EXPAND_LIMIT} neighbours; the first ${EXPAND_LIMIT} are shown.` : null);
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [add],
  );

  useCytoscape(container, graph, expand, setSelected, highlight);

  useEffect(() => {
    const initial = parseUrlState(window.location.search);
    if (initial.nodes.length > 0) void place(initial.nodes);
    if (initial.selected) setSelected(initial.selected);
  }, [place]);

  useEffect(() => {
    const url = `${window.location.pathname}${formatUrlState({ nodes: [...graph.nodes.keys()], selected })}`;
    window.history.replaceState(null, '', url);
  }, [graph, selected]);

  const open = (id: string) => {
    void place([id]);
    setSelected(id);
  };

  const showPath = (p: PathData | null) => setHighlight(p ? { nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) } : { nodes: [], edges: [] });

  return (
    <div className="view explorer">
      <div className="toolbar">
        <SearchBox
          label="Search the evidence"
          placeholder="Drug, trial, population, endpoint… (e.g. sunitinib, RADIANT-3, G3)"
          testId="search"
          onPick={(node) => open(node.id)}
        />
        <button type="button" onClick={() => window.__cy?.fit(undefined, 40)}>Fit</button>
        <button type="button" onClick={() => { setGraph(emptyGraph()); setSelected(null); setHighlight({ nodes: [], edges: [] }); }}>Clear</button>
      </div>
      <div className="explorer-main">
        <nav className="sidebar" aria-label="Tools">
          <PathFinder onPaths={(paths) => paths.forEach((p) => add({ nodes: p.nodes, edges: p.edges, truncated: false }))} onHighlight={showPath} />
          <Legend />
          <section className="panel" aria-labelledby="canvas-list-title">
            <h2 id="canvas-list-title">On the canvas ({graph.nodes.size})</h2>
            <ul className="canvas-list" data-testid="canvas-list">
              {[...graph.nodes.values()].map((n) => (
                <li key={n.id}>
                  <button type="button" className="link" onClick={() => setSelected(n.id)} onDoubleClick={() => void expand(n.id)}>
                    {KIND_STYLES[n.kind].label}: {n.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </nav>
        <section className="canvas-wrap" aria-label="Graph canvas">
          {notice && <div className="notice" role="status">{notice}</div>}
          {error && <div className="error" role="alert">{error}</div>}
          {graph.nodes.size === 0 && <p className="empty hint">Search for a drug, trial or population to start. Click a node to bring in its neighbours.</p>}
          <div ref={container} className="canvas" data-testid="canvas" />
        </section>
        <DetailsPanel id={selected} onOpen={open} />
      </div>
    </div>
  );
}
