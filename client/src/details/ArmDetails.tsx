/** An arm's panel: enrolment, what it received, its study and its results. */
import type { Of } from '../api/details-operations';
import { Field, Links, ResultsTable } from './parts';

export function ArmDetails({ node, onOpen }: { node: Of<'Arm'>; onOpen(id: string): void }) {
  return (
    <>
      <dl>
        <Field name="Enrolled" value={node.enrolled} />
        <Field
          name="Received"
          value={node.treatments.map((t) => `${t.intervention.name}${t.dose ? ` ${t.dose}` : ''}${t.schedule ? ` ${t.schedule}` : ''}`)}
        />
      </dl>
      <Links title="Study" items={[node.study]} onOpen={onOpen} />
      <ResultsTable results={node.results} onOpen={onOpen} />
    </>
  );
}
