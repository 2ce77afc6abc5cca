/**
 * Stage 2 of the seed pipeline: check everything before anything is written. Every problem is
 * collected (schema issues per file, then cross-file checks: duplicate ids, names and aliases,
 * dangling links, arms and results, numbers missing from their quotes, counts a quote states in
 * words that no value stores, sites and NEC grades no quote supports, time windows held as
 * frequencies) with file, line, entry and field, so a curator sees all of them in one run.
 */
import type { z } from 'zod';
import { lineAt, type RawSeedFile } from './read-seed-files.js';
import { ENTITY_LISTS, seedFileSchema, type ProvenanceInput, type SeedFile } from './schema.js';
import { FIELD_LINKS, LINKS } from '../../../kernel/links.js';
import { RELATIONSHIP_OF_STANCE } from '../../../kernel/vocabulary.js';
import type { NodeLabel } from '../../../kernel/vocabulary.js';
import { countingWordsIn, numbersIn, numbersMissingFrom } from './provenance/numbers.js';
import { unsupportedClaims } from './provenance/population-words.js';
import type { SeedProblem } from '../validate/problem.js';
import { armIdOf, resultIdOf } from '../../../kernel/ids.js';

export interface ValidFile {
  raw: RawSeedFile;
  data: SeedFile;
}

export interface ValidationOutcome {
  files: ValidFile[];
  problems: SeedProblem[];
}

type Path = (string | number)[];

/** Entry id (or `list[i]`) and field path inside the entry, for a path into a file. */
function locate(data: unknown, at: Path): { entry?: string; field?: string } {
  if (at.length < 2 || typeof at[1] !== 'number') return { field: at.join('.') || undefined };
  const list = (data as Record<string, unknown[]> | undefined)?.[String(at[0])];
  const item = list?.[at[1]] as { id?: unknown; number?: unknown } | undefined;
  const entry =
    typeof item?.id === 'string' ? item.id : typeof item?.number === 'number' ? `reference ${item.number}` : `${String(at[0])}[${at[1]}]`;
  const field = at
    .slice(2)
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  return { entry, field: field || undefined };
}

function problemAt(raw: RawSeedFile, data: unknown, at: Path, message: string): SeedProblem {
  return { file: raw.file, line: lineAt(raw, at), ...locate(data, at), message };
}

function schemaProblems(raw: RawSeedFile, error: z.ZodError): SeedProblem[] {
  const data = raw.document.toJS();
  return error.issues.map((issue) => problemAt(raw, data, issue.path as Path, issue.message));
}

/** Where in the files a node id is declared. */
interface Declaration {
  id: string;
  label: NodeLabel;
  file: ValidFile;
  at: Path;
}

/** A frequency field holding when, not how often: "for 12 mo following the stopping of treatment". */
const TIME_WINDOW =
  /\b(?:after|for|within|during|following|over|at)\b[^,;]*?\d+(?:\.\d+)?\s*-?\s*(?:mo|months?|wk|weeks?|d|days?|years?|yr)\b/i;

/** What a fact (with the facts it shares quotes with) stores: its values, and numbers in the words of its curated fields. */
interface Stored {
  values: Set<number>;
  words: Set<number>;
}

function storedOf(values: (number | undefined)[], texts: (string | undefined)[]): Stored {
  return {
    values: new Set(values.filter((v): v is number => v !== undefined)),
    words: new Set(texts.flatMap((t) => (t ? numbersIn(t) : []))),
  };
}

function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}

/** The seed-file list that declares each label's entries. */
const LIST_OF_LABEL = Object.fromEntries(Object.entries(ENTITY_LISTS).map(([list, label]) => [label, list])) as Record<
  NodeLabel,
  keyof typeof ENTITY_LISTS
>;

export function validateSeed(rawFiles: RawSeedFile[]): ValidationOutcome {
  const problems: SeedProblem[] = [];
  const files: ValidFile[] = [];

  for (const raw of rawFiles) {
    if (raw.document.errors.length > 0) {
      for (const e of raw.document.errors) {
        problems.push({ file: raw.file, line: raw.lineCounter.linePos(e.pos[0]).line, message: `YAML: ${e.message}` });
      }
      continue;
    }
    const parsed = seedFileSchema.safeParse(raw.document.toJS() ?? {});
    if (!parsed.success) problems.push(...schemaProblems(raw, parsed.error));
    else files.push({ raw, data: parsed.data });
  }

  const declared = new Map<string, Declaration>();
  const names = new Map<string, Declaration>();
  const report = (d: { file: ValidFile; at: Path }, message: string, field: Path = []) =>
    problems.push(problemAt(d.file.raw, d.file.data, [...d.at, ...field], message));

  // Declarations: ids unique across all files; names and aliases unique across nodes.
  for (const file of files) {
    for (const [list, label] of Object.entries(ENTITY_LISTS) as [keyof typeof ENTITY_LISTS, NodeLabel][]) {
      file.data[list].forEach((entry, i) => {
        const d: Declaration = { id: entry.id, label, file, at: [list, i] };
        const prior = declared.get(entry.id);
        if (prior) report(d, `duplicate id ${entry.id}, first declared in ${prior.file.raw.file}`, ['id']);
        else declared.set(entry.id, d);
        const terms = [entry.name, ...('aliases' in entry ? entry.aliases : [])];
        terms.forEach((term, t) => {
          const key = normalizeName(term);
          const owner = names.get(key);
          if (owner && owner.id !== entry.id) {
            report(d, `name or alias "${term}" is already used by ${owner.id}`, t === 0 ? ['name'] : ['aliases', t - 1]);
          } else names.set(key, d);
        });
      });
    }
  }

  const expect = (d: { file: ValidFile; at: Path }, field: Path, id: string, labels: NodeLabel[]) => {
    const found = declared.get(id);
    if (!found) report(d, `links to ${id}, which no file declares`, field);
    else if (!labels.includes(found.label)) report(d, `links to ${id}, a ${found.label}, where ${labels.join(' or ')} is expected`, field);
  };

  const sectionOf = (file: ValidFile, p: ProvenanceInput | undefined) => p?.section ?? file.data.section;

  /** A quote must hold every number of its fact, and `texts` (words of the source) verbatim. */
  const checkQuote = (
    d: { file: ValidFile; at: Path },
    provField: Path,
    p: ProvenanceInput,
    values: (number | undefined)[],
    texts: (string | undefined)[] = [],
  ) => {
    if (!sectionOf(d.file, p)) report(d, 'provenance needs a section (here or as the file-level section)', [...provField, 'section']);
    const numbers = [...values.filter((v): v is number => v !== undefined), ...texts.flatMap((t) => (t ? numbersIn(t) : []))];
    const missing = numbersMissingFrom(p.quote, numbers);
    if (missing.length > 0) report(d, `quote does not contain ${missing.join(', ')}`, [...provField, 'quote']);
  };

  /** Every count the quote states in words must be stored: as a value, or for studies, cycles, genes and lesions also in words. */
  const checkCountingWords = (d: { file: ValidFile; at: Path }, provField: Path, p: ProvenanceInput, stored: Stored) => {
    for (const w of countingWordsIn(p.quote)) {
      const held = stored.values.has(w.value) || (w.storedAs === 'text' && stored.words.has(w.value));
      if (!held) report(d, `quote states "${w.words}" (${w.value}), which no value of this fact stores`, [...provField, 'quote']);
    }
  };

  const populations = new Map<string, SeedFile['populations'][number]>();
  for (const file of files) for (const p of file.data.populations) populations.set(p.id, p);
  /** A study's populations: the site and, for NECs, the grade its quotes state. */
  const checkPopulations = (d: { file: ValidFile; at: Path }, field: Path, ids: string[], quotes: string) => {
    for (const id of ids) {
      const pop = populations.get(id);
      if (pop) for (const message of unsupportedClaims(pop, quotes)) report(d, message, field);
    }
  };

  const observationsByQuote = new Map<string, SeedFile['observations']>();
  for (const file of files)
    for (const o of file.data.observations)
      observationsByQuote.set(o.provenance.quote, [...(observationsByQuote.get(o.provenance.quote) ?? []), o]);

  /** Observations that rest on each study: their values count as the study's own. */
  const observationValuesOf = new Map<string, number[]>();
  for (const file of files) {
    for (const o of file.data.observations) {
      for (const id of o.basis)
        observationValuesOf.set(id, [...(observationValuesOf.get(id) ?? []), o.value, ...(o.valueHigh !== undefined ? [o.valueHigh] : [])]);
    }
  }

  const referenceNumbers = new Map<number, ValidFile>();
  for (const file of files) {
    file.data.references.forEach((r, i) => {
      const prior = referenceNumbers.get(r.number);
      if (prior) report({ file, at: ['references', i] }, `reference ${r.number} is already listed in ${prior.raw.file}`, ['number']);
      else referenceNumbers.set(r.number, file);
    });
  }

  const resultIds = new Map<string, string>();
  for (const file of files) {
    const { data } = file;
    // Every id-list field the links table declares: each id must name a node of a kind the link joins.
    for (const link of FIELD_LINKS) {
      const list = LIST_OF_LABEL[link.entity];
      (data[list] as unknown as Record<string, unknown>[]).forEach((entry, i) => {
        const ids = entry[link.field];
        if (!Array.isArray(ids)) return;
        ids.forEach((id: string, k) => expect({ file, at: [list, i] }, [link.field, k], id, [...LINKS[link.type].to]));
      });
    }
    data.populations.forEach((pop, i) => {
      const d = { file, at: ['populations', i] };
      pop.subsetOf.forEach((id, k) => {
        if (id === pop.id) report(d, 'a population cannot be a subset of itself', ['subsetOf', k]);
      });
      const ki67 = [pop.ki67Min, pop.ki67Max];
      if (ki67.some((v) => v !== undefined) && !pop.provenance)
        report(d, 'a Ki67 range needs a provenance quote that states it', ['provenance']);
      if (pop.provenance) checkQuote(d, ['provenance'], pop.provenance, ki67);
    });
    data.biomarkers.forEach((b, i) => {
      b.predicts.forEach((p, k) => {
        const d = { file, at: ['biomarkers', i, 'predicts', k] };
        expect(d, ['target'], p.target, ['Intervention', 'Endpoint']);
        checkQuote(d, ['provenance'], p.provenance, [], [p.effect]);
        checkCountingWords(d, ['provenance'], p.provenance, storedOf([], [p.effect]));
      });
    });
    data.observations.forEach((o, i) => {
      const d = { file, at: ['observations', i] };
      checkQuote(d, ['provenance'], o.provenance, [o.value, o.valueHigh], [o.timepoint]);
      // Observations quoting one sentence share it: its counts may be stored by any of them.
      const sharing = observationsByQuote.get(o.provenance.quote) ?? [o];
      checkCountingWords(
        d,
        ['provenance'],
        o.provenance,
        storedOf(
          sharing.flatMap((x) => [x.value, x.valueHigh]),
          sharing.flatMap((x) => [x.timepoint]),
        ),
      );
    });
    const checkAdverseEvent = (d: { file: ValidFile; at: Path }, ae: SeedFile['adverseEventReports'][number]) => {
      expect(d, ['intervention'], ae.intervention, ['Intervention']);
      expect(d, ['event'], ae.event, ['AdverseEvent']);
      checkQuote(d, ['provenance'], ae.provenance, [ae.value, ae.valueHigh], [ae.grade, ae.timepoint]);
      if (ae.frequency && !ae.provenance.quote.includes(ae.frequency))
        report(d, `frequency "${ae.frequency}" is not in the quote`, ['frequency']);
      if (ae.frequency && TIME_WINDOW.test(ae.frequency))
        report(d, `frequency "${ae.frequency}" is a time window, not how often: put it in timepoint`, ['frequency']);
      if (ae.timepoint && !ae.provenance.quote.includes(ae.timepoint))
        report(d, `timepoint "${ae.timepoint}" is not in the quote`, ['timepoint']);
      if (ae.valueHigh !== undefined && (ae.value === undefined || ae.value > ae.valueHigh))
        report(d, 'valueHigh needs a value no greater than it', ['valueHigh']);
    };
    data.adverseEventReports.forEach((ae, i) => {
      const d = { file, at: ['adverseEventReports', i] };
      checkAdverseEvent(d, ae);
      checkCountingWords(d, ['provenance'], ae.provenance, storedOf([ae.value, ae.valueHigh], [ae.grade, ae.frequency, ae.timepoint]));
    });
    data.guidelines.forEach((g, i) => {
      const d = { file, at: ['guidelines', i] };
      g.interventions.forEach((id, k) => expect(d, ['interventions', k], id, [...LINKS[RELATIONSHIP_OF_STANCE[g.stance]].to]));
      checkQuote(d, ['provenance'], g.provenance, [], [g.statement, g.conditions]);
      checkCountingWords(d, ['provenance'], g.provenance, storedOf([], [g.statement, g.conditions]));
    });
    data.studies.forEach((s, i) => {
      const d = { file, at: ['studies', i] };
      checkQuote(d, ['provenance'], s.provenance, [s.enrolled, s.plannedEnrolment]);
      const studyQuotes = [
        s.provenance.quote,
        ...s.arms.map((a) => a.provenance?.quote ?? ''),
        ...s.results.map((r) => r.provenance.quote),
        ...s.adverseEvents.map((ae) => ae.provenance.quote),
        ...s.plannedEndpoints.map((pe) => pe.provenance.quote),
      ].join('\n');
      const summaryMissing = numbersMissingFrom(studyQuotes, numbersIn(s.summary));
      if (summaryMissing.length > 0)
        report(d, `summary states ${summaryMissing.join(', ')}, which no quote of this study holds`, ['summary']);
      if (s.nonComparative && !/non-?\s?comparative/i.test(s.provenance.quote))
        report(d, 'nonComparative needs a quote that calls the trial non-comparative', ['nonComparative']);
      if ((s.plannedEnrolment !== undefined || s.plannedEndpoints.length > 0) && s.status !== 'ongoing')
        report(d, 'planned enrolment and endpoints belong to ongoing trials', ['status']);
      s.plannedEndpoints.forEach((pe, k) => {
        expect(d, ['plannedEndpoints', k, 'endpoint'], pe.endpoint, ['Endpoint']);
        checkQuote(d, ['plannedEndpoints', k, 'provenance'], pe.provenance, [], [pe.timepoint]);
        if (pe.primary && !/\bprimary\b/i.test(pe.provenance.quote))
          report(d, 'primary: true needs a quote that calls it the primary endpoint', ['plannedEndpoints', k, 'primary']);
      });

      // Everything the study's facts store: a count its quotes state in words must be among it.
      const stored = storedOf(
        [
          s.enrolled,
          s.plannedEnrolment,
          ...s.arms.map((a) => a.enrolled),
          ...s.results.flatMap((r) => [r.value, r.valueHigh, r.ciLow, r.ciHigh]),
          ...s.adverseEvents.flatMap((ae) => [ae.value, ae.valueHigh]),
          ...(observationValuesOf.get(s.id) ?? []),
        ],
        [
          s.summary,
          ...s.arms.flatMap((a) => a.receives.flatMap((rc) => [rc.dose, rc.schedule])),
          ...s.results.flatMap((r) => [r.timepoint, r.pValue]),
          ...s.adverseEvents.flatMap((ae) => [ae.grade, ae.frequency, ae.timepoint]),
          ...s.plannedEndpoints.map((pe) => pe.timepoint),
        ],
      );
      checkCountingWords(d, ['provenance'], s.provenance, stored);
      s.arms.forEach((a, k) => a.provenance && checkCountingWords(d, ['arms', k, 'provenance'], a.provenance, stored));
      s.results.forEach((r, k) => checkCountingWords(d, ['results', k, 'provenance'], r.provenance, stored));
      s.adverseEvents.forEach((ae, k) => checkCountingWords(d, ['adverseEvents', k, 'provenance'], ae.provenance, stored));

      checkPopulations(d, ['populations'], s.populations, studyQuotes);
      s.results.forEach((r, k) => r.population && checkPopulations(d, ['results', k, 'population'], [r.population], studyQuotes));

      const armKeys = new Set<string>();
      s.arms.forEach((arm, k) => {
        const at: Path = ['arms', k];
        if (armKeys.has(arm.key)) report(d, `duplicate arm key ${arm.key}`, [...at, 'key']);
        armKeys.add(arm.key);
        arm.receives.forEach((rc, m) => expect(d, [...at, 'receives', m, 'intervention'], rc.intervention, ['Intervention']));
        const quote = arm.provenance ?? s.provenance;
        checkQuote(
          d,
          arm.provenance ? [...at, 'provenance'] : ['provenance'],
          quote,
          [arm.enrolled],
          arm.receives.flatMap((rc) => [rc.dose, rc.schedule]),
        );
        const armId = armIdOf(s.id, arm.key);
        const clash = declared.get(armId);
        if (clash) report(d, `arm id ${armId} clashes with a declared node`, [...at, 'key']);
      });
      if (s.arms.length === 0 && s.status !== 'ongoing')
        report(d, 'a study needs at least one arm saying what patients received', ['arms']);

      s.results.forEach((r, k) => {
        const at: Path = ['results', k];
        const rd = { file, at: [...d.at, ...at] };
        expect(rd, ['endpoint'], r.endpoint, ['Endpoint']);
        if (r.population) expect(rd, ['population'], r.population, ['Population']);
        if (r.arm && !armKeys.has(r.arm)) report(rd, `no arm with key ${r.arm} in ${s.id}`, ['arm']);
        if (r.compares) {
          for (const role of ['treatment', 'control'] as const) {
            if (!armKeys.has(r.compares[role])) report(rd, `no arm with key ${r.compares[role]} in ${s.id}`, ['compares', role]);
          }
        }
        if (r.statistic === 'hazard_ratio' && !r.compares) report(rd, 'a hazard ratio needs compares: {treatment, control}', ['compares']);
        if (r.statistic === 'relative_risk_reduction' && !r.compares)
          report(rd, 'a relative risk reduction needs compares: {treatment, control}', ['compares']);
        checkQuote(rd, ['provenance'], r.provenance, [r.value, r.valueHigh, r.ciLow, r.ciHigh], [r.pValue, r.timepoint]);
        const id = r.id ?? resultIdOf(s.id, r);
        const prior = resultIds.get(id);
        if (prior) report(rd, `result id ${id} is also derived for ${prior}; give one of them an explicit id`, ['id']);
        else resultIds.set(id, `${file.raw.file} ${s.id}`);
      });
      s.adverseEvents.forEach((ae, k) => checkAdverseEvent({ file, at: [...d.at, 'adverseEvents', k] }, ae));
    });
  }

  return { files: problems.length === 0 ? files : [], problems };
}
