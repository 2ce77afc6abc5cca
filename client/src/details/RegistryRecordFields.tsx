/** A ClinicalTrials.gov record's fields as the registry gives them (codes in words). */
import type { Of } from '../api/details-operations';
import { Field } from './parts';
import { registryWord } from './registry-compare';

type Record = NonNullable<Of<'Study'>['registry']>;

export function RegistryRecordFields({ record }: { record: Record }) {
  return (
    <dl data-testid="registry-fields">
      <Field name="NCT" value={record.nct} />
      <Field name="Official title" value={record.officialTitle} />
      <Field name="Study type" value={record.studyType ? registryWord(record.studyType) : null} />
      <Field name="Phases" value={record.phases.map(registryWord)} />
      <Field name="Allocation" value={record.allocation ? registryWord(record.allocation) : null} />
      <Field name="Assignment" value={record.interventionModel ? registryWord(record.interventionModel) : null} />
      <Field name="Masking" value={record.masking ? registryWord(record.masking) : null} />
      <Field name="Status" value={record.overallStatus ? registryWord(record.overallStatus) : null} />
      <Field name="Why stopped" value={record.whyStopped} />
      <Field
        name="Enrolment"
        value={
          record.enrollment !== null
            ? `${record.enrollment}${record.enrollmentType ? ` (${record.enrollmentType.toLowerCase()})` : ''}`
            : null
        }
      />
      <Field name="Start" value={record.startDate} />
      <Field name="Primary completion" value={record.primaryCompletionDate} />
      <Field name="Completion" value={record.completionDate} />
      <Field name="Conditions" value={record.conditions} />
    </dl>
  );
}
