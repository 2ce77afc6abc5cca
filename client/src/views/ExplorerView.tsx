/**
 * The explorer: search, canvas, details with provenance, path finder, filters, legend; its whole
 * view in the URL (nodes, selection, hidden, pins, groups, positions, filters). Every change to
 * the set of nodes on the canvas is followed by the subgraph among them, so the canvas always shows
 * every relationship among its nodes ("connect result nodes"), after expand, restore, undo or path.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { fetchNeighborSummary, fetchNeighborhood, fetchSubgraph, type PathData } from '../api/canvas-operations';
import { useApi, useApiAction } from '../api/use-api';
import type { NodeKind } from '../generated/graphql';
import { KIND_STYLES } from '../graph/kinds';
import { explorerReducer, initialExplorerState, visibleNodes, type NeighbourGroup } from '../explorer/explorer-state';
import { canvasElements } from '../explorer/canvas-elements';
import { filtersFromParams, filtersToParams, isFiltering, passes, NO_FILTERS, type Filters } from '../explorer/filters';
import { explorerLinkParams, readExplorerLink } from '../explorer/explorer-url';
import { useExplorerCanvas } from '../explorer/use-explorer-canvas';
import { useUrlParams, writeUrlParams } from '../state/use-url-params';
import { fetchProperties } from '../export/node-properties';
import { SearchBox } from '../components/SearchBox';
import { DetailsPanel } from '../details/DetailsPanel';
import { PathFinder } from '../components/PathFinder';
import { Legend } from '../components/Legend';
import { FilterPanel } from '../components/FilterPanel';
import { NodeMenu } from '../components/NodeMenu';
import { ExportMenu } from '../components/ExportMenu';

/** More neighbours of one kind than this arrive as a group ("+43 Results") that opens on demand. */
const GROUP_THRESHOLD = 12;
/** Most nodes one expansion or one opened group brings. */
const EXPAND_LIMIT = 300;
/** Most nodes the API connects in one request (its subgraph bound). */
const CONNECT_LIMIT = 2000;
/** Below this window width the tools panel starts folded, so the canvas keeps most of a 1024 px screen. */
const WIDE = 1200;

interface MenuState {
  id: string;
  at: { x: number; y: number };
  /** Where focus goes back when the menu closes. */
  returnTo: HTMLElement | null;
}

export function ExplorerView() {
  const [params] = useUrlParams();
  const [link] = useState(() => readExplorerLink(params));
  const [state, dispatch] = useReducer(explorerReducer, undefined, initialExplorerState);
  const canvas = state.present;
  const [selected, setSelected] = useState<string | null>(link.selected);
  const [filters, setFilters] = useState<Filters>(() => filtersFromParams(params));
  const [highlight, setHighlight] = useState<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [hover, setHover] = useState<{ id: string; label: string; x: number; y: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [positionsVersion, setPositionsVersion] = useState(0);
  const [toolsOpen, setToolsOpen] = useState(() => window.innerWidth >= WIDE);
  const [detailsOpen, setDetailsOpen] = useState(true);
  const positions = useRef(link.positions);
  const container = useRef<HTMLDivElement>(null);
  const { run, busy: acting, error: actionError } = useApiAction();
  /** The node set whose relationships are all on the canvas already (a restore brings them with its nodes). */
  const connected = useRef<string | null>(null);

  // Connect result nodes: whenever the set of nodes changes, fetch every relationship among them.
  const nodeIds = useMemo(() => [...canvas.graph.nodes.keys()].sort(), [canvas.graph.nodes]);
  const nodeKey = nodeIds.length > 0 && nodeIds.length <= CONNECT_LIMIT ? nodeIds.join(',') : null;
  const connect = useApi(nodeKey, async (signal) => {
    if (nodeKey === connected.current) return -1;
    const sub = await fetchSubgraph(nodeIds, signal);
    connected.current = nodeKey;
    dispatch({ type: 'connect', subgraph: sub });
    return sub.edges.length;
  });

  // Restore the canvas a link describes, once: its nodes with every relationship among them, in place.
  useEffect(() => {
    const ids = [...new Set([...link.nodes, ...(link.selected ? [link.selected] : [])])];
    if (ids.length === 0) return;
    void run(async (signal) => {
      const sub = await fetchSubgraph(ids, signal);
      connected.current = sub.nodes
        .map((n) => n.id)
        .sort()
        .join(',');
      dispatch({ type: 'restore', subgraph: sub, hidden: link.hidden, pinned: link.pins, groups: link.groups });
    });
  }, [run, link]);

  // The link follows the canvas, the selection, the filters and the positions.
  useEffect(() => {
    writeUrlParams({ ...explorerLinkParams(canvas, selected, positions.current), ...filtersToParams(filters) });
  }, [canvas, selected, filters, positionsVersion]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (!(e.ctrlKey || e.metaKey) || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return;
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

  /** Brings in a node's neighbours; kinds with many neighbours arrive as "+N" groups to open on demand. */
  const expand = (id: string) =>
    run(async (signal) => {
      const kinds = (await fetchNeighborSummary(id, signal)).filter((g) => g.relationshipType === '*');
      const small = kinds.filter((g) => g.count <= GROUP_THRESHOLD).map((g) => g.kind);
      const big = kinds.filter((g) => g.count > GROUP_THRESHOLD);
      const sub =
        small.length > 0 ? await fetchNeighborhood(id, EXPAND_LIMIT, small, null, signal) : { nodes: [], edges: [], truncated: false };
      dispatch({
        type: 'expand',
        subgraph: sub,
        groups: big.map((g) => ({ parent: id, kind: g.kind, total: g.count })),
        dropGroups: small.map((kind) => ({ parent: id, kind })),
      });
      setNotice(big.length > 0 ? 'Large groups of neighbours are shown as “+N” nodes: click one to open it.' : null);
    });

  const expandBy = (id: string, by: { kinds?: NodeKind[]; types?: string[] }) =>
    run(async (signal) => {
      const sub = await fetchNeighborhood(id, EXPAND_LIMIT, by.kinds ?? null, by.types ?? null, signal);
      dispatch({
        type: 'expand',
        subgraph: sub,
        groups: [],
        dropGroups: sub.truncated ? [] : (by.kinds ?? []).map((kind) => ({ parent: id, kind })),
      });
      setNotice(sub.truncated ? `Only the first ${EXPAND_LIMIT} neighbours are shown.` : null);
    });

  const openGroup = (group: NeighbourGroup) =>
    run(async (signal) => {
      const sub = await fetchNeighborhood(group.parent, EXPAND_LIMIT, [group.kind], null, signal);
      // A group cut by the limit stays, saying how many are still not on the canvas.
      dispatch({
        type: 'expand',
        subgraph: sub,
        groups: [],
        dropGroups: sub.truncated ? [] : [{ parent: group.parent, kind: group.kind }],
      });
      setNotice(sub.truncated ? `Only the first ${EXPAND_LIMIT} of them are shown.` : null);
    });

  const open = (id: string) => {
    setSelected(id);
    if (canvas.graph.nodes.has(id)) return;
    void run(async (signal) => dispatch({ type: 'add', subgraph: await fetchSubgraph([id], signal) }));
  };

  const elements = useMemo(() => canvasElements(canvas, filters), [canvas, filters]);
  const cyRef = useExplorerCanvas(container, {
    elements,
    pinned: canvas.pinned,
    selected,
    highlighted: highlight,
    positions,
    handlers: {
      onTap: (id, isGroup) => {
        const group = isGroup ? canvas.groups.get(id) : undefined;
        if (group) void openGroup(group);
        else if (!isGroup) void expand(id);
      },
      onSelect: setSelected,
      onContext: (id, at) => setMenu({ id, at, returnTo: container.current }),
      onHover: setHover,
      onPositions: () => setPositionsVersion((v) => v + 1),
    },
  });

  const showPath = (p: PathData | null) =>
    setHighlight(p ? { nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) } : { nodes: [], edges: [] });
  const listed = visibleNodes(canvas).filter((n) => passes(n, filters));
  const menuNode = menu ? canvas.graph.nodes.get(menu.id) : undefined;
  const closeMenu = () => {
    const back = menu?.returnTo;
    setMenu(null);
    if (back?.isConnected) back.focus();
    else container.current?.focus();
  };
  /** The menu of a node, at its place on the canvas (or the corner when it is not drawn). */
  const openMenuFor = (id: string, returnTo: HTMLElement | null) => {
    const node = cyRef.current?.getElementById(id);
    const p = node && node.nonempty() && node.visible() ? node.renderedPosition() : { x: 8, y: 8 };
    setMenu({ id, at: { x: p.x, y: p.y }, returnTo });
  };
  const busy = acting || connect.status === 'loading';
  const error = actionError ?? connect.error;
  const groupsListed = [...canvas.groups.values()].filter(
    (g) => canvas.graph.nodes.has(g.parent) && elements.some((e) => e.data.id === g.id),
  );

  return (
    <div className="view explorer">
      <div className="toolbar">
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={toolsOpen}
          aria-controls="explorer-tools"
          data-testid="toggle-tools"
          title={toolsOpen ? 'Hide the tools panel' : 'Show the tools panel (path finder, filters, legend, list)'}
          onClick={() => setToolsOpen((o) => !o)}
        >
          {toolsOpen ? '◂ Tools' : '▸ Tools'}
        </button>
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
        <button type="button" onClick={() => cyRef.current?.fit(cyRef.current.elements(':visible'), 40)}>
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
        <ExportMenu getCy={() => cyRef.current} fetchProperties={(ids, onProgress) => fetchProperties(ids, onProgress)} />
        {busy && (
          <span className="hint" role="status" data-testid="busy">
            Loading…
          </span>
        )}
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={detailsOpen}
          aria-controls="explorer-details"
          data-testid="toggle-details"
          title={detailsOpen ? 'Hide the details panel' : 'Show the details panel'}
          onClick={() => setDetailsOpen((o) => !o)}
        >
          {detailsOpen ? 'Details ▸' : 'Details ◂'}
        </button>
      </div>
      <div className={`explorer-main${toolsOpen ? '' : ' tools-closed'}${detailsOpen ? '' : ' details-closed'}`}>
        <nav className="sidebar" id="explorer-tools" aria-label="Tools" hidden={!toolsOpen}>
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
                    aria-haspopup="menu"
                    onClick={(e) => openMenuFor(n.id, e.currentTarget)}
                  >
                    ⋯
                  </button>
                </li>
              ))}
              {groupsListed.map((g) => (
                <li key={g.id}>
                  <button type="button" className="link" onClick={() => void openGroup(g)}>
                    Open {String(elements.find((e) => e.data.id === g.id)?.data.label ?? '')} of {canvas.graph.nodes.get(g.parent)?.label}
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
          {nodeIds.length > CONNECT_LIMIT && (
            <div className="notice" role="status">
              More than {CONNECT_LIMIT} nodes: relationships among them are no longer completed.
            </div>
          )}
          {canvas.graph.nodes.size === 0 && (
            <p className="empty hint">
              Search for a drug, trial or population to start. Click a node to bring in its neighbours; right-click for more.
            </p>
          )}
          <div
            ref={container}
            className="canvas"
            data-testid="canvas"
            tabIndex={0}
            role="application"
            aria-label="Graph canvas. With a node selected: Enter expands it, Shift+F10 or the menu key opens its actions, Escape clears the selection."
            onKeyDown={(e) => {
              if (!selected || menu) return;
              if (e.key === 'Enter') {
                e.preventDefault();
                void expand(selected);
              } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
                e.preventDefault();
                openMenuFor(selected, container.current);
              } else if (e.key === 'Escape') setSelected(null);
            }}
          />
          {hover && !menu && (
            <div className="canvas-tooltip" role="tooltip" data-testid="canvas-tooltip" style={{ left: hover.x, top: hover.y }}>
              {hover.label}
            </div>
          )}
          {menu && menuNode && (
            <NodeMenu
              id={menu.id}
              label={menuNode.label}
              pinned={canvas.pinned.has(menu.id)}
              at={menu.at}
              onClose={closeMenu}
              expand={(id) => void expand(id)}
              expandBy={(id, by) => void expandBy(id, by)}
              collapse={(id) => dispatch({ type: 'collapse', id })}
              hide={(id) => dispatch({ type: 'hide', id })}
              remove={(id) => dispatch({ type: 'remove', id })}
              togglePin={(id) => dispatch({ type: 'togglePin', id })}
            />
          )}
        </section>
        <aside className="details" id="explorer-details" aria-label="Details" hidden={!detailsOpen}>
          <DetailsPanel id={selected} onOpen={open} />
        </aside>
      </div>
    </div>
  );
}
