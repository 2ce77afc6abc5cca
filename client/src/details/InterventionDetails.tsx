/** An intervention's panel: kind, class, route, regimens, targets, studies and adverse-event rates with their quotes. */
import type { Of } from '../api/details-operations';
import { formatRate } from '../components/format';
import { Field, Links } from './parts';
import { provenanceLine } from './provenance-text';

export function InterventionDetails({ node, onOpen }: { node: Of<'Intervention'>; onOpen(id: string): void }) {
  return (
    <>
      <dl>
        <Field name="Kind" value={node.interventionKind} />
        <Field name="Class" value={node.drugClass} />
        <Field name="Route" value={node.route} />
        <Field name="Also called" value={node.aliases} />
      </dl>
      <Links title="Includes" items={node.includes} onOpen={onOpen} />
      <Links title="Part of" items={node.partOf} onOpen={onOpen} />
      <Links title="Targets" items={node.targets} onOpen={onOpen} />
      <Links title="Studies" items={node.studies} onOpen={onOpen} />
      {node.adverseEvents.length > 0 && (
        <>
          <h4>Adverse events</h4>
          <ul>
            {node.adverseEvents.map((a, i) => (
              <li key={i} title={`“${a.provenance.quote}” (${provenanceLine(a.provenance)})`}>
                {a.adverseEvent.name}: {formatRate(a)}
                {a.study ? ` (${a.study.name})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
