/** A guideline's panel: issuer, stance, statement and conditions, its quote, and what it concerns and rests on. */
import type { Of } from '../api/details-operations';
import { human } from '../components/format';
import { Field, Links, Provenance } from './parts';

export function GuidelineDetails({ node, onOpen }: { node: Of<'Guideline'>; onOpen(id: string): void }) {
  return (
    <>
      <dl>
        <Field name="Issuer" value={node.issuer} />
        <Field name="Stance" value={human(node.stance)} />
        <Field name="Conditions" value={node.conditions} />
      </dl>
      <p>{node.statement}</p>
      <Provenance p={node.provenance} />
      <Links title="Interventions" items={node.interventions} onOpen={onOpen} />
      <Links title="Populations" items={node.populations} onOpen={onOpen} />
      <Links title="Supported by" items={node.supportedBy} onOpen={onOpen} />
    </>
  );
}
