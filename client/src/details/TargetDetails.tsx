/** A molecular target's panel: other names and the interventions acting on it. */
import type { Of } from '../api/details-operations';
import { Field, Links } from './parts';

export function TargetDetails({ node, onOpen }: { node: Of<'Target'>; onOpen(id: string): void }) {
  return (
    <>
      <dl>
        <Field name="Also called" value={node.aliases} />
      </dl>
      <Links title="Interventions targeting it" items={node.interventions} onOpen={onOpen} />
    </>
  );
}
