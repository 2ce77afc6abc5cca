/**
 * The path finder: from/to by search, the API's paths most specific first (each with its score,
 * why, and the relationship types along it), optionally not through some kinds or some single
 * nodes (picked by search or from a found path); click a path to highlight it on the canvas.
 */
import { useState } from 'react';
import { fetchPaths, type NamedNode, type PathData, type SearchHitData } from '../api/canvas-operations';
import { useApiAction } from '../api/use-api';
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

/** "Sunitinib —EVALUATES— Raymond et al —ENROLLS— Progressive Pan-NETs": nodes with the relationship types between them. */
export function pathText(p: PathData): string {
  const label = new Map(p.nodes.map((n) => [n.id, n.label]));
  if (p.steps.length === 0) return p.nodes.map((n) => n.label).join(' → ');
  return [label.get(p.steps[0]!.from) ?? p.steps[0]!.from, ...p.steps.map((s) => `—${s.types.join('|')}— ${label.get(s.to) ?? s.to}`)].join(
    ' ',
  );
}

export function PathFinder({ onPaths, onHighlight }: Props) {
  const [from, setFrom] = useState<Picked>(null);
  const [to, setTo] = useState<Picked>(null);
  const [skip, setSkip] = useState<NodeKind[]>(['REFERENCE']);
  const [avoid, setAvoid] = useState<NamedNode[]>([]);
  const [paths, setPaths] = useState<PathData[] | null>(null);
  const [chosen, setChosen] = useState(0);
  const search = useApiAction({ latestWins: true });

  const find = (avoiding = avoid) => {
    if (!from || !to) return;
    void search.run(async (signal) => {
      const found = await fetchPaths(
        from.id,
        to.id,
        skip,
        avoiding.map((n) => n.id),
        signal,
      );
      setPaths(found);
      setChosen(0);
      onPaths(found);
      onHighlight(found[0] ?? null);
    });
  };
  const exclude = (n: NamedNode) => {
    if (n.id === from?.id || n.id === to?.id || avoid.some((a) => a.id === n.id)) return;
    const next = [...avoid, n];
    setAvoid(next);
    if (paths) find(next);
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
        <SearchBox
          label="Not through this node"
          placeholder="e.g. Placebo"
          testId="path-avoid"
          exclude={avoid.map((a) => a.id)}
          onPick={(n) => exclude(n)}
        />
        {avoid.length > 0 && (
          <ul className="compare-chips" data-testid="path-avoided" aria-label="Nodes paths avoid">
            {avoid.map((n) => (
              <li key={n.id} className="compare-chip">
                {n.name}
                <button
                  type="button"
                  aria-label={`Allow paths through ${n.name} again`}
                  onClick={() => setAvoid((a) => a.filter((x) => x.id !== n.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <button type="button" data-testid="find-paths" disabled={!from || !to || search.busy} onClick={() => find()}>
        {search.busy ? 'Finding…' : 'Find paths'}
      </button>
      {search.error && (
        <div role="alert" className="error">
          {search.error}
        </div>
      )}
      {paths && paths.length === 0 && <div className="hint">No path of up to 6 steps connects them.</div>}
      {paths && paths.length > 0 && (
        <ol className="paths" data-testid="path-list">
          {paths.map((p, i) => (
            <li key={i} data-testid="path-item">
              <button
                type="button"
                className={i === chosen ? 'path active' : 'path'}
                aria-pressed={i === chosen}
                title={p.why}
                onClick={() => {
                  setChosen(i);
                  onHighlight(p);
                }}
              >
                {pathText(p)}{' '}
                <span className="hint">
                  ({p.length} steps, score {p.score.toPrecision(2)})
                </span>
              </button>
              {i === chosen && (
                <div className="path-why">
                  <span className="hint" data-testid="path-why">
                    {p.why}
                  </span>
                  <div className="path-avoid-buttons">
                    {p.nodes.slice(1, -1).map((n) => (
                      <button key={n.id} type="button" className="link" onClick={() => exclude({ id: n.id, kind: n.kind, name: n.label })}>
                        not through {n.label}
                      </button>
                    ))}
                  </div>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
