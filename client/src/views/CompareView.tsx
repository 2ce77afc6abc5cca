/**
 * Side by side: the results several therapies reported on one endpoint, optionally within a
 * population (and its subsets) and of one source; a sortable table grouped by evidence level with
 * each row's source, control arms and effect, its quote opening under it; an interval plot coloured
 * by therapy; population comparability flags in words and CSV export; its state in the URL.
 */
import { useMemo, useState } from 'react';
import { useUrlParams } from '../state/use-url-params';
import { fetchComparison, fetchEndpoints } from '../api/compare-operations';
import { fetchNames, type NamedNode } from '../api/canvas-operations';
import { useApi } from '../api/use-api';
import { SearchBox } from '../components/SearchBox';
import { compareParams, MAX_INTERVENTIONS, parseCompareState, type CompareState, type SortKey } from '../compare/compare-url';
import { arrangeRows, groupByLevel, rowKey } from '../compare/compare-table-model';
import { comparabilityOf } from '../compare/comparability';
import { comparisonCsv } from '../compare/compare-csv';
import { controlArmsOf, effectOf } from '../compare/control-arms';
import { therapyColours } from '../compare/therapy-colours';
import { downloadBlob } from '../export/download';
import { endpointChoice } from '../compare/endpoints';
import { studyEvidence } from '../evidence/evidence-level';
import type { CompareRow } from '../compare/compare-row';
import { CompareTable } from '../compare/CompareTable';
import { IntervalPlot } from '../compare/IntervalPlot';

export function CompareView() {
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => parseCompareState(params), [params]);
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [selected, setSelected] = useState<string | null>(null);

  const update = (changes: Partial<CompareState>) => setParams(compareParams({ ...state, ...changes }));
  const remember = (id: string, name: string) => setPicked((m) => new Map(m).set(id, name));

  // Names of ids that came in a link.
  const unnamed = [...state.interventions, ...(state.population ? [state.population] : [])].filter((id) => !picked.has(id));
  const unnamedKey = unnamed.length > 0 ? unnamed.join(',') : null;
  const names = useApi(unnamedKey, (signal) => fetchNames(unnamed, signal));
  const nameOf = (id: string) => picked.get(id) ?? names.data?.find((n: NamedNode) => n.id === id)?.name ?? id;

  const endpoints = useApi('endpoints', (signal) => fetchEndpoints(signal));
  const endpointSelect = useMemo(() => endpointChoice(endpoints.data ?? [], state.endpoint), [endpoints.data, state.endpoint]);

  const comparisonKey = state.interventions.length > 0 ? JSON.stringify([state.interventions, state.endpoint, state.population]) : null;
  const load = useApi(comparisonKey, (signal) => fetchComparison(state.interventions, state.endpoint, state.population, signal));
  const data = load.status === 'done' ? load.data : null;
  const colours = useMemo(() => therapyColours(state.interventions), [state.interventions]);

  // Rows numbered and judged for comparability in a fixed order (strongest evidence first), so
  // numbers and flags stay put while the table is re-sorted or filtered by source.
  const allRows: CompareRow[] = useMemo(() => {
    if (!data) return [];
    const base = groupByLevel(data.rows).flatMap((g) => g.rows);
    const flags = comparabilityOf(base);
    return base.map((r, i) => ({
      ...r,
      key: rowKey(r),
      number: i + 1,
      comparability: flags[i]!,
      evidence: studyEvidence({
        design: r.design,
        phase: r.phase,
        evidenceDesign: r.evidenceDesign,
        evidencePhase: r.phase,
        evidenceBasis: r.evidenceBasis,
      }),
      controls: controlArmsOf(r, data.endpoint.id),
      effect: effectOf(r, data.endpoint.id),
    }));
  }, [data]);
  const rows = useMemo(() => (state.source ? allRows.filter((r) => r.source.kind === state.source) : allRows), [allRows, state.source]);
  const groups = useMemo(() => arrangeRows(rows, state.sort), [rows, state.sort]);
  const ordered = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const flagged = rows.filter((r) => r.comparability.differences.length > 0).length;
  const bySource = {
    REVIEW: allRows.filter((r) => r.source.kind === 'REVIEW').length,
    REGISTRY: allRows.filter((r) => r.source.kind === 'REGISTRY').length,
  };

  const sortBy = (key: SortKey) => {
    const dir = state.sort?.key === key && state.sort.dir === 'asc' ? 'desc' : 'asc';
    update({ sort: { key, dir } });
  };

  const populationName = state.population ? nameOf(state.population) : null;

  const exportCsv = () => {
    if (!data) return;
    const csv = comparisonCsv(
      ordered,
      ordered.map((r) => r.comparability),
    );
    const pop = state.population ? `-${state.population.replace('population:', '')}` : '';
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `nen-compare-${data.endpoint.code}${pop}.csv`);
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
          {endpoints.status === 'done' && endpoints.data.length === 0 && (
            <span className="hint" role="status">
              The graph holds no endpoints.
            </span>
          )}
          {endpoints.status === 'error' && (
            <span className="error" role="alert">
              The endpoints could not be loaded: {endpoints.error}{' '}
              <button type="button" onClick={endpoints.retry}>
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
        <label className="compare-endpoint-label compare-source">
          <span className="search-label">Source</span>
          <select
            data-testid="compare-source-filter"
            value={state.source ?? ''}
            onChange={(e) => update({ source: e.target.value === 'REVIEW' || e.target.value === 'REGISTRY' ? e.target.value : null })}
          >
            <option value="">Review and registry</option>
            <option value="REVIEW">Review only</option>
            <option value="REGISTRY">ClinicalTrials.gov only</option>
          </select>
        </label>
      </div>
      <div className="compare-picked" aria-label="Current comparison">
        <span className="compare-picked-label">Therapies:</span>
        {state.interventions.length === 0 && <span className="hint">none yet</span>}
        <ul className="compare-chips" data-testid="compare-therapies">
          {state.interventions.map((id) => (
            <li key={id} className="compare-chip">
              <span className="compare-swatch" aria-hidden="true" style={{ background: colours.get(id) }} />
              {nameOf(id)}
              <button
                type="button"
                aria-label={`Remove ${nameOf(id)}`}
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
        {names.error && (
          <span role="alert" className="error">
            {names.error}
          </span>
        )}
        <button type="button" className="compare-export" data-testid="compare-export" disabled={rows.length === 0} onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <div className="compare-body">
        {load.status === 'idle' && (
          <p className="hint compare-message">
            Add two or more therapies to compare what the review and the registry report for them on one endpoint.
          </p>
        )}
        {load.status === 'loading' && (
          <p className="hint compare-message" role="status">
            Loading the comparison…
          </p>
        )}
        {load.status === 'error' && (
          <div className="error compare-message" role="alert">
            {load.error}
          </div>
        )}
        {data && rows.length === 0 && (
          <p className="compare-message" role="status" data-testid="compare-empty">
            No {data.endpoint.code} results for these therapies{data.population ? ` in ${data.population.name} or its subsets` : ''}
            {state.source ? ` from ${state.source === 'REGISTRY' ? 'ClinicalTrials.gov' : 'the review'}` : ''}.
          </p>
        )}
        {data && rows.length > 0 && (
          <div className="compare-results">
            <div className="compare-table-wrap">
              <p className="compare-summary" role="status">
                {rows.length} result{rows.length === 1 ? '' : 's'} on {data.endpoint.name}
                {data.population ? ` in ${data.population.name} (and subsets)` : ''}.{' '}
                <span data-testid="compare-source-counts">
                  {bySource.REVIEW} from the review, {bySource.REGISTRY} from ClinicalTrials.gov
                  {state.source ? ` (showing ${state.source === 'REGISTRY' ? 'ClinicalTrials.gov' : 'the review'} only)` : ''}.
                </span>{' '}
                {flagged > 0
                  ? `${flagged} row${flagged === 1 ? '' : 's'} with a population that differs from the others (⚠).`
                  : 'Populations agree on every stated attribute.'}
                {data.pageInfo.hasNextPage && (
                  <>
                    {' '}
                    <span data-testid="compare-more">
                      {data.totalCount - data.rows.length} more not shown (the first {data.rows.length} of {data.totalCount}); narrow the
                      therapies or the population.
                    </span>
                  </>
                )}
              </p>
              <CompareTable
                groups={groups}
                sort={state.sort}
                onSort={sortBy}
                selected={selected}
                onSelect={(key) => setSelected((s) => (s === key ? s : key))}
                colours={colours}
                caption={`${data.endpoint.code} by therapy, grouped by evidence level. Hover a row for its quote; focus or click it to open the quote under it.`}
              />
              {!selected && <p className="hint">Focus or click a row to read, right under it, the sentence its number comes from.</p>}
            </div>
            <IntervalPlot rows={ordered} selected={selected} onSelect={setSelected} colours={colours} />
          </div>
        )}
      </div>
    </div>
  );
}
