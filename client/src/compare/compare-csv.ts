/**
 * The comparison as CSV (RFC 4180): a header line, one line per table row in table order, CRLF line
 * ends; a field with a comma, a double quote, a line break or surrounding spaces is quoted and its
 * quotes doubled. Numbers are written as the API returned them, never rounded.
 */
import { human } from '../components/format';
import type { ComparisonRowData } from '../api/compare-operations';
import type { Comparability } from './comparability';
import type { ControlArm, Effect } from './control-arms';
import { levelOf } from './compare-table-model';
import { provenanceLine } from '../details/provenance-text';

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(lines: CsvValue[][]): string {
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = [
  'Evidence level',
  'Study',
  'Study id',
  'Design',
  'Phase',
  'Intervention',
  'Arm',
  'n',
  'Statistic',
  'Bound',
  'Value',
  'Value high',
  'Unit',
  'Value as written',
  'CI level',
  'CI low',
  'CI high',
  'P',
  'Timepoint',
  'Not reached',
  'Populations',
  'Site',
  'NET/NEC',
  'Grades',
  'Ki67',
  'Setting',
  'Line',
  'Population differences',
  'Reference',
  'Section',
  'Quote',
  'Source',
  'Evidence basis',
  'Control arms',
  'Effect vs control',
  'Provenance',
];

/** A row of the CSV: the API's row, with its control arms and effect where the view found them. */
export type CsvRow = ComparisonRowData & { controls?: ControlArm[]; effect?: Effect | null };

export function comparisonCsv(rows: CsvRow[], comparability: Comparability[]): string {
  return toCsv([
    CSV_HEADER,
    ...rows.map((r, i) => {
      const c = comparability[i];
      return [
        levelOf(r).label,
        r.study.name,
        r.study.id,
        human(r.design),
        r.phase,
        r.intervention.name,
        r.arm?.label,
        r.n,
        r.statistic,
        r.bound,
        r.value,
        r.valueHigh,
        r.unit,
        r.result.valueText,
        r.ciLow !== null ? (r.result.ciLevel ?? null) : null,
        r.ciLow,
        r.ciHigh,
        r.pValue,
        r.timepoint,
        r.notReached ? 'yes' : 'no',
        r.populations.map((p) => p.name).join('; '),
        c?.profile.site,
        c?.profile.differentiation,
        c?.profile.grades,
        c?.profile.ki67,
        c?.profile.setting,
        c?.profile.line,
        c?.differences.map((d) => d.text).join('; '),
        r.provenance.ref,
        r.provenance.section,
        r.provenance.quote,
        r.source.kind === 'REGISTRY' ? 'ClinicalTrials.gov' : 'Review',
        r.evidenceBasis === 'REGISTRY' ? 'registry' : 'review',
        (r.controls ?? []).map((c) => `${c.label}: ${c.valueText}`).join('; '),
        r.effect?.text,
        provenanceLine(r.provenance),
      ];
    }),
  ]);
}
