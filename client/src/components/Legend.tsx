/**
 * The canvas legend: every node kind with its colour and shape, the study borders of each evidence
 * level, and the marks for ClinicalTrials.gov records, evidence levels resting on the registry,
 * planned trials and "+N" groups, each drawn as the canvas draws it.
 */
import type { CSSProperties } from 'react';
import { ALL_KINDS, KIND_STYLES } from '../graph/kinds';
import { EVIDENCE_LEVELS } from '../evidence/evidence-level';
import { LEVEL_BORDERS, REGISTRY_OUTLINE } from '../graph/stylesheet';

const SHAPE_CLIP: Record<string, string> = {
  ellipse: 'circle(50%)',
  diamond: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  hexagon: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  triangle: 'polygon(50% 0, 100% 100%, 0 100%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  vee: 'polygon(0 0, 50% 40%, 100% 0, 50% 100%)',
  tag: 'polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)',
  pentagon: 'polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)',
  octagon: 'polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)',
};

const study = KIND_STYLES.STUDY.color;

/** A study swatch with the border of an evidence level (CSS border styles are the canvas's). */
const borderSwatch = (width: number, style: string, color = '#0b2545'): CSSProperties => ({
  background: study,
  border: `${Math.min(width, 5)}px ${style} ${color}`,
  borderRadius: 4,
});

export function Legend() {
  return (
    <section aria-labelledby="legend-title" className="panel">
      <h2 id="legend-title">Legend</h2>
      <ul className="legend" data-testid="legend">
        {ALL_KINDS.map((kind) => (
          <li key={kind}>
            <span
              className="legend-shape"
              aria-hidden="true"
              style={{
                background: KIND_STYLES[kind].color,
                clipPath: SHAPE_CLIP[KIND_STYLES[kind].shape],
                borderRadius: KIND_STYLES[kind].shape === 'round-rectangle' ? 4 : 0,
              }}
            />
            {KIND_STYLES[kind].label}
          </li>
        ))}
      </ul>
      <h3 className="legend-heading">Study borders: evidence level</h3>
      <ul className="legend legend-levels" data-testid="legend-levels">
        {EVIDENCE_LEVELS.map((level) => {
          const b = LEVEL_BORDERS[level.rank]!;
          return (
            <li key={level.rank} data-level={level.rank}>
              <span className="legend-shape legend-border" aria-hidden="true" style={borderSwatch(b.width, b.style)} />
              {level.rank}. {level.label}
            </li>
          );
        })}
      </ul>
      <h3 className="legend-heading">Sources and marks</h3>
      <ul className="legend legend-marks" data-testid="legend-marks">
        <li data-mark="registry">
          <span
            className="legend-shape"
            aria-hidden="true"
            style={{
              background: study,
              borderRadius: 4,
              outline: `${REGISTRY_OUTLINE.width}px solid ${REGISTRY_OUTLINE.color}`,
              outlineOffset: 1,
            }}
          />
          ClinicalTrials.gov record
        </li>
        <li data-mark="level-from-registry">
          <span className="legend-shape legend-border" aria-hidden="true" style={borderSwatch(4, 'solid', REGISTRY_OUTLINE.color)} />
          Evidence level from the registry (“RCT (registry)”)
        </li>
        <li data-mark="planned">
          <span className="legend-shape" aria-hidden="true" style={{ background: study, opacity: 0.45, borderRadius: 4 }} />
          Planned trial (nothing reported yet)
        </li>
        <li data-mark="group">
          <span
            className="legend-shape"
            aria-hidden="true"
            style={{ background: '#ffffff', border: '2px dashed #4a5563', borderRadius: 4 }}
          />
          “+N”: neighbours not on the canvas (click to open)
        </li>
      </ul>
    </section>
  );
}
