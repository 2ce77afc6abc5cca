import { useEffect, useState } from 'react';
import { fetchDetails, type Details } from '../api/queries';
import { KIND_STYLES } from '../graph/kinds';
import { formatRate, formatResultValue, human } from './format';

type R = Record<string, unknown>;
type Ref = { id: string; name: string };

interface Props {
  id: string | null;
  onOpen(id: string): void;
}

/** "Reference [102]", "References [13, 106, 107]", or the review itself where it cites nothing. */
function referenceText(p: R): string {
  const refs = (p.refs as number[] | undefined) ?? (p.ref ? [p.ref as number] : []);
  if (refs.length === 0) return 'The review itself';
  return `${refs.length === 1 ? 'Reference' : 'References'} [${refs.join(', ')}]`;
}

function Provenance({ p }: { p: R | null | undefined }) {
  if (!p) return null;
  return (
    <blockquote className="provenance" data-testid="provenance">
      “{String(p.quote)}”
      <footer>
        {referenceText(p)} · {String(p.section)}
      </footer>
    </blockquote>
  );
}

function Links({ title, items, onOpen }: { title: string; items: unknown; onOpen(id: string): void }) {
  const list = (items as Ref[] | undefined) ?? [];
  if (list.length === 0) return null;
  return (
    <div className="links">
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

function Field({ name, value }: { name: string; value: unknown }) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd>{Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}</dd>
    </>
  );
}

function ResultsTable({ results, onOpen }: { results: R[]; onOpen(id: string): void }) {
  if (results.length === 0) return null;
  return (
    <table className="results" data-testid="results-table">
      <thead>
        <tr>
          <th>Endpoint</th>
          <th>Arm</th>
          <th>Value</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={String(r.id)}>
            <td>
              {String((r.endpoint as R).code)}
              {r.timepoint ? ` at ${r.timepoint}` : ''}
            </td>
            <td>{(r.arm as R | null)?.label ? String((r.arm as R).label) : 'all'}</td>
            <td>
              <button type="button" className="link" title={String((r.provenance as R).quote)} onClick={() => onOpen(String(r.id))}>
                {formatResultValue(r)}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Body({ d, onOpen }: { d: Details; onOpen(id: string): void }) {
  switch (d.kind) {
    case 'STUDY':
      return (
        <>
          <dl>
            <Field name="Design" value={human(d.design)} />
            <Field name="Phase" value={d.phase} />
            <Field name="Blinded" value={d.blinded} />
            <Field name="Status" value={d.status} />
            <Field name="Enrolled" value={d.enrolled} />
            <Field name="NCT" value={d.nct} />
          </dl>
          <p>{String(d.summary)}</p>
          <Provenance p={d.provenance as R} />
          <h4>Arms</h4>
          <ul>
            {((d.arms as R[]) ?? []).map((a) => (
              <li key={String(a.id)}>
                <button type="button" className="link" onClick={() => onOpen(String(a.id))}>
                  {String(a.label)}
                </button>
                {a.enrolled ? ` (n = ${a.enrolled})` : ''}:{' '}
                {((a.treatments as R[]) ?? [])
                  .map((t) => `${(t.intervention as R).name}${t.dose ? ` ${t.dose}` : ''}${t.schedule ? ` ${t.schedule}` : ''}`)
                  .join(' + ')}
              </li>
            ))}
          </ul>
          <ResultsTable results={(d.results as R[]) ?? []} onOpen={onOpen} />
          <Links title="Populations" items={d.populations} onOpen={onOpen} />
          <Links title="References" items={d.references} onOpen={onOpen} />
        </>
      );
    case 'ARM':
      return (
        <>
          <dl>
            <Field name="Enrolled" value={d.enrolled} />
          </dl>
          <Links title="Study" items={[d.study]} onOpen={onOpen} />
          <ResultsTable results={(d.results as R[]) ?? []} onOpen={onOpen} />
        </>
      );
    case 'RESULT': {
      const r = d as R;
      return (
        <>
          <p className="value" data-testid="result-value">
            {formatResultValue(r)}
          </p>
          <dl>
            <Field name="Endpoint" value={(r.endpoint as R).name} />
            <Field name="Statistic" value={human(r.statistic)} />
            <Field name="Timepoint" value={r.timepoint} />
            <Field name="Arm" value={(r.arm as R | null)?.label} />
            <Field name="Subgroup" value={(r.population as R | null)?.name} />
          </dl>
          <Provenance p={r.provenance as R} />
          <Links title="Study" items={[r.study]} onOpen={onOpen} />
        </>
      );
    }
    case 'INTERVENTION':
      return (
        <>
          <dl>
            <Field name="Kind" value={d.interventionKind} />
            <Field name="Class" value={d.drugClass} />
            <Field name="Route" value={d.route} />
            <Field name="Also called" value={d.aliases} />
          </dl>
          <Links title="Includes" items={d.includes} onOpen={onOpen} />
          <Links title="Part of" items={d.partOf} onOpen={onOpen} />
          <Links title="Targets" items={d.targets} onOpen={onOpen} />
          <Links title="Studies" items={d.studies} onOpen={onOpen} />
          {((d.adverseEvents as R[]) ?? []).length > 0 && (
            <>
              <h4>Adverse events</h4>
              <ul>
                {(d.adverseEvents as R[]).map((a, i) => (
                  <li key={i} title={String((a.provenance as R).quote)}>
                    {String((a.adverseEvent as R).name)}: {formatRate(a)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      );
    case 'POPULATION':
      return (
        <>
          <dl>
            <Field name="Site" value={d.site} />
            <Field name="Differentiation" value={d.differentiation} />
            <Field name="Grades" value={d.grades} />
            <Field name="Ki67 from (%)" value={d.ki67Min} />
            <Field name="Ki67 to (%)" value={d.ki67Max} />
            <Field name="Setting" value={d.setting} />
            <Field name="Line" value={d.line} />
          </dl>
          <Links title="Part of" items={d.subsetOf} onOpen={onOpen} />
          <Links title="Subgroups" items={d.subsets} onOpen={onOpen} />
          <Links title="Studies" items={d.studies} onOpen={onOpen} />
        </>
      );
    case 'GUIDELINE':
      return (
        <>
          <dl>
            <Field name="Issuer" value={d.issuer} />
            <Field name="Stance" value={human(d.stance)} />
            <Field name="Conditions" value={d.conditions} />
          </dl>
          <p>{String(d.statement)}</p>
          <Provenance p={d.provenance as R} />
          <Links title="Interventions" items={d.interventions} onOpen={onOpen} />
          <Links title="Populations" items={d.populations} onOpen={onOpen} />
          <Links title="Supported by" items={d.supportedBy} onOpen={onOpen} />
        </>
      );
    case 'BIOMARKER':
      return (
        <ul>
          {((d.predictions as R[]) ?? []).map((p, i) => (
            <li key={i}>
              <strong>{String((p.target as R).name)}</strong>: {String(p.effect)}
              <Provenance p={p.provenance as R} />
            </li>
          ))}
        </ul>
      );
    case 'ADVERSE_EVENT':
      return (
        <ul>
          {((d.rates as R[]) ?? []).map((a, i) => (
            <li key={i}>
              {String((a.intervention as R).name)}: {formatRate(a)}
              <Provenance p={a.provenance as R} />
            </li>
          ))}
        </ul>
      );
    case 'REFERENCE':
      return (
        <>
          <Links title="Studies citing it" items={d.studies} onOpen={onOpen} />
          <Links title="Results citing it" items={d.results} onOpen={onOpen} />
          <Links title="Guidelines citing it" items={d.guidelines} onOpen={onOpen} />
        </>
      );
    default:
      return (
        <dl>
          <Field name="Code" value={d.code} />
          <Field name="Also called" value={d.aliases} />
        </dl>
      );
  }
}

/** Everything known about the selected node, with the quote behind every number. */
export function DetailsPanel({ id, onOpen }: Props) {
  const [details, setDetails] = useState<Details | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!id) {
      setDetails(null);
      return;
    }
    let live = true;
    setLoading(true);
    setError(null);
    fetchDetails(id)
      .then((d) => live && setDetails(d))
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <aside className="details" aria-labelledby="details-title" data-testid="details">
      {!id && <p className="hint">Select a node on the canvas to see its details and the sentences behind its numbers.</p>}
      {loading && <p className="hint">Loading…</p>}
      {error && (
        <div role="alert" className="error">
          {error}
        </div>
      )}
      {id && !loading && !error && details === null && <p className="hint">Nothing in the graph has the id {id}.</p>}
      {details && !loading && (
        <>
          <p className="kind" style={{ color: KIND_STYLES[details.kind].color }}>
            {KIND_STYLES[details.kind].label}
          </p>
          <h2 id="details-title" data-testid="details-title">
            {details.name}
          </h2>
          <Body d={details} onOpen={onOpen} />
        </>
      )}
    </aside>
  );
}
