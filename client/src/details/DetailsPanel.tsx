/**
 * Everything known about the selected node, with the quote and source behind every number: one
 * load (useApi), then the panel of the node's kind.
 */
import { fetchDetails, type DetailsNode } from '../api/details-operations';
import { useApi } from '../api/use-api';
import { KIND_STYLES } from '../graph/kinds';
import { SourceBadge } from './parts';
import { StudyDetails } from './StudyDetails';
import { ArmDetails } from './ArmDetails';
import { ResultDetails } from './ResultDetails';
import { InterventionDetails } from './InterventionDetails';
import { PopulationDetails } from './PopulationDetails';
import { EndpointDetails } from './EndpointDetails';
import { TargetDetails } from './TargetDetails';
import { AdverseEventDetails } from './AdverseEventDetails';
import { BiomarkerDetails } from './BiomarkerDetails';
import { GuidelineDetails } from './GuidelineDetails';
import { ReferenceDetails } from './ReferenceDetails';
import { ObservationDetails } from './ObservationDetails';

interface Props {
  id: string | null;
  onOpen(id: string): void;
}

function KindDetails({ node, onOpen }: { node: DetailsNode; onOpen(id: string): void }) {
  switch (node.__typename) {
    case 'Study':
      return <StudyDetails node={node} onOpen={onOpen} />;
    case 'Arm':
      return <ArmDetails node={node} onOpen={onOpen} />;
    case 'Result':
      return <ResultDetails node={node} onOpen={onOpen} />;
    case 'Intervention':
      return <InterventionDetails node={node} onOpen={onOpen} />;
    case 'Population':
      return <PopulationDetails node={node} onOpen={onOpen} />;
    case 'Endpoint':
      return <EndpointDetails node={node} />;
    case 'Target':
      return <TargetDetails node={node} onOpen={onOpen} />;
    case 'AdverseEvent':
      return <AdverseEventDetails node={node} />;
    case 'Biomarker':
      return <BiomarkerDetails node={node} onOpen={onOpen} />;
    case 'Guideline':
      return <GuidelineDetails node={node} onOpen={onOpen} />;
    case 'Reference':
      return <ReferenceDetails node={node} onOpen={onOpen} />;
    case 'Observation':
      return <ObservationDetails node={node} onOpen={onOpen} />;
  }
}

export function DetailsPanel({ id, onOpen }: Props) {
  const details = useApi(id, (signal) => fetchDetails(id!, signal));
  const node = details.status === 'done' ? details.data : null;
  const style = node ? KIND_STYLES[node.kind] : null;
  return (
    <div className="details-body" aria-labelledby="details-title" data-testid="details">
      {!id && <p className="hint">Select a node on the canvas to see its details and the sentences behind its numbers.</p>}
      {details.status === 'loading' && <p className="hint">Loading…</p>}
      {details.status === 'error' && (
        <div role="alert" className="error">
          {details.error}{' '}
          <button type="button" onClick={details.retry}>
            Retry
          </button>
        </div>
      )}
      {details.status === 'done' && node === null && <p className="hint">Nothing in the graph has the id {id}.</p>}
      {node && style && (
        <>
          <p className="kind" style={{ color: style.color }}>
            {style.label}
            {node.__typename === 'Study' && <SourceBadge kind={node.source.kind} title={node.source.title} />}
          </p>
          <h2 id="details-title" data-testid="details-title">
            {node.name}
          </h2>
          <KindDetails node={node} onOpen={onOpen} />
        </>
      )}
    </div>
  );
}
