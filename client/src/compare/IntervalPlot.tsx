/**
 * The interval plot beside the table, as inline SVG: one row per table row (same numbers), each
 * labelled with its therapy and study and drawn in its therapy's colour (with a key), points with CI
 * whiskers, ranges as bars; a panel per statistic and unit, ratios on a log axis with the line of no
 * effect at 1.
 */
import { buildPanels, markOf, project, type Panel } from './interval-plot-model';
import { ciText, rowTitle, type CompareRow } from './compare-row';

interface Props {
  rows: CompareRow[];
  selected: string | null;
  onSelect(key: string): void;
  /** Colour of each therapy (intervention id). */
  colours: ReadonlyMap<string, string>;
}

const WIDTH = 440;
const LABEL_W = 190;
const LEFT = LABEL_W + 14;
const RIGHT = WIDTH - 22;
const ROW_H = 24;
const HEAD_H = 26;
const AXIS_H = 34;
const GAP = 14;

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** "Everolimus · RADIANT-3": what a row of the plot is. */
export const plotLabel = (r: Pick<CompareRow, 'intervention' | 'study'>) => `${r.intervention.name} · ${r.study.name}`;

function PanelPlot({
  panel,
  top,
  selected,
  onSelect,
  colours,
}: {
  panel: Panel<CompareRow>;
  top: number;
  selected: string | null;
  onSelect(key: string): void;
  colours: ReadonlyMap<string, string>;
}) {
  const x = (v: number) => project(panel, v, LEFT, RIGHT);
  const plotTop = top + HEAD_H;
  const plotBottom = plotTop + panel.rows.length * ROW_H;
  const rowClass = (r: CompareRow) => (r.key === selected ? 'compare-plot-row compare-selected' : 'compare-plot-row');
  const titleOf = (r: CompareRow) => `${r.number}. ${rowTitle(r)}: ${r.result.valueText}${ciText(r) ? ` (${ciText(r)})` : ''}`;
  return (
    <g data-testid="plot-panel" data-panel={panel.id}>
      <text x={0} y={top + 16} className="compare-plot-title">
        {panel.title}
      </text>
      {/* Row bands first, so grid, the line of no effect and marks are drawn over a highlighted row. */}
      {panel.rows.map((r, i) => (
        <g key={r.key} className={rowClass(r)} onClick={() => onSelect(r.key)}>
          <title>{titleOf(r)}</title>
          <rect x={0} y={plotTop + i * ROW_H} width={WIDTH} height={ROW_H} className="compare-plot-band" />
        </g>
      ))}
      {panel.ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={plotTop} y2={plotBottom} className="compare-plot-grid" />
          <line x1={x(t)} x2={x(t)} y1={plotBottom} y2={plotBottom + 5} className="compare-plot-axis" />
          <text x={x(t)} y={plotBottom + 18} textAnchor="middle" className="compare-plot-tick" data-testid="plot-tick">
            {t}
          </text>
        </g>
      ))}
      <line x1={LEFT} x2={RIGHT} y1={plotBottom} y2={plotBottom} className="compare-plot-axis" />
      {panel.scale === 'log' && (
        <g data-testid="plot-no-effect">
          <line x1={x(1)} x2={x(1)} y1={plotTop - 4} y2={plotBottom} className="compare-plot-null" />
          <text x={x(1) + 4} y={plotTop - 2} className="compare-plot-tick">
            no effect
          </text>
        </g>
      )}
      {panel.rows.map((r, i) => {
        const cy = plotTop + i * ROW_H + ROW_H / 2;
        const colour = colours.get(r.intervention.id) ?? '#1f4e9c';
        let mark = markOf(r);
        if (panel.scale === 'log' && mark !== 'none' && !(r.value! > 0)) mark = 'none';
        return (
          <g key={r.key} className="compare-plot-row" onClick={() => onSelect(r.key)}>
            <title>{titleOf(r)}</title>
            <text x={0} y={cy + 4} className="compare-plot-label" data-testid="plot-label" data-key={r.key} fill={colour}>
              {truncate(`${r.number}. ${plotLabel(r)}`, 32)}
            </text>
            {mark === 'point' &&
              typeof r.ciLow === 'number' &&
              typeof r.ciHigh === 'number' &&
              (panel.scale === 'linear' || r.ciLow > 0) && (
                <g data-testid="plot-ci" className="compare-plot-ci" stroke={colour}>
                  <line x1={x(r.ciLow)} x2={x(r.ciHigh)} y1={cy} y2={cy} />
                  <line x1={x(r.ciLow)} x2={x(r.ciLow)} y1={cy - 5} y2={cy + 5} />
                  <line x1={x(r.ciHigh)} x2={x(r.ciHigh)} y1={cy - 5} y2={cy + 5} />
                </g>
              )}
            {mark === 'point' && (
              <>
                <circle
                  cx={x(r.value!)}
                  cy={cy}
                  r={5}
                  className="compare-plot-point"
                  data-testid="plot-point"
                  data-key={r.key}
                  data-colour={colour}
                  style={{ fill: colour }}
                />
                {r.bound && (
                  <text x={x(r.value!) + 8} y={cy + 4} className="compare-plot-tick" data-testid="plot-bound" data-key={r.key}>
                    {r.bound === '>=' ? '≥' : r.bound === '<=' ? '≤' : r.bound}
                  </text>
                )}
              </>
            )}
            {mark === 'range' && (
              <rect
                x={x(r.value!)}
                y={cy - 5}
                width={Math.max(2, x(r.valueHigh!) - x(r.value!))}
                height={10}
                className="compare-plot-range"
                data-testid="plot-range"
                data-key={r.key}
                style={{ fill: colour }}
              />
            )}
            {mark === 'none' && (
              <text
                x={LEFT + 4}
                y={cy + 4}
                className="compare-plot-note"
                data-testid={r.notReached ? 'plot-not-reached' : 'plot-no-number'}
              >
                {r.notReached ? 'not reached' : 'no number to plot'}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

export function IntervalPlot({ rows, selected, onSelect, colours }: Props) {
  const panels = buildPanels(rows);
  const tops: number[] = [];
  let height = 0;
  for (const p of panels) {
    tops.push(height);
    height += HEAD_H + p.rows.length * ROW_H + AXIS_H + GAP;
  }
  return (
    <figure className="compare-plot" data-testid="compare-plot">
      <svg
        viewBox={`0 0 ${WIDTH} ${Math.max(height, 40)}`}
        width={WIDTH}
        height={Math.max(height, 40)}
        role="img"
        aria-label={`Interval plot of ${rows.length} rows in ${panels.length} panel${panels.length === 1 ? '' : 's'}: ${panels.map((p) => p.title).join('; ')}`}
      >
        {panels.map((p, i) => (
          <PanelPlot key={p.id} panel={p} top={tops[i]!} selected={selected} onSelect={onSelect} colours={colours} />
        ))}
      </svg>
      <ul className="compare-plot-key" data-testid="plot-key" aria-label="Colour of each therapy">
        {[...new Map(rows.map((r) => [r.intervention.id, r.intervention.name])).entries()].map(([id, name]) => (
          <li key={id}>
            <span className="compare-swatch" aria-hidden="true" style={{ background: colours.get(id) }} />
            {name}
          </li>
        ))}
      </ul>
      <figcaption className="hint">
        Points: medians and rates; whiskers: confidence intervals where reported; bars: ranges. Units are never mixed on one axis.
      </figcaption>
    </figure>
  );
}
