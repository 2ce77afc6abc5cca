import { useEffect, useRef, useState } from 'react';
import { fetchNeighborSummary, type NeighborGroupData } from '../api/queries';
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
  at: { x: number; y: number };
  onClose(): void;
}

/** The context menu of a node: expand (all, by kind, by relationship type), collapse, hide, pin, remove. */
export function NodeMenu({ id, label, pinned, at, onClose, ...actions }: Props) {
  const [summary, setSummary] = useState<NeighborGroupData[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    fetchNeighborSummary(id).then(setSummary, (e: Error) => setError(e.message));
    ref.current?.querySelector('button')?.focus();
  }, [id]);

  const act = (f: () => void) => () => {
    f();
    onClose();
  };
  const byKind = (summary ?? []).filter((g) => g.relationshipType === '*');
  const byType = [...new Map((summary ?? []).filter((g) => g.relationshipType !== '*').map((g) => [g.relationshipType, 0])).keys()].map(
    (type) => ({
      type,
      count: (summary ?? []).filter((g) => g.relationshipType === type).reduce((n, g) => n + g.count, 0),
    }),
  );

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={`Actions for ${label}`}
      className="node-menu"
      data-testid="node-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const items = [...(ref.current?.querySelectorAll('button') ?? [])];
          const i = items.indexOf(document.activeElement as HTMLButtonElement);
          items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      <div className="node-menu-title">{label}</div>
      <button type="button" role="menuitem" onClick={act(() => actions.expand(id))}>
        Expand
      </button>
      {error && (
        <div role="alert" className="error">
          {error}
        </div>
      )}
      {!summary && !error && <div className="hint">Counting neighbours…</div>}
      {byKind.length > 0 && <div className="node-menu-section">Expand by kind</div>}
      {byKind.map((g) => (
        <button key={g.kind} type="button" role="menuitem" onClick={act(() => actions.expandBy(id, { kinds: [g.kind] }))}>
          {KIND_STYLES[g.kind].label} ({g.count})
        </button>
      ))}
      {byType.length > 0 && <div className="node-menu-section">Expand by relationship</div>}
      {byType.map((t) => (
        <button key={t.type} type="button" role="menuitem" onClick={act(() => actions.expandBy(id, { types: [t.type] }))}>
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
