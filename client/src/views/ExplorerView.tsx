import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { fetchNeighborSummary, fetchNeighborhood, fetchSubgraph, type PathData } from '../api/queries';
import type { NodeKind } from '../generated/graphql';
import { useCytoscape } from '../graph/use-cytoscape';
import { KIND_STYLES } from '../graph/kinds';
import { explorerReducer, initialExplorerState, visibleNodes } from '../explorer/explorer-state';
import { canvasElements } from '../explorer/canvas-elements';
import { filtersFromParams, filtersToParams, isFiltering, passes, NO_FILTERS, type Filters } from '../explorer/filters';
import { useUrlParams } from '../state/use-url-params';
import { idsFromParam as ids } from '../explorer/explorer-url';
import { SearchBox } from '../components/SearchBox';
import { DetailsPanel } from '../components/DetailsPanel';
import { PathFinder } from '../components/PathFinder';
import { Legend } from '../components/Legend';
import { FilterPanel } from '../components/FilterPanel';
import { NodeMenu } from '../components/NodeMenu';
import { ExportMenu } from '../components/ExportMenu';

/** More neighbours of one kind than this arrive as a group ("+43 Results") that opens on demand. */
const GROUP_THRESHOLD = 12;
/** Most nodes one expansion or one opened group brings. */
const EXPAND_LIMIT = 300;

/** The explorer: search, canvas, details with provenance, path finder, filters, legend; its state in the URL. */
export function ExplorerView() {
  const [params, setParams] = useUrlParams();
  const [state, dispatch] = useReducer(explorerReducer, undefined, initialExplorerState);
  const canvas = state.present;
  const [selected, setSelected] = useState<string | null>(() => ids(params, 'selected')[0] ?? null);
  const [filters, setFilters] = useState<Filters>(() => filtersFromParams(params));
  const [highlight, setHighlight] = useState<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canvasRef = useRef(canvas);
  canvasRef.current = canvas;
  const container = useRef<HTMLDivElement>(null);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, []);

  /** Puts nodes on the canvas with every relationship they have to what is already there. */
  const place = useCallback(
    (nodeIds: string[]) =>
      run(async () =>
        dispatch({ type: 'add', subgraph: await fetchSubgraph([...new Set([...canvasRef.current.graph.nodes.keys(), ...nodeIds])]) }),
      ),
    [run],
  );

  /** Brings in a node's neighbours; kinds with many neighbours arrive as groups to open on demand. */
  const expand = useCallback(
    (id: string) =>
      run(async () => {
        const summary = (await fetchNeighborSummary(id)).filter((g) => g.relationshipType === '*');
        const onCanvas = (kind: NodeKind) =>
          [...canvasRef.current.graph.edges.values()].filter(
            (e) =>
              (e.source === id || e.target === id) &&
              canvasRef.current.graph.nodes.get(e.source === id ? e.target : e.source)?.kind === kind,
          ).length;
        const small = summary.filter((g) => g.count <= GROUP_THRESHOLD).map((g) => g.kind);
        const big = summary.filter((g) => g.count > GROUP_THRESHOLD);
        const sub = small.length > 0 ? await fetchNeighborhood(id, EXPAND_LIMIT, small) : { nodes: [], edges: [], truncated: false };
        const groups = big.map((g) => ({ parent: id, kind: g.kind, count: g.count - onCanvas(g.kind) }));
        dispatch({ type: 'expand', subgraph: sub, groups });
        setNotice(groups.some((g) => g.count > 0) ? 'Large groups of neighbours are shown as “+N” nodes: click one to open it.' : null);
      }),
    [run],
  );

  const expandBy = useCallback(
    (id: string, by: { kinds?: NodeKind[]; types?: string[] }) =>
      run(async () => {
        const sub = await fetchNeighborhood(id, EXPAND_LIMIT, by.kinds ?? null, by.types ?? null);
        const groups = (by.kinds ?? []).map((kind) => ({ parent: id, kind, count: 0 }));
        dispatch({ type: 'expand', subgraph: sub, groups });
        setNotice(sub.truncated ? `Only the first ${EXPAND_LIMIT} neighbours are shown.` : null);
      }),
    [run],
  );

  const openGroup = useCallback(
    (groupId: string) => {
      const group = canvasRef.current.groups.get(groupId);
      if (!group) return;
      return run(async () => {
        const sub = await fetchNeighborhood(group.parent, EXPAND_LIMIT, [group.kind]);
        dispatch({ type: 'openGroup', groupId, subgraph: sub });
        setNotice(sub.truncated ? `Only the first ${EXPAND_LIMIT} of them are shown.` : null);
      });
    },
    [run],
  );

  const elements = useMemo(() => canvasElements(canvas, filters), [canvas, filters]);
  const cyRef = useCytoscape(container, elements, canvas.pinned, highlight, {
    onTap: (id, isGroup) => void (isGroup ? openGroup(id) : expand(id)),
    onSelect: setSelected,
    onContext: (id, at) => setMenu({ id, at }),
  });

  // Restore the canvas a link describes, once.
  useEffect(() => {
    const initial = [...ids(params, 'nodes'), ...ids(params, 'selected')];
    if (initial.length === 0) return;
    void run(async () => {
      dispatch({ type: 'add', subgraph: await fetchSubgraph(initial) });
      for (const id of ids(params, 'hidden')) dispatch({ type: 'hide', id });
      for (const id of ids(params, 'pins')) dispatch({ type: 'togglePin', id });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    setParams({
      nodes: [...canvas.graph.nodes.keys()].join(',') || null,
      selected,
      hidden: [...canvas.hidden].join(',') || null,
      pins: [...canvas.pinned].join(',') || null,
      ...filtersToParams(filters),
    });
  }, [canvas, selected, filters, setParams]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).tagName === 'INPUT') return;
      if (e.key.toLowerCase() === 'z') {
        e.preventDefault();
        dispatch({ type: e.shiftKey ? 'redo' : 'undo' });
      } else if (e.key.toLowerCase() === 'y') {
        e.preventDefault();
        dispatch({ type: 'redo' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = (id: string) => {
    void place([id]);
    setSelected(id);
  };

  const showPath = (p: PathData | null) =>
    setHighlight(p ? { nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) } : { nodes: [], edges: [] });
  const listed = visibleNodes(canvas).filter((n) => passes(n, filters));
  const menuNode = menu ? canvas.graph.nodes.get(menu.id) : undefined;

  return (
    <div className="view explorer">
      <div className="toolbar">
        <SearchBox
          label="Search the evidence"
          placeholder="Drug, trial, population, endpoint… (e.g. sunitinib, RADIANT-3, G3)"
          testId="search"
          onPick={(node) => open(node.id)}
        />
        <button
          type="button"
          data-testid="undo"
          disabled={state.past.length === 0}
          onClick={() => dispatch({ type: 'undo' })}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          data-testid="redo"
          disabled={state.future.length === 0}
          onClick={() => dispatch({ type: 'redo' })}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button type="button" onClick={() => cyRef.current?.fit(cyRef.current.elements().not('.hidden, .filtered'), 40)}>
          Fit
        </button>
        <button
          type="button"
          data-testid="show-hidden"
          disabled={canvas.hidden.size === 0}
          onClick={() => dispatch({ type: 'showHidden' })}
        >
          Show hidden ({canvas.hidden.size})
        </button>
        <button
          type="button"
          disabled={canvas.graph.nodes.size === 0}
          onClick={() => {
            dispatch({ type: 'clear' });
            setSelected(null);
            setHighlight({ nodes: [], edges: [] });
          }}
        >
          Clear
        </button>
        <ExportMenu getCy={() => cyRef.current} />
        {busy && (
          <span className="hint" role="status">
            Loading…
          </span>
        )}
      </div>
      <div className="explorer-main">
        <nav className="sidebar" aria-label="Tools">
          <PathFinder
            onPaths={(paths) =>
              paths.forEach((p) => dispatch({ type: 'add', subgraph: { nodes: p.nodes, edges: p.edges, truncated: false } }))
            }
            onHighlight={showPath}
          />
          <FilterPanel filters={filters} nodes={[...canvas.graph.nodes.values()]} onChange={setFilters} />
          {isFiltering(filters) && (
            <button type="button" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          )}
          <Legend />
          <section className="panel" aria-labelledby="canvas-list-title">
            <h2 id="canvas-list-title">
              On the canvas ({listed.length}
              {listed.length !== canvas.graph.nodes.size ? ` of ${canvas.graph.nodes.size}` : ''})
            </h2>
            <ul className="canvas-list" data-testid="canvas-list">
              {listed.map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className="link"
                    aria-current={n.id === selected ? 'true' : undefined}
                    onClick={() => setSelected(n.id)}
                  >
                    {KIND_STYLES[n.kind].label}: {n.label}
                  </button>{' '}
                  <button
                    type="button"
                    className="menu-button"
                    aria-label={`Actions for ${n.label}`}
                    onClick={(e) =>
                      setMenu({ id: n.id, at: { x: 40, y: (e.currentTarget as HTMLElement).getBoundingClientRect().top - 120 } })
                    }
                  >
                    ⋯
                  </button>
                </li>
              ))}
              {[...canvas.groups.values()]
                .filter((g) => canvas.graph.nodes.has(g.parent))
                .map((g) => (
                  <li key={g.id}>
                    <button type="button" className="link" onClick={() => void openGroup(g.id)}>
                      Open +{g.count} {KIND_STYLES[g.kind].label} of {canvas.graph.nodes.get(g.parent)?.label}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        </nav>
        <section className="canvas-wrap" aria-label="Graph canvas">
          {notice && (
            <div className="notice" role="status">
              {notice}
            </div>
          )}
          {error && (
            <div className="error" role="alert">
              {error}
            </div>
          )}
          {canvas.graph.nodes.size === 0 && (
            <p className="empty hint">
              Search for a drug, trial or population to start. Click a node to bring in its neighbours; right-click for more.
            </p>
          )}
          <div ref={container} className="canvas" data-testid="canvas" />
          {menu && menuNode && (
            <NodeMenu
              id={menu.id}
              label={menuNode.label}
              pinned={canvas.pinned.has(menu.id)}
              at={menu.at}
              onClose={() => setMenu(null)}
              expand={(id) => void expand(id)}
              expandBy={(id, by) => void expandBy(id, by)}
              collapse={(id) => dispatch({ type: 'collapse', id })}
              hide={(id) => dispatch({ type: 'hide', id })}
              remove={(id) => dispatch({ type: 'remove', id })}
              togglePin={(id) => dispatch({ type: 'togglePin', id })}
            />
          )}
        </section>
        <DetailsPanel id={selected} onOpen={open} />
      </div>
    </div>
  );
}
