/** A study's panel: design and evidence level, arms, results, both sources side by side, registry results. */
import type { Of } from '../api/details-operations';
import { studyEvidence } from '../evidence/evidence-level';
import { human } from '../components/format';
import { Field, Links, Provenance, ResultsTable } from './parts';
import { SourceComparison } from './SourceComparison';
import { RegistryRecordFields } from './RegistryRecordFields';
import { linkReasonText } from './registry-compare';

type Study = Of<'Study'>;

/** The evidence level, "(registry)" where it rests on the registry's design, with the reason on hover and in words. */
function EvidenceLine({ study }: { study: Study }) {
  const evidence = studyEvidence(study);
  return (
    <>
      <Field
        name="Evidence level"
        value={
          <span data-testid="evidence-level" title={study.evidenceNote ?? undefined}>
            {evidence.label}
          </span>
        }
      />
      {study.evidenceNote && <Field name="Why" value={<span data-testid="evidence-note">{study.evidenceNote}</span>} />}
      {study.nonComparative && <Field name="Comparison" value="randomized but non-comparative: the arms are not compared head to head" />}
      {study.planned && (
        <Field
          name="Planned"
          value={`ongoing, nothing reported yet${study.plannedEnrolment ? ` (plans to enrol ${study.plannedEnrolment})` : ''}`}
        />
      )}
    </>
  );
}

function Arms({ study, onOpen }: { study: Study; onOpen(id: string): void }) {
  if (study.arms.length === 0) return null;
  return (
    <>
      <h4>Arms</h4>
      <ul>
        {study.arms.map((a) => (
          <li key={a.id}>
            <button type="button" className="link" onClick={() => onOpen(a.id)}>
              {a.label}
            </button>
            {a.enrolled ? ` (n = ${a.enrolled})` : ''}:{' '}
            {a.treatments
              .map((t) => `${t.intervention.name}${t.dose ? ` ${t.dose}` : ''}${t.schedule ? ` ${t.schedule}` : ''}`)
              .join(' + ')}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A review study: its own words, then the registry record beside it where one is linked. */
function ReviewStudy({ study, onOpen }: { study: Study; onOpen(id: string): void }) {
  const registryResults = study.registry?.study.results ?? [];
  return (
    <>
      <dl>
        <Field name="Design" value={human(study.design)} />
        <EvidenceLine study={study} />
        <Field name="Phase" value={study.phase} />
        <Field name="Blinded" value={study.blinded} />
        <Field name="Status" value={human(study.status)} />
        <Field name="Enrolled" value={study.enrolled} />
        <Field name="NCT" value={study.nct} />
      </dl>
      <p>{study.summary}</p>
      <Provenance p={study.provenance} />
      <Arms study={study} onOpen={onOpen} />
      <ResultsTable results={study.results} onOpen={onOpen} />
      <SourceComparison study={study} />
      {registryResults.length > 0 && (
        <section aria-labelledby="registry-results-title">
          <h4 id="registry-results-title">Results in the registry record</h4>
          <ResultsTable results={registryResults} onOpen={onOpen} testId="registry-results" withSource />
        </section>
      )}
      <Links title="Populations" items={study.populations} onOpen={onOpen} />
      <Links title="References" items={study.references} onOpen={onOpen} />
    </>
  );
}

/** A registry record's own study: says it is a ClinicalTrials.gov record and which review studies it is linked to. */
function RegistryStudy({ study, onOpen }: { study: Study; onOpen(id: string): void }) {
  const record = study.registry;
  return (
    <>
      <p className="registry-note" data-testid="registry-note">
        A ClinicalTrials.gov record
        {record ? (
          <>
            {' '}
            (
            <a href={record.url} target="_blank" rel="noreferrer" data-testid="registry-link">
              {record.nct} on ClinicalTrials.gov
            </a>
            )
          </>
        ) : null}
        , in the registry's own words.
      </p>
      <dl>
        <EvidenceLine study={study} />
      </dl>
      {record && <RegistryRecordFields record={record} />}
      <Provenance p={study.provenance} />
      {study.reviewStudies.length > 0 ? (
        <div className="links" data-testid="linked-review-studies">
          <h4>Linked review studies</h4>
          <ul>
            {study.reviewStudies.map((s) => (
              <li key={s.id}>
                <button type="button" className="link" onClick={() => onOpen(s.id)}>
                  {s.name}
                </button>
                {s.registry?.link && <span className="hint"> — {linkReasonText(s.registry.link)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="hint">No review study is linked to this record.</p>
      )}
      <Arms study={study} onOpen={onOpen} />
      <ResultsTable results={study.results} onOpen={onOpen} withSource />
      <Links title="Populations" items={study.populations} onOpen={onOpen} />
    </>
  );
}

export function StudyDetails({ node, onOpen }: { node: Study; onOpen(id: string): void }) {
  return node.source.kind === 'REGISTRY' ? <RegistryStudy study={node} onOpen={onOpen} /> : <ReviewStudy study={node} onOpen={onOpen} />;
}
