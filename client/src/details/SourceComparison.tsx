/**
 * "Review says / Registry says" for a review study linked to its ClinicalTrials.gov record: the
 * fields side by side with a flag where the sources disagree, why the two are taken as one trial,
 * the public record page, and each disagreement's values with their own provenance.
 */
import type { Of } from '../api/details-operations';
import { linkReasonText, sideBySide } from './registry-compare';
import { Provenance } from './parts';

type Study = Of<'Study'>;

export function SourceComparison({ study }: { study: Study }) {
  const record = study.registry;
  if (!record) return null;
  const rows = sideBySide(study, record, study.discrepancies);
  const differing = rows.filter((r) => r.differs).length;
  return (
    <section className="source-compare" aria-labelledby="source-compare-title" data-testid="source-compare">
      <h3 id="source-compare-title">Review says / Registry says</h3>
      <p className="hint">
        ClinicalTrials.gov record{' '}
        <a href={record.url} target="_blank" rel="noreferrer" data-testid="registry-link">
          {record.nct}
        </a>
        {record.link && <span data-testid="registry-link-reason"> — {linkReasonText(record.link)}</span>}
      </p>
      <p className="source-compare-summary" role="status">
        {differing === 0
          ? 'The two sources agree wherever both state a value.'
          : `${differing} field${differing === 1 ? '' : 's'} where the review and the registry disagree (⚑).`}
      </p>
      <table className="source-compare-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Review says</th>
            <th scope="col">Registry says</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.field}
              data-testid="source-row"
              data-field={r.field}
              data-differs={r.differs ? 'true' : 'false'}
              className={r.differs ? 'source-differs' : undefined}
            >
              <th scope="row">
                {r.differs && (
                  <span
                    className="source-flag"
                    role="img"
                    aria-label="The sources disagree"
                    title="The review and the registry record disagree"
                  >
                    ⚑{' '}
                  </span>
                )}
                {r.label}
              </th>
              <td>{r.review}</td>
              <td>{r.registry}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {study.discrepancies.length > 0 && (
        <details className="source-evidence">
          <summary>Where each disagreeing value comes from</summary>
          {study.discrepancies.map((d) => (
            <div key={d.field} data-testid="discrepancy" data-field={d.field}>
              <h4>{d.field}</h4>
              {d.values.map((v, i) => (
                <div key={i}>
                  <strong>{v.source.kind === 'REGISTRY' ? 'Registry' : 'Review'}:</strong> {v.value}
                  <Provenance p={v.provenance} />
                </div>
              ))}
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
