/** An adverse event's panel: its rate under each intervention, each with its quote and source. */
import type { Of } from '../api/details-operations';
import { formatRate } from '../components/format';
import { Field, Provenance } from './parts';

export function AdverseEventDetails({ node }: { node: Of<'AdverseEvent'> }) {
  return (
    <>
      <dl>
        <Field name="Category" value={node.category} />
        <Field name="Also called" value={node.aliases} />
      </dl>
      <ul>
        {node.rates.map((a, i) => (
          <li key={i}>
            {a.intervention.name}: {formatRate(a)}
            <Provenance p={a.provenance} />
          </li>
        ))}
      </ul>
    </>
  );
}
