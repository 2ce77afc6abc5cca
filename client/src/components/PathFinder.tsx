import { useState } from 'react';
import { fetchPaths, type PathData, type SearchHitData } from '../api/queries';
import { SearchBox } from './SearchBox';

type Picked = SearchHitData['node'] | null;

interface Props {
  onPaths(paths: PathData[]): void;
  onHighlight(path: PathData | null): void;
}

/** From/to by search, shortest paths first, optionally not through references; click a path to highlight it. */
export function PathFinder({ onPaths, onHighlight }: Props) {
  const [from, setFrom] = useState<Picked>(null);
  const [to, setTo] = useState<Picked>(null);
  const [skipReferences, setSkipReferences] = useState(true);
  const [paths, setPaths] = useState<PathData[] | null>(null);
  const [chosen, setChosen] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const find = async () => {
    if (!from || !to) return;
    setLoading(true);
    setError(null);
    try {
      const found = await fetchPaths(from.id, to.id, skipReferences ? ['REFERENCE'] : []);
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
      {from && <div className="picked" data-testid="path-from-picked">From: {from.name}</div>}
      <SearchBox label="To" placeholder="e.g. SANET-p" testId="path-to" onPick={setTo} />
      {to && <div className="picked" data-testid="path-to-picked">To: {to.name}</div>}
      <label className="check">
        <input type="checkbox" checked={skipReferences} onChange={(e) => setSkipReferences(e.target.checked)} /> Not through references
      </label>
      <button type="button" data-testid="find-paths" disabled={!from || !to || loading} onClick={find}>
        {loading ? 'Finding…' : 'Find paths'}
      </button>
      {error && <div role="alert" className="error">{error}</div>}
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
