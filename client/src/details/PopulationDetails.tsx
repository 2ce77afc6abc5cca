/**
 * A population's panel: its attributes, where it sits in the hierarchy, and the roll-up: the
 * studies and results of the population and of all its subgroups, with a link to compare therapies
 * in it.
 */
import { fetchPopulationRollup, ROLLUP_LIMIT, type Of } from '../api/details-operations';
import { useApi } from '../api/use-api';
import { studyEvidence } from '../evidence/evidence-level';
import { compareParams } from '../compare/compare-url';
import { Field, Links } from './parts';
import { commonestEndpoint, rollup, therapiesToCompare } from './population-rollup';

type Population = Of<'Population'>;

function compareHref(population: string, interventions: string[], endpoint: string): string {
  const params = Object.entries({
    view: 'compare',
    ...compareParams({ interventions, endpoint, population, source: null, sort: null }),
  }).filter((e): e is [string, string] => e[1] !== null);
  return `?${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

function Rollup({ population, onOpen }: { population: Population; onOpen(id: string): void }) {
  const load = useApi(population.id, (signal) => fetchPopulationRollup(population.id, signal));
  if (load.status === 'loading') return <p className="hint">Gathering the studies of its subgroups…</p>;
  if (load.status === 'error')
    return (
      <div role="alert" className="error">
        {load.error}{' '}
        <button type="button" onClick={load.retry}>
          Retry
        </button>
      </div>
    );
  if (load.status !== 'done') return null;
  const entries = rollup(population.id, load.data.nodes);
  const therapies = therapiesToCompare(load.data.nodes);
  const results = entries.reduce((n, e) => n + e.study.results.length, 0);
  return (
    <section className="rollup" aria-labelledby="rollup-title" data-testid="population-rollup">
      <h4 id="rollup-title">
        Studies in {population.name} and its subgroups ({load.data.totalCount}
        {load.data.totalCount > entries.length ? `, the first ${entries.length}` : ''}; {results} results)
      </h4>
      {therapies.length > 0 && (
        <p>
          <a href={compareHref(population.id, therapies, commonestEndpoint(load.data.nodes))} data-testid="compare-in-population">
            Compare in this population
          </a>
        </p>
      )}
      {load.data.totalCount > ROLLUP_LIMIT && <p className="hint">Only the first {ROLLUP_LIMIT} studies are listed.</p>}
      <ul className="rollup-list">
        {entries.map(({ study, direct, via }) => (
          <li key={study.id} data-testid="rollup-study" data-study={study.id}>
            <button type="button" className="link" onClick={() => onOpen(study.id)}>
              {study.name}
            </button>{' '}
            <span className="hint">
              {studyEvidence(study).short}
              {direct ? '' : ` · in ${via.map((p) => p.name).join(', ')}`}
              {study.results.length > 0 ? ` · ${study.results.length} result${study.results.length === 1 ? '' : 's'}: ` : ''}
            </span>
            {study.results.length > 0 && (
              <span className="rollup-results">
                {study.results.slice(0, 6).map((r, i) => (
                  <span key={r.id}>
                    {i > 0 ? '; ' : ''}
                    <button type="button" className="link" onClick={() => onOpen(r.id)}>
                      {r.endpoint.code}
                      {r.arm ? ` (${r.arm.label})` : ''} {r.valueText}
                    </button>
                  </span>
                ))}
                {study.results.length > 6 ? ` … and ${study.results.length - 6} more` : ''}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PopulationDetails({ node, onOpen }: { node: Population; onOpen(id: string): void }) {
  return (
    <>
      <dl>
        <Field name="Site" value={node.site} />
        <Field name="Differentiation" value={node.differentiation} />
        <Field name="Grades" value={node.grades} />
        <Field name="Ki67 from (%)" value={node.ki67Min} />
        <Field name="Ki67 to (%)" value={node.ki67Max} />
        <Field name="Setting" value={node.setting} />
        <Field name="Line" value={node.line} />
        <Field name="Also called" value={node.aliases} />
      </dl>
      <Links title="Part of" items={node.subsetOf} onOpen={onOpen} />
      <Links title="Subgroups" items={node.subsets} onOpen={onOpen} />
      <Rollup population={node} onOpen={onOpen} />
    </>
  );
}
