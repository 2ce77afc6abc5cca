import { useState } from 'react';
import { fetchPaths, type PathData, type SearchHitData } from '../api/queries';
import { SearchBox } from './SearchBox';
import type { NodeKind } from '../generated/graphql';
import { KIND_STYLES } from '../graph/kinds';

/** Kinds a path can be told to avoid: hubs that connect everything and so explain little. */
const SKIPPABLE: NodeKind[] = ['REFERENCE', 'ENDPOINT', 'INTERVENTION', 'GUIDELINE', 'RESULT'];

type Picked = SearchHitData['node'] | null;

interface Props {
  onPaths(paths: PathData[]): void;
  onHighlight(path: PathData | null): void;
}

/** From/to by search, shortest paths first, optionally not through references; click a path to highlight it. */
export function PathFinder({ onPaths, onHighlight }: Props) {
  const [from, setFrom] = useState<Picked>(null);
  const [to, setTo] = useState<Picked>(null);
  const [skip, setSkip] = useState<NodeKind[]>(['REFERENCE']);
  const [paths, setPaths] = useState<PathData[] | null>(null);
  const [chosen, setChosen] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const find = async () => {
    if (!from || !to) return;
    setLoading(true);
    setError(null);
    try {
      const found = await fetchPaths(from.id, to.id, skip);
      setPaths(found);
      setChosen(0);
      onPaths(found);
      onHighlight(found[0] ?? null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <section aria-labelledby="paths-title" className="panel">
      <h2 id="paths-title">Path finder</h2>
      <SearchBox label="From" placeholder="e.g. sunitinib" testId="path-from" onPick={setFrom} />
      {from && (
        <div className="picked" data-testid="path-from-picked">
          From: {from.name}
        </div>
      )}
      <SearchBox label="To" placeholder="e.g. SANET-p" testId="path-to" onPick={setTo} />
      {to && (
        <div className="picked" data-testid="path-to-picked">
          To: {to.name}
        </div>
      )}
      <fieldset>
        <legend>Not through</legend>
        {SKIPPABLE.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              data-testid={`skip-${kind}`}
              checked={skip.includes(kind)}
              onChange={() => setSkip((s) => (s.includes(kind) ? s.filter((k) => k !== kind) : [...s, kind]))}
            />{' '}
            {KIND_STYLES[kind].label}s
          </label>
        ))}
      </fieldset>
      <button type="button" data-testid="find-paths" disabled={!from || !to || loading} onClick={find}>
        {loading ? 'Finding…' : 'Find paths'}
      </button>
      {error && (
        <div role="alert" className="error">
          {error}
        </div>
      )}
      {paths && paths.length === 0 && <div className="hint">No path of up to 6 steps connects them.</div>}
      {paths && paths.length > 0 && (
        <ol className="paths" data-testid="path-list">
          {paths.map((p, i) => (
            <li key={i}>
              <button
                type="button"
                className={i === chosen ? 'path active' : 'path'}
                aria-pressed={i === chosen}
                onClick={() => {
                  setChosen(i);
                  onHighlight(p);
                }}
              >
                {p.nodes.map((n) => n.label).join(' → ')} <span className="hint">({p.length} steps)</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
