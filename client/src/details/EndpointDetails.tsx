/** An endpoint's panel: its code and other names. */
import type { Of } from '../api/details-operations';
import { Field } from './parts';

export function EndpointDetails({ node }: { node: Of<'Endpoint'> }) {
  return (
    <dl>
      <Field name="Code" value={node.code} />
      <Field name="Also called" value={node.aliases} />
    </dl>
  );
}
