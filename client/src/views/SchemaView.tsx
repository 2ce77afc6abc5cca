import { useCallback, useMemo, useState } from 'react';
import { request } from '../api/graphql-client';
import { useApi } from '../api/use-api';
import type { NodeKind } from '../generated/graphql';
import { ALL_KINDS, KIND_STYLES } from '../graph/kinds';
import { explorerLink } from '../schema/explorer-link';
import { relationshipRows, schemaElements, SUMMARY_QUERY, type ExampleNode, type GraphSummaryData } from '../schema/schema-graph';
import { SchemaGraph } from '../components/SchemaGraph';
import { ExportMenu } from '../components/ExportMenu';

/**
 * The graph's schema as loaded: every node kind and relationship type with its count, the kinds
 * drawn as a small graph (relationship types as edges labelled with their count between the two
 * kinds), and the summary's example node of each kind, which opens in the explorer.
 */
export function SchemaView() {
  const load = useApi('summary', (signal): Promise<GraphSummaryData> => request(SUMMARY_QUERY, {}, signal).then((d) => d.graphSummary));
  const [focusKind, setFocusKind] = useState<string | null>(null);
  const summary = load.status === 'done' ? load.data : null;

  const elements = useMemo(() => (summary ? schemaElements(summary) : []), [summary]);
  const getCy = useCallback(() => window.__cySchema, []);

  if (load.status === 'error')
    return (
      <div className="view schema-view">
        <div className="error schema-pad" role="alert">
          The graph summary could not be loaded: {load.error}{' '}
          <button type="button" onClick={load.retry}>
            Retry
          </button>
        </div>
      </div>
    );
  if (!summary)
    return (
      <div className="view schema-view">
        <p className="hint schema-pad" role="status">
          Counting the graph…
        </p>
      </div>
    );

  const { kinds } = summary;
  const rows = relationshipRows(summary);
  // Kinds in the legend's order (study, arm, intervention, …), then any the client does not know.
  const order = (k: NodeKind) => (ALL_KINDS.includes(k) ? ALL_KINDS.indexOf(k) : ALL_KINDS.length);
  // Every kind the graph draws, those with no nodes loaded too (graphSummary may leave them out).
  const counted = new Map(kinds.map((k) => [k.kind, k]));
  const kindRows = [...new Set([...ALL_KINDS, ...counted.keys()])]
    .map((kind): { kind: NodeKind; count: number; example: ExampleNode | null } => ({
      kind,
      count: counted.get(kind)?.count ?? 0,
      example: counted.get(kind)?.example ?? null,
    }))
    .sort((a, b) => order(a.kind) - order(b.kind));
  const empty = kinds.every((k) => k.count === 0);

  return (
    <div className="view schema-view">
      <div className="toolbar schema-toolbar">
        <p className="schema-totals" data-testid="schema-totals">
          {kinds.length} node kinds and {summary.relationships.length} relationship types in the loaded graph, with their counts (graph
          summary).
        </p>
        <button type="button" onClick={() => window.__cySchema?.fit(undefined, 30)}>
          Fit
        </button>
        <ExportMenu getCy={getCy} fileBase="nen-evidence-schema" />
      </div>
      <div className="schema-main">
        <section
          className="schema-graph-wrap"
          aria-label="Schema graph: kinds and the relationship types between them (the tables beside it hold the same information)"
        >
          {empty && <p className="empty hint">The graph is empty: no evidence is loaded.</p>}
          <SchemaGraph elements={elements} onSelectKind={setFocusKind} />
          <p className="hint schema-graph-note">Edges: relationship type and how many link those two kinds. Dashed: none loaded.</p>
        </section>
        <div className="schema-tables">
          <section aria-labelledby="schema-kinds-title">
            <h2 id="schema-kinds-title">Node kinds</h2>
            <table className="schema-table" data-testid="schema-kinds">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col" className="num">
                    Count
                  </th>
                  <th scope="col">Example: the most connected (opens in the explorer)</th>
                </tr>
              </thead>
              <tbody>
                {kindRows.map(({ kind, count, example: ex }) => {
                  return (
                    <tr key={kind} data-kind={kind} className={focusKind === kind ? 'schema-focus' : undefined}>
                      <th scope="row">
                        <span className="swatch" aria-hidden="true" style={{ background: KIND_STYLES[kind]?.color ?? '#555' }} />
                        {KIND_STYLES[kind]?.label ?? kind}
                      </th>
                      <td className="num" data-testid={`kind-count-${kind}`}>
                        {count}
                      </td>
                      <td>
                        {ex ? (
                          <a href={explorerLink(ex.id)} data-testid={`example-${kind}`} title={ex.id}>
                            {ex.label}
                          </a>
                        ) : (
                          <span className="hint">{count === 0 ? 'none loaded' : 'no example given'}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="schema-rels-title">
            <h2 id="schema-rels-title">Relationship types</h2>
            <table className="schema-table" data-testid="schema-relationships">
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col" className="num">
                    Count
                  </th>
                  <th scope="col">Connects (count per pair of kinds)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.type}
                    data-type={r.type}
                    className={focusKind && r.kinds.includes(focusKind as NodeKind) ? 'schema-focus' : undefined}
                  >
                    <th scope="row">
                      <code>{r.type}</code>
                    </th>
                    <td className="num" data-testid={`rel-count-${r.type}`}>
                      {r.count}
                    </td>
                    <td>{r.connects.length > 0 ? r.connects.join(', ') : <span className="hint">kinds not known</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      </div>
    </div>
  );
}
