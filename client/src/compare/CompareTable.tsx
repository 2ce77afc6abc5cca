import type { SortDir, SortKey } from './compare-url';
import type { LevelGroup } from './compare-table-model';
import { explorerHref, type CompareRow } from './compare-row';
import { ATTRIBUTE_LABELS } from './comparability';
import { human } from '../components/format';

interface Props {
  groups: LevelGroup<CompareRow>[];
  sort: { key: SortKey; dir: SortDir } | null;
  onSort(key: SortKey): void;
  selected: string | null;
  onSelect(key: string): void;
  caption: string;
}

const COLUMNS: { key: SortKey | null; label: string; className?: string }[] = [
  { key: null, label: '#' },
  { key: 'level', label: 'Evidence level' },
  { key: 'study', label: 'Study' },
  { key: 'design', label: 'Design' },
  { key: 'phase', label: 'Phase' },
  { key: 'arm', label: 'Arm (therapy)' },
  { key: null, label: 'Population' },
  { key: 'n', label: 'n', className: 'compare-num' },
  { key: 'value', label: 'Value', className: 'compare-num' },
  { key: 'ci', label: 'CI' },
  { key: 'p', label: 'p' },
];

/** The comparison table: sortable headers (buttons: click or Enter), groups by evidence level, a quote per row. */
export function CompareTable({ groups, sort, onSort, selected, onSelect, caption }: Props) {
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
            <tr
              key={r.key}
              data-testid="compare-row"
              data-key={r.key}
              data-study={r.study.id}
              data-has-value={typeof r.value === 'number' ? 'true' : 'false'}
              title={`“${r.provenance.quote}”`}
              className={r.key === selected ? 'compare-selected' : undefined}
              onClick={() => onSelect(r.key)}
              onFocus={() => onSelect(r.key)}
            >
              <td>{r.number}</td>
              <td>{g.level.short}</td>
              <th scope="row">
                <a href={explorerHref(r.study.id)} data-testid="compare-study-link">
                  {r.study.name}
                </a>
              </th>
              <td>{human(r.design)}</td>
              <td>{r.phase ?? '—'}</td>
              <td>
                {r.arm?.label ?? <span className="hint">whole study</span>}
                <span className="compare-stat">therapy: {r.intervention.name}</span>
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
                  onClick={() => onSelect(r.key)}
                >
                  {r.result.valueText}
                </button>
                <span className="compare-stat">
                  {r.statistic.replaceAll('_', ' ')}
                  {r.timepoint ? `, ${r.timepoint}` : ''}
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
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
