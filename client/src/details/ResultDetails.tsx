/** A result's panel: the number with CI and p, what it measures, its quote and source, the arms compared. */
import type { Of } from '../api/details-operations';
import { formatResultValue, human } from '../components/format';
import { Field, Links, Provenance } from './parts';

export function ResultDetails({ node, onOpen }: { node: Of<'Result'>; onOpen(id: string): void }) {
  return (
    <>
      <p className="value" data-testid="result-value">
        {formatResultValue(node)}
      </p>
      <dl>
        <Field name="Endpoint" value={node.endpoint.name} />
        <Field name="Statistic" value={human(node.statistic)} />
        <Field name="Timepoint" value={node.timepoint} />
        <Field name="Arm" value={node.arm?.label} />
        <Field name="Compared" value={node.comparedArms.map((c) => `${c.arm.label} (${c.role})`)} />
        <Field name="Subgroup" value={node.population?.name} />
      </dl>
      <Provenance p={node.provenance} />
      <Links title="Study" items={[node.study]} onOpen={onOpen} />
    </>
  );
}
