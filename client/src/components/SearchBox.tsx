import { useEffect, useId, useRef, useState } from 'react';
import type { NodeKind } from '../generated/graphql';
import { searchNodes, type SearchHitData } from '../api/queries';
import { arrangeSuggestions, showsKindGroups } from '../search/suggestions';
import { KIND_STYLES } from '../graph/kinds';

interface Props {
  label: string;
  placeholder?: string;
  onPick(hit: SearchHitData['node']): void;
  testId?: string;
  /** Only nodes of these kinds (all kinds when absent). */
  kinds?: NodeKind[];
  /** Ids not to suggest (already picked). */
  exclude?: string[];
  disabled?: boolean;
}

/**
 * Search with suggestions grouped by kind (no headings when restricted to one kind); arrows move,
 * Enter picks, Escape closes.
 */
export function SearchBox({ label, placeholder, onPick, testId, kinds, exclude, disabled }: Props) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHitData[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Arrays from props change identity every render; the effect depends on their contents.
  const kindsKey = kinds?.join(',') ?? '';
  const excludeKey = exclude?.join(',') ?? '';
  const grouped = showsKindGroups(kinds);

  useEffect(() => {
    if (disabled || text.trim().length < 2) {
      setHits([]);
      setError(null);
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      const only = kindsKey ? (kindsKey.split(',') as NodeKind[]) : undefined;
      searchNodes(text, controller.signal, only)
        .then((h) => {
          setHits(arrangeSuggestions(h, excludeKey ? excludeKey.split(',') : []));
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
  }, [text, kindsKey, excludeKey, disabled]);

  const pick = (hit: SearchHitData) => {
    onPick(hit.node);
    setOpen(false);
    setText('');
  };

  return (
    <div className="search">
      <label>
        <span className="search-label">{label}</span>
        <input
          ref={inputRef}
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
      {loading && (
        <span className="hint" role="status">
          Searching…
        </span>
      )}
      {error && (
        <div role="alert" className="error">
          {error}
        </div>
      )}
      {open && text.trim().length >= 2 && !loading && hits.length === 0 && !error && <div className="hint">No matches for “{text}”.</div>}
      {open && hits.length > 0 && (
        <ul id={listId} role="listbox" aria-label={label} className="suggestions">
          {hits.map((h, i) => (
            <li
              key={h.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              {grouped && (i === 0 || hits[i - 1].node.kind !== h.node.kind) && (
                <span className="group">{KIND_STYLES[h.node.kind].label}</span>
              )}
              <span className="swatch" style={{ background: KIND_STYLES[h.node.kind].color }} />
              {h.node.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
