import { useEffect, useId, useState } from 'react';
import type { NodeKind } from '../generated/graphql';
import { searchKinds, type NamedNode } from '../api/compare-queries';
import { KIND_STYLES } from '../graph/kinds';

interface Props {
  label: string;
  kinds: NodeKind[];
  onPick(node: NamedNode): void;
  placeholder?: string;
  testId?: string;
  /** Ids not to suggest (already picked). */
  exclude?: string[];
  disabled?: boolean;
}

/** Search restricted to some node kinds, with suggestions; arrows move, Enter picks, Escape closes. */
export function KindSearchBox({ label, kinds, onPick, placeholder, testId, exclude = [], disabled }: Props) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<NamedNode[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const listId = useId();
  const kindsKey = kinds.join(',');
  const excludeKey = exclude.join(',');

  useEffect(() => {
    if (text.trim().length < 2) {
      setHits([]);
      setError(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      const skip = new Set(excludeKey.split(','));
      searchKinds(text, kindsKey.split(',') as NodeKind[], controller.signal)
        .then((h) => {
          setHits(h.map((x) => x.node).filter((n) => !skip.has(n.id)));
          setActive(0);
          setOpen(true);
          setError(null);
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError(e.message);
        })
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, kindsKey, excludeKey]);

  const pick = (node: NamedNode) => {
    onPick(node);
    setOpen(false);
    setText('');
  };

  return (
    <div className="search">
      <label>
        <span className="search-label">{label}</span>
        <input
          data-testid={testId}
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          role="combobox"
          aria-expanded={open && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
          onChange={(e) => setText(e.target.value)}
          onFocus={() => hits.length > 0 && setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, hits.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && open && hits[active]) {
              e.preventDefault();
              pick(hits[active]);
            } else if (e.key === 'Escape') setOpen(false);
          }}
        />
      </label>
      {loading && <span className="hint" role="status">Searching…</span>}
      {error && <div role="alert" className="error">{error}</div>}
      {open && text.trim().length >= 2 && !loading && hits.length === 0 && !error && <div className="hint">No matches for “{text}”.</div>}
      {open && hits.length > 0 && (
        <ul id={listId} role="listbox" aria-label={label} className="suggestions">
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              <span className="swatch" style={{ background: KIND_STYLES[h.kind].color }} />
              {h.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
