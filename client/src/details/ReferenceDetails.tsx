/** A reference's panel: its number and first author, and the studies, results and guidelines citing it. */
import type { Of } from '../api/details-operations';
import { Field, Links } from './parts';

export function ReferenceDetails({ node, onOpen }: { node: Of<'Reference'>; onOpen(id: string): void }) {
  return (
    <>
      <dl>
        <Field name="Number" value={node.number} />
        <Field name="First author" value={node.firstAuthor} />
      </dl>
      <Links title="Studies citing it" items={node.studies} onOpen={onOpen} />
      <Links title="Results citing it" items={node.results} onOpen={onOpen} />
      <Links title="Guidelines citing it" items={node.guidelines} onOpen={onOpen} />
    </>
  );
}
