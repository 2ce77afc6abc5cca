/**
 * The context menu of a node: expand (all, by kind, by relationship type), collapse, hide, pin,
 * remove. It always fits the canvas (placed, then moved and given a height that fits, scrolling
 * inside), keeps the long per-relationship list folded, is driven by the keyboard (arrows, Home,
 * End, Escape) and hands focus back to where it came from when it closes.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fetchNeighborSummary } from '../api/canvas-operations';
import { useApi } from '../api/use-api';
import { KIND_STYLES } from '../graph/kinds';
import type { NodeKind } from '../generated/graphql';

export interface NodeMenuActions {
  expand(id: string): void;
  expandBy(id: string, by: { kinds?: NodeKind[]; types?: string[] }): void;
  collapse(id: string): void;
  hide(id: string): void;
  remove(id: string): void;
  togglePin(id: string): void;
}

interface Props extends NodeMenuActions {
  id: string;
  label: string;
  pinned: boolean;
  /** Where it was asked for, in pixels of the box it is drawn in. */
  at: { x: number; y: number };
  /** Closes the menu; the caller returns focus. */
  onClose(): void;
}

/** Margin kept between the menu and the edges of the canvas. */
const MARGIN = 8;

export function NodeMenu({ id, label, pinned, at, onClose, ...actions }: Props) {
  const summary = useApi(id, (signal) => fetchNeighborSummary(id, signal));
  const [byTypeOpen, setByTypeOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  // Fit the box it is drawn in: move left/up as far as needed, never past the top-left corner.
  useLayoutEffect(() => {
    const menu = ref.current;
    const box = menu?.offsetParent as HTMLElement | null;
    if (!menu || !box) return;
    const maxHeight = box.clientHeight - 2 * MARGIN;
    menu.style.maxHeight = `${maxHeight}px`;
    const height = Math.min(menu.scrollHeight, maxHeight);
    const width = menu.offsetWidth;
    menu.style.left = `${Math.max(MARGIN, Math.min(at.x, box.clientWidth - width - MARGIN))}px`;
    menu.style.top = `${Math.max(MARGIN, Math.min(at.y, box.clientHeight - height - MARGIN))}px`;
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [id]);

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const act = (f: () => void) => () => {
    f();
    onClose();
  };
  const groups = summary.data ?? [];
  const byKind = groups.filter((g) => g.relationshipType === '*');
  const byType = [...new Set(groups.filter((g) => g.relationshipType !== '*').map((g) => g.relationshipType))].map((type) => ({
    type,
    count: groups.filter((g) => g.relationshipType === type).reduce((n, g) => n + g.count, 0),
  }));

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={`Actions for ${label}`}
      className="node-menu"
      data-testid="node-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => {
        const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        const i = items.indexOf(document.activeElement as HTMLButtonElement);
        const go = (n: number) => {
          e.preventDefault();
          items[(n + items.length) % items.length]?.focus();
        };
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        } else if (e.key === 'ArrowDown') go(i + 1);
        else if (e.key === 'ArrowUp') go(i - 1);
        else if (e.key === 'Home') go(0);
        else if (e.key === 'End') go(items.length - 1);
        else if (e.key === 'Tab') go(i + (e.shiftKey ? -1 : 1));
      }}
    >
      <div className="node-menu-title">{label}</div>
      <button type="button" role="menuitem" onClick={act(() => actions.expand(id))}>
        Expand
      </button>
      {summary.error && (
        <div role="alert" className="error">
          {summary.error}
        </div>
      )}
      {summary.status === 'loading' && <div className="hint">Counting neighbours…</div>}
      {byKind.length > 0 && <div className="node-menu-section">Expand by kind</div>}
      {byKind.map((g) => (
        <button key={g.kind} type="button" role="menuitem" onClick={act(() => actions.expandBy(id, { kinds: [g.kind] }))}>
          {KIND_STYLES[g.kind].label} ({g.count})
        </button>
      ))}
      {byType.length > 0 && (
        <button
          type="button"
          role="menuitem"
          aria-expanded={byTypeOpen}
          className="node-menu-toggle"
          onClick={() => setByTypeOpen((o) => !o)}
        >
          {byTypeOpen ? '▾' : '▸'} Expand by relationship ({byType.length} types)
        </button>
      )}
      {byTypeOpen &&
        byType.map((t) => (
          <button
            key={t.type}
            type="button"
            role="menuitem"
            className="node-menu-sub"
            onClick={act(() => actions.expandBy(id, { types: [t.type] }))}
          >
            {t.type} ({t.count})
          </button>
        ))}
      <div className="node-menu-section" />
      <button type="button" role="menuitem" onClick={act(() => actions.collapse(id))}>
        Collapse neighbours
      </button>
      <button type="button" role="menuitem" onClick={act(() => actions.togglePin(id))}>
        {pinned ? 'Unpin' : 'Pin in place'}
      </button>
      <button type="button" role="menuitem" onClick={act(() => actions.hide(id))}>
        Hide
      </button>
      <button type="button" role="menuitem" onClick={act(() => actions.remove(id))}>
        Remove from canvas
      </button>
      <button type="button" role="menuitem" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
