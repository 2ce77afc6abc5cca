/** A biomarker's panel: what it predicts, each prediction with its quote and source. */
import type { Of } from '../api/details-operations';
import { Field, Provenance } from './parts';

export function BiomarkerDetails({ node, onOpen }: { node: Of<'Biomarker'>; onOpen(id: string): void }) {
  return (
    <>
      <dl>
        <Field name="Also called" value={node.aliases} />
      </dl>
      <ul>
        {node.predictions.map((p, i) => (
          <li key={i}>
            <button type="button" className="link" onClick={() => onOpen(p.target.id)}>
              <strong>{p.target.name}</strong>
            </button>
            : {p.effect}
            <Provenance p={p.provenance} />
          </li>
        ))}
      </ul>
    </>
  );
}
