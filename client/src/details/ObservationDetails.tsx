/** A review-level number's panel: the number, what it measures and is about, the studies behind it, its quote. */
import type { Of } from '../api/details-operations';
import { human } from '../components/format';
import { Field, Links, Provenance } from './parts';

export function ObservationDetails({ node, onOpen }: { node: Of<'Observation'>; onOpen(id: string): void }) {
  return (
    <>
      <p className="value" data-testid="result-value">
        {node.valueText}
      </p>
      <dl>
        <Field name="Statistic" value={human(node.statistic)} />
        <Field name="When" value={node.timepoint} />
        <Field name="Measures" value={node.note} />
      </dl>
      <Provenance p={node.provenance} />
      <Links title="About" items={node.about} onOpen={onOpen} />
      <Links title="Resting on" items={node.basis} onOpen={onOpen} />
    </>
  );
}
