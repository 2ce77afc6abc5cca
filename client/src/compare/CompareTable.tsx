/**
 * The comparison table: sortable headers (buttons: click or Enter), groups by evidence level, each
 * row with its source (the review, or a ClinicalTrials.gov record), its control arms and its effect
 * against them (a hazard ratio with its CI), population differences in plain words, and its quote
 * opening right under the row.
 */
import { Fragment } from 'react';
import type { SortDir, SortKey } from './compare-url';
import type { LevelGroup } from './compare-table-model';
import { explorerHref, rowTitle, type CompareRow } from './compare-row';
import { ATTRIBUTE_LABELS } from './comparability';
import { comparedWith } from './control-arms';
import { human } from '../components/format';
import { provenanceLine } from '../details/provenance-text';

interface Props {
  groups: LevelGroup<CompareRow>[];
  sort: { key: SortKey; dir: SortDir } | null;
  onSort(key: SortKey): void;
  selected: string | null;
  onSelect(key: string): void;
  caption: string;
  /** Colour of each therapy, the interval plot's. */
  colours: ReadonlyMap<string, string>;
}

const COLUMNS: { key: SortKey | null; label: string; className?: string }[] = [
  { key: null, label: '#' },
  { key: 'level', label: 'Evidence level' },
  { key: 'study', label: 'Study' },
  { key: null, label: 'Source' },
  { key: 'design', label: 'Design' },
  { key: 'phase', label: 'Phase' },
  { key: 'arm', label: 'Arm (therapy)' },
  { key: null, label: 'Population' },
  { key: 'n', label: 'n', className: 'compare-num' },
  { key: 'value', label: 'Value', className: 'compare-num' },
  { key: 'ci', label: 'CI' },
  { key: 'p', label: 'p' },
  { key: null, label: 'Control arm · effect' },
];

function QuoteRow({ r }: { r: CompareRow }) {
  return (
    <tr className="compare-quote-row">
      <td colSpan={COLUMNS.length}>
        <section className="compare-quote" aria-live="polite" aria-label="Quote of the selected row" data-testid="compare-quote">
          <blockquote className={r.source.kind === 'REGISTRY' ? 'provenance provenance-registry' : 'provenance'}>
            <strong>
              {r.number}. {rowTitle(r)}: {r.result.valueText}
            </strong>
            <p>“{r.provenance.quote}”</p>
            <footer>{provenanceLine(r.provenance)}</footer>
          </blockquote>
        </section>
      </td>
    </tr>
  );
}

export function CompareTable({ groups, sort, onSort, selected, onSelect, caption, colours }: Props) {
  return (
    <table className="compare-table" data-testid="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => {
            const active = c.key !== null && sort?.key === c.key;
            return (
              <th
                key={c.label}
                scope="col"
                className={c.className}
                aria-sort={c.key === null ? undefined : active ? (sort!.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                {c.key === null ? (
                  c.label
                ) : (
                  <button type="button" className="compare-sort" data-testid={`sort-${c.key}`} onClick={() => onSort(c.key!)}>
                    {c.label}
                    <span aria-hidden="true" className="compare-sort-icon">
                      {active ? (sort!.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.level.rank}>
          <tr className="compare-group">
            <th scope="rowgroup" colSpan={COLUMNS.length}>
              {g.level.label} ({g.rows.length})
            </th>
          </tr>
          {g.rows.map((r) => (
            <Fragment key={r.key}>
              <tr
                data-testid="compare-row"
                data-key={r.key}
                data-study={r.study.id}
                data-source={r.source.kind}
                data-has-value={typeof r.value === 'number' ? 'true' : 'false'}
                title={`“${r.provenance.quote}”`}
                className={r.key === selected ? 'compare-selected' : undefined}
                onClick={() => onSelect(r.key)}
                onFocus={() => onSelect(r.key)}
              >
                <td>{r.number}</td>
                <td
                  title={r.evidence.basis === 'REGISTRY' ? (r.study.evidenceNote ?? 'The design is the registry record’s.') : undefined}
                  data-testid="compare-level"
                >
                  {r.evidence.short}
                </td>
                <th scope="row">
                  <a href={explorerHref(r.study.id)} data-testid="compare-study-link">
                    {r.study.name}
                  </a>
                </th>
                <td>
                  <span
                    className={r.source.kind === 'REGISTRY' ? 'source-badge source-badge-registry' : 'source-badge'}
                    data-testid="compare-source"
                    title={r.source.title}
                  >
                    {r.source.kind === 'REGISTRY' ? 'ClinicalTrials.gov' : 'Review'}
                  </span>
                </td>
                <td>
                  {human(r.design)}
                  {r.nonComparative && <span className="compare-stat">non-comparative</span>}
                </td>
                <td>{r.phase ?? '—'}</td>
                <td>
                  {r.arm?.label ?? <span className="hint">whole study</span>}
                  <span className="compare-stat">
                    <span className="compare-swatch" aria-hidden="true" style={{ background: colours.get(r.intervention.id) }} />
                    therapy: {r.intervention.name}
                  </span>
                </td>
                <td className="compare-pop">
                  {r.populations.map((p) => p.name).join('; ') || <span className="hint">not stated</span>}
                  <span className="compare-profile">
                    {[
                      r.comparability.profile.site,
                      r.comparability.profile.differentiation,
                      r.comparability.profile.grades,
                      r.comparability.profile.ki67 ? `Ki67 ${r.comparability.profile.ki67}` : null,
                      r.comparability.profile.setting,
                      r.comparability.profile.line,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {r.comparability.differences.length > 0 && (
                    <ul className="compare-flags" data-testid="compare-flags" aria-label="Population differs">
                      {r.comparability.differences.map((d) => (
                        <li key={d.attribute}>
                          <span aria-hidden="true">⚠ </span>
                          {d.text}
                        </li>
                      ))}
                    </ul>
                  )}
                  {r.comparability.unstated.length > 0 && (
                    <span className="compare-unstated">
                      not stated: {r.comparability.unstated.map((a) => ATTRIBUTE_LABELS[a]).join(', ')}
                    </span>
                  )}
                </td>
                <td className="compare-num">{r.n ?? '—'}</td>
                <td className="compare-num">
                  <button
                    type="button"
                    className="compare-value"
                    data-testid="compare-value"
                    aria-label={`${r.result.valueText}: show the quote`}
                    aria-pressed={r.key === selected}
                    aria-expanded={r.key === selected}
                    onClick={() => onSelect(r.key)}
                  >
                    {r.result.valueText}
                  </button>
                  <span className="compare-stat">
                    {r.statistic.replaceAll('_', ' ')}
                    {r.timepoint ? `, ${r.timepoint}` : ''}
                    {comparedWith(r) ? ` ${comparedWith(r)}` : ''}
                  </span>
                </td>
                <td className="compare-nowrap">
                  {r.ciLow !== null || r.ciHigh !== null ? (
                    <>
                      {r.ciLow ?? '?'}–{r.ciHigh ?? '?'}
                      {r.result.ciLevel !== null && <span className="compare-stat">{r.result.ciLevel}% CI</span>}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="compare-nowrap">{r.pValue ?? '—'}</td>
                <td className="compare-controls" data-testid="compare-controls">
                  {r.controls.map((c) => (
                    <span key={c.resultId} className="compare-control-arm" data-testid="compare-control-arm">
                      {c.label}: {c.valueText}
                    </span>
                  ))}
                  {r.effect && (
                    <span className="compare-effect" data-testid="compare-effect">
                      {r.effect.text}
                    </span>
                  )}
                  {r.controls.length === 0 && !r.effect && <span className="hint">—</span>}
                </td>
              </tr>
              {r.key === selected && <QuoteRow r={r} />}
            </Fragment>
          ))}
        </tbody>
      ))}
    </table>
  );
}
