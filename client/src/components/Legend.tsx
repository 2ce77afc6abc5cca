import { ALL_KINDS, KIND_STYLES } from '../graph/kinds';

const SHAPE_CLIP: Record<string, string> = {
  ellipse: 'circle(50%)',
  diamond: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  hexagon: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  triangle: 'polygon(50% 0, 100% 100%, 0 100%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  vee: 'polygon(0 0, 50% 40%, 100% 0, 50% 100%)',
  tag: 'polygon(0 0, 75% 0, 100% 50%, 75% 100%, 0 100%)',
  pentagon: 'polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)',
};

/** Every node kind with its colour and shape, as drawn on the canvas. */
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
    </section>
  );
}
