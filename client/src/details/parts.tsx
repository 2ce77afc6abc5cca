/** The pieces every details panel is made of: a field, links to other nodes, a quote with its source, results. */
import type { ReactNode } from 'react';
import { formatResultValue, type ResultValueLike } from '../components/format';
import { isRegistryFact, provenanceLine, type ProvenanceLike } from './provenance-text';

export interface NodeRef {
  id: string;
  name: string;
}

/** A quote with the line that names its source (review reference and section, or registry record and field). */
export function Provenance({ p }: { p: (ProvenanceLike & { quote: string }) | null | undefined }) {
  if (!p) return null;
  const registry = isRegistryFact(p);
  return (
    <blockquote
      className={registry ? 'provenance provenance-registry' : 'provenance'}
      data-testid="provenance"
      data-source={registry ? 'REGISTRY' : 'REVIEW'}
    >
      “{p.quote}”<footer>{provenanceLine(p)}</footer>
    </blockquote>
  );
}

/** A heading and a list of nodes, each opening in the explorer; nothing when the list is empty. */
export function Links({
  title,
  items,
  onOpen,
  testId,
}: {
  title: string;
  items: readonly (NodeRef | null | undefined)[];
  onOpen(id: string): void;
  testId?: string;
}) {
  const list = items.filter((x): x is NodeRef => !!x);
  if (list.length === 0) return null;
  return (
    <div className="links" data-testid={testId}>
      <h4>{title}</h4>
      <ul>
        {list.map((x) => (
          <li key={x.id}>
            <button type="button" className="link" onClick={() => onOpen(x.id)}>
              {x.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One name/value line of a definition list; nothing when the value is empty. */
export function Field({
  name,
  value,
  title,
}: {
  name: string;
  value: ReactNode | string[] | number | boolean | null | undefined;
  title?: string;
}) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  return (
    <>
      <dt>{name}</dt>
      <dd title={title}>{text}</dd>
    </>
  );
}

/** What the results table reads of a result. */
export interface ResultRowLike extends ResultValueLike {
  id: string;
  timepoint?: string | null;
  endpoint: { code: string };
  arm?: { label: string } | null;
  provenance: ProvenanceLike & { quote: string };
}

/** Results of a study or arm: endpoint, arm, value (its quote on hover, a click opens the result). */
export function ResultsTable({
  results,
  onOpen,
  testId = 'results-table',
  withSource = false,
}: {
  results: readonly ResultRowLike[];
  onOpen(id: string): void;
  testId?: string;
  withSource?: boolean;
}) {
  if (results.length === 0) return null;
  return (
    <table className="results" data-testid={testId}>
      <thead>
        <tr>
          <th>Endpoint</th>
          <th>Arm</th>
          <th>Value</th>
          {withSource && <th>Source</th>}
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.id}>
            <td>
              {r.endpoint.code}
              {r.timepoint ? ` at ${r.timepoint}` : ''}
            </td>
            <td>{r.arm?.label ?? 'all'}</td>
            <td>
              <button
                type="button"
                className="link"
                title={`“${r.provenance.quote}” (${provenanceLine(r.provenance)})`}
                onClick={() => onOpen(r.id)}
              >
                {formatResultValue(r)}
              </button>
            </td>
            {withSource && <td className="hint">{provenanceLine(r.provenance)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Review" or "ClinicalTrials.gov": who asserts a node or a number. */
export function SourceBadge({ kind, title }: { kind: string; title?: string }) {
  const registry = kind === 'REGISTRY';
  return (
    <span className={registry ? 'source-badge source-badge-registry' : 'source-badge'} data-testid="source-badge" title={title}>
      {registry ? 'ClinicalTrials.gov' : 'Review'}
    </span>
  );
}
