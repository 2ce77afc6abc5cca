/** The explorer's filters: kinds, source, study design, phase, status, evidence level, population grade and site. */
import type { GraphNodeData } from '../api/canvas-operations';
import { EVIDENCE_LEVELS } from '../evidence/evidence-level';
import { ALL_KINDS, KIND_STYLES } from '../graph/kinds';
import type { Filters } from '../explorer/filters';
import { human } from './format';

interface Props {
  filters: Filters;
  nodes: GraphNodeData[];
  onChange(f: Filters): void;
}

type ListKey = 'designs' | 'phases' | 'statuses' | 'grades' | 'sites' | 'sources';

/** How a filter value reads: designs in words, sources by name. */
function valueLabel(key: ListKey, v: string): string {
  if (key === 'designs') return human(v);
  if (key === 'sources') return v === 'REGISTRY' ? 'ClinicalTrials.gov' : 'Review';
  return v;
}

/** Values to offer: those on the canvas plus those already chosen, so no list is re-declared here. */
function optionsOf(nodes: GraphNodeData[], pick: (n: GraphNodeData) => (string | null | undefined)[], chosen: string[]): string[] {
  return [...new Set([...nodes.flatMap(pick).filter((v): v is string => !!v), ...chosen])].sort();
}

/** Filters by kind, source, study design, phase, status, evidence level, population grade and site. */
export function FilterPanel({ filters, nodes, onChange }: Props) {
  const toggle = (key: ListKey, value: string) => {
    const list = filters[key];
    onChange({ ...filters, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
  };
  const studies = nodes.filter((n) => n.kind === 'STUDY');
  const populations = nodes.filter((n) => n.kind === 'POPULATION');
  const groups: { key: ListKey; title: string; values: string[] }[] = [
    { key: 'sources', title: 'Source', values: optionsOf(nodes, (n) => [n.source], filters.sources) },
    { key: 'designs', title: 'Study design', values: optionsOf(studies, (n) => [n.design], filters.designs) },
    { key: 'phases', title: 'Phase', values: optionsOf(studies, (n) => [n.phase], filters.phases) },
    { key: 'statuses', title: 'Status', values: optionsOf(studies, (n) => [n.status], filters.statuses) },
    { key: 'grades', title: 'Grade', values: optionsOf(populations, (n) => n.grades ?? [], filters.grades) },
    { key: 'sites', title: 'Site', values: optionsOf(populations, (n) => [n.site], filters.sites) },
  ];
  return (
    <section className="panel" aria-labelledby="filters-title" data-testid="filters">
      <h2 id="filters-title">Filters</h2>
      <fieldset>
        <legend>Kinds shown</legend>
        <div className="filter-grid">
          {ALL_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={!filters.hiddenKinds.includes(kind)}
                onChange={() =>
                  onChange({
                    ...filters,
                    hiddenKinds: filters.hiddenKinds.includes(kind)
                      ? filters.hiddenKinds.filter((k) => k !== kind)
                      : [...filters.hiddenKinds, kind],
                  })
                }
              />{' '}
              {KIND_STYLES[kind].label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="filter-level">
        Evidence level up to{' '}
        <select
          data-testid="filter-level"
          value={filters.maxLevel ?? ''}
          onChange={(e) => onChange({ ...filters, maxLevel: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">all levels</option>
          {EVIDENCE_LEVELS.map((l) => (
            <option key={l.rank} value={l.rank}>
              {l.rank}. {l.label}
            </option>
          ))}
        </select>
      </label>
      {groups.map((g) =>
        g.values.length === 0 || (g.key === 'sources' && g.values.length < 2) ? null : (
          <fieldset key={g.key}>
            <legend>{g.title}</legend>
            {g.values.map((v) => (
              <label key={v} className="check">
                <input
                  type="checkbox"
                  data-testid={`filter-${g.key}-${v}`}
                  checked={filters[g.key].includes(v)}
                  onChange={() => toggle(g.key, v)}
                />{' '}
                {valueLabel(g.key, v)}
              </label>
            ))}
          </fieldset>
        ),
      )}
    </section>
  );
}
