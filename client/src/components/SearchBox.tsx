import { useEffect, useId, useRef, useState } from 'react';
import { searchNodes, type SearchHitData } from '../api/queries';
import { KIND_STYLES } from '../graph/kinds';

interface Props {
  label: string;
  placeholder?: string;
  onPick(hit: SearchHitData['node']): void;
  testId?: string;
}

/** Search with suggestions grouped by kind; arrows move, Enter picks, Escape closes. */
export function SearchBox({ label, placeholder, onPick, testId }: Props) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHitData[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (text.trim().length < 2) {
      setHits([]);
      setError(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      searchNodes(text, controller.signal)
        .then((h) => {
          // Grouped by kind, best group first, so the list reads as sections.
          const order = [...new Set(h.map((x) => x.node.kind))];
          setHits([...h].sort((a, b) => order.indexOf(a.node.kind) - order.indexOf(b.node.kind)));
          setActive(0);
          setOpen(true);
          setError(null);
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError(e.message);
        })
        .finally(() => setLoading(false));
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

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
      {loading && <span className="hint">Searching…</span>}
      {error && <div role="alert" className="error">{error}</div>}
      {open && text.trim().length >= 2 && !loading && hits.length === 0 && !error && <div className="hint">No matches for “{text}”.</div>}
      {open && hits.length > 0 && (
        <ul id={listId} role="listbox" className="suggestions">
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
              {(i === 0 || hits[i - 1].node.kind !== h.node.kind) && <span className="group">{KIND_STYLES[h.node.kind].label}</span>}
              <span className="swatch" style={{ background: KIND_STYLES[h.node.kind].color }} />
              {h.node.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
