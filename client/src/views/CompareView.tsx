import { useEffect, useMemo, useState } from 'react';
import { useUrlParams } from '../state/use-url-params';
import { fetchComparison, fetchEndpoints, fetchNames, type ComparisonData, type EndpointData } from '../api/compare-queries';
import { SearchBox } from '../components/SearchBox';
import { compareParams, MAX_INTERVENTIONS, parseCompareState, type CompareState, type SortKey } from '../compare/compare-url';
import { arrangeRows, groupByLevel, rowKey } from '../compare/compare-table-model';
import { comparabilityOf } from '../compare/comparability';
import { comparisonCsv } from '../compare/compare-csv';
import { downloadBlob } from '../export/download';
import { endpointChoice } from '../compare/endpoints';
import { rowTitle, type CompareRow } from '../compare/compare-row';
import { CompareTable } from '../compare/CompareTable';
import { IntervalPlot } from '../compare/IntervalPlot';

type Load = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; data: ComparisonData };
type EndpointsLoad = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; endpoints: EndpointData[] };

/**
 * Side by side: the results several therapies reported on one endpoint, optionally within a
 * population (and its subsets); a sortable table grouped by evidence level with each number's
 * quote, an interval plot, population comparability flags and CSV export; its state in the URL.
 */
export function CompareView() {
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => parseCompareState(params), [params]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [load, setLoad] = useState<Load>({ status: 'idle' });
  const [selected, setSelected] = useState<string | null>(null);
  const [namesError, setNamesError] = useState<string | null>(null);
  const [endpoints, setEndpoints] = useState<EndpointsLoad>({ status: 'loading' });
  const [endpointsAttempt, setEndpointsAttempt] = useState(0);

  const update = (changes: Partial<CompareState>) => setParams(compareParams({ ...state, ...changes }));
  const remember = (id: string, name: string) => setNames((m) => new Map(m).set(id, name));

  // Names of ids that came in a link.
  const unnamed = [...state.interventions, ...(state.population ? [state.population] : [])].filter((id) => !names.has(id));
  const unnamedKey = unnamed.join(',');
  useEffect(() => {
    if (!unnamedKey) return;
    const controller = new AbortController();
    fetchNames(unnamedKey.split(','), controller.signal)
      .then((nodes) => {
        setNames((m) => {
          const next = new Map(m);
          for (const n of nodes) next.set(n.id, n.name);
          return next;
        });
        setNamesError(null);
      })
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setNamesError(e.message);
      });
    return () => controller.abort();
  }, [unnamedKey]);

  // Every endpoint of the graph, for the select.
  useEffect(() => {
    const controller = new AbortController();
    setEndpoints({ status: 'loading' });
    fetchEndpoints(controller.signal)
      .then((list) => setEndpoints({ status: 'done', endpoints: list }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setEndpoints({ status: 'error', message: e.message });
      });
    return () => controller.abort();
  }, [endpointsAttempt]);
  const endpointSelect = useMemo(
    () => endpointChoice(endpoints.status === 'done' ? endpoints.endpoints : [], state.endpoint),
    [endpoints, state.endpoint],
  );

  const interventionsKey = state.interventions.join(',');
  useEffect(() => {
    if (!interventionsKey) {
      setLoad({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    fetchComparison(interventionsKey.split(','), state.endpoint, state.population, controller.signal)
      .then((data) => setLoad({ status: 'done', data }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setLoad({ status: 'error', message: e.message });
      });
    return () => controller.abort();
  }, [interventionsKey, state.endpoint, state.population]);

  // Rows numbered and judged for comparability in a fixed order (strongest evidence first), so
  // numbers and flags stay put while the table is re-sorted.
  const rows: CompareRow[] = useMemo(() => {
    if (load.status !== 'done') return [];
    const base = groupByLevel(load.data.rows).flatMap((g) => g.rows);
    const flags = comparabilityOf(base);
    return base.map((r, i) => ({ ...r, key: rowKey(r), number: i + 1, comparability: flags[i] }));
  }, [load]);
  const groups = useMemo(() => arrangeRows(rows, state.sort), [rows, state.sort]);
  const ordered = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const selectedRow = rows.find((r) => r.key === selected) ?? null;
  const flagged = rows.filter((r) => r.comparability.differences.length > 0).length;

  const sortBy = (key: SortKey) => {
    const dir = state.sort?.key === key && state.sort.dir === 'asc' ? 'desc' : 'asc';
    update({ sort: { key, dir } });
  };

  const populationName = state.population ? (names.get(state.population) ?? state.population) : null;

  const exportCsv = () => {
    if (load.status !== 'done') return;
    const csv = comparisonCsv(
      ordered,
      ordered.map((r) => r.comparability),
    );
    const pop = state.population ? `-${state.population.replace('population:', '')}` : '';
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `nen-compare-${load.data.endpoint.code}${pop}.csv`);
  };

  return (
    <div className="view compare">
      <div className="toolbar compare-controls">
        <div className="compare-control">
          <SearchBox
            label={`Add a therapy (up to ${MAX_INTERVENTIONS})`}
            kinds={['INTERVENTION']}
            placeholder="e.g. everolimus, sunitinib, CAPTEM"
            testId="compare-therapy-search"
            exclude={state.interventions}
            disabled={state.interventions.length >= MAX_INTERVENTIONS}
            onPick={(n) => {
              remember(n.id, n.name);
              if (!state.interventions.includes(n.id)) update({ interventions: [...state.interventions, n.id] });
            }}
          />
        </div>
        <div className="compare-endpoint">
          <label className="compare-endpoint-label">
            <span className="search-label">Endpoint</span>
            <select
              data-testid="compare-endpoint"
              value={endpointSelect.selected}
              aria-busy={endpoints.status === 'loading'}
              onChange={(e) => update({ endpoint: e.target.value })}
            >
              {endpointSelect.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          {endpoints.status === 'loading' && (
            <span className="hint" role="status">
              Loading the endpoints…
            </span>
          )}
          {endpoints.status === 'done' && endpoints.endpoints.length === 0 && (
            <span className="hint" role="status">
              The graph holds no endpoints.
            </span>
          )}
          {endpoints.status === 'error' && (
            <span className="error" role="alert">
              The endpoints could not be loaded: {endpoints.message}{' '}
              <button type="button" onClick={() => setEndpointsAttempt((a) => a + 1)}>
                Retry
              </button>
            </span>
          )}
        </div>
        <div className="compare-control">
          <SearchBox
            label="Population (its subsets included)"
            kinds={['POPULATION']}
            placeholder="e.g. Pan-NETs, G3"
            testId="compare-population-search"
            onPick={(n) => {
              remember(n.id, n.name);
              update({ population: n.id });
            }}
          />
        </div>
      </div>
      <div className="compare-picked" aria-label="Current comparison">
        <span className="compare-picked-label">Therapies:</span>
        {state.interventions.length === 0 && <span className="hint">none yet</span>}
        <ul className="compare-chips" data-testid="compare-therapies">
          {state.interventions.map((id) => (
            <li key={id} className="compare-chip">
              {names.get(id) ?? id}
              <button
                type="button"
                aria-label={`Remove ${names.get(id) ?? id}`}
                onClick={() => update({ interventions: state.interventions.filter((x) => x !== id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <span className="compare-picked-label">Population:</span>
        {populationName ? (
          <span className="compare-chip" data-testid="compare-population">
            {populationName}
            <button type="button" aria-label={`Remove population ${populationName}`} onClick={() => update({ population: null })}>
              ×
            </button>
          </span>
        ) : (
          <span className="hint">all</span>
        )}
        {namesError && (
          <span role="alert" className="error">
            {namesError}
          </span>
        )}
        <button type="button" className="compare-export" data-testid="compare-export" disabled={rows.length === 0} onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <div className="compare-body">
        {load.status === 'idle' && (
          <p className="hint compare-message">Add two or more therapies to compare what the review reports for them on one endpoint.</p>
        )}
        {load.status === 'loading' && (
          <p className="hint compare-message" role="status">
            Loading the comparison…
          </p>
        )}
        {load.status === 'error' && (
          <div className="error compare-message" role="alert">
            {load.message}
          </div>
        )}
        {load.status === 'done' && rows.length === 0 && (
          <p className="compare-message" role="status" data-testid="compare-empty">
            No {load.data.endpoint.code} results for these therapies
            {load.data.population ? ` in ${load.data.population.name} or its subsets` : ''}.
          </p>
        )}
        {load.status === 'done' && rows.length > 0 && (
          <div className="compare-results">
            <div className="compare-table-wrap">
              <p className="compare-summary" role="status">
                {rows.length} result{rows.length === 1 ? '' : 's'} on {load.data.endpoint.name}
                {load.data.population ? ` in ${load.data.population.name} (and subsets)` : ''}.{' '}
                {flagged > 0
                  ? `${flagged} row${flagged === 1 ? '' : 's'} with a population that differs from the others (⚠).`
                  : 'Populations agree on every stated attribute.'}
              </p>
              <CompareTable
                groups={groups}
                sort={state.sort}
                onSort={sortBy}
                selected={selected}
                onSelect={setSelected}
                caption={`${load.data.endpoint.code} by therapy, grouped by evidence level. Hover a row for its quote; focus or click it to show the quote below.`}
              />
              <section className="compare-quote" aria-live="polite" aria-label="Quote of the selected row" data-testid="compare-quote">
                {selectedRow ? (
                  <blockquote className="provenance">
                    <strong>
                      {selectedRow.number}. {rowTitle(selectedRow)}: {selectedRow.result.valueText}
                    </strong>
                    <p>“{selectedRow.provenance.quote}”</p>
                    <footer>
                      {selectedRow.provenance.ref !== null ? `Reference [${selectedRow.provenance.ref}], ` : ''}
                      section “{selectedRow.provenance.section}”
                    </footer>
                  </blockquote>
                ) : (
                  <p className="hint">Focus or click a row to read the sentence of the review its number comes from.</p>
                )}
              </section>
            </div>
            <IntervalPlot rows={ordered} selected={selected} onSelect={setSelected} />
          </div>
        )}
      </div>
    </div>
  );
}
