/**
 * Search with suggestions grouped by kind (no headings when restricted to one kind); arrows move,
 * Enter picks, Escape closes. Typing is debounced; each search goes through useApi, so a newer
 * one aborts the one in flight.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { NodeKind } from '../generated/graphql';
import { searchNodes, type SearchHitData } from '../api/canvas-operations';
import { useApi } from '../api/use-api';
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

/** How long typing pauses before a search is sent. */
const DEBOUNCE_MS = 150;

export function SearchBox({ label, placeholder, onPick, testId, kinds, exclude, disabled }: Props) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState({ key: '', index: 0 });
  const [open, setOpen] = useState(false);
  const listId = useId();
  // Arrays from props change identity every render; what is searched depends on their contents.
  const kindsKey = kinds?.join(',') ?? '';
  const excludeKey = exclude?.join(',') ?? '';
  const grouped = showsKindGroups(kinds);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const key = !disabled && query.length >= 2 ? `${kindsKey}|${query}` : null;
  const search = useApi(key, (signal) => searchNodes(query, signal, kindsKey ? (kindsKey.split(',') as NodeKind[]) : undefined));
  const hits = useMemo(
    () => (search.status === 'done' ? arrangeSuggestions(search.data, excludeKey ? excludeKey.split(',') : []) : []),
    [search.status, search.data, excludeKey],
  );
  const activeIndex = active.key === key ? Math.min(active.index, Math.max(0, hits.length - 1)) : 0;
  const shown = open && key !== null && text.trim().length >= 2;

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
          data-testid={testId}
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          role="combobox"
          aria-expanded={shown && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && hits[activeIndex] ? `${listId}-${activeIndex}` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive({ key: key ?? '', index: Math.min(activeIndex + 1, hits.length - 1) });
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive({ key: key ?? '', index: Math.max(activeIndex - 1, 0) });
            } else if (e.key === 'Enter' && shown && hits[activeIndex]) {
              e.preventDefault();
              pick(hits[activeIndex]);
            } else if (e.key === 'Escape') setOpen(false);
          }}
        />
      </label>
      {search.status === 'loading' && (
        <span className="hint" role="status">
          Searching…
        </span>
      )}
      {search.error && (
        <div role="alert" className="error">
          {search.error}
        </div>
      )}
      {shown && search.status === 'done' && hits.length === 0 && <div className="hint">No matches for “{text}”.</div>}
      {shown && search.status === 'done' && hits.length > 0 && (
        <ul id={listId} role="listbox" aria-label={label} className="suggestions">
          {hits.map((h, i) => (
            <li
              key={h.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              {grouped && (i === 0 || hits[i - 1]!.node.kind !== h.node.kind) && (
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
