/** Which review study a registry record is registered as: by NCT, by acronym, by a curated link, never by title; and the curated links file's problems. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCuratedLinks, RegistryLinker } from '../../seed/src/ctgov/registry-links.js';
import { VocabularyResolver, normalizeTerm, type RegistryVocabulary } from '../../seed/src/ctgov/resolve.js';
import { prepareDefaultSources } from '../../seed/src/load/default-sources.js';
import { DEFAULT_DATA_DIR } from '../../seed/src/review/data-dir.js';
import { DEFAULT_REGISTRY_DIR } from '../../seed/src/ctgov/registry-dir.js';

const vocabulary: RegistryVocabulary = {
  interventions: [
    { id: 'intervention:everolimus', name: 'Everolimus', aliases: ['RAD001'] },
    { id: 'intervention:octreotide-lar', name: 'Octreotide LAR', aliases: ['octreotide long-acting release'] },
  ],
  populations: [{ id: 'population:pan-net', name: 'Pan-NETs', aliases: ['pancreatic NETs'] }],
  endpoints: [
    { id: 'endpoint:hepatic-pfs', name: 'Hepatic progression-free survival', aliases: [], code: 'PFS' },
    { id: 'endpoint:pfs', name: 'Progression-free survival', aliases: ['PFS'], code: 'PFS' },
  ],
  adverseEvents: [{ id: 'adverse-event:diarrhea', name: 'Diarrhea', aliases: ['diarrhoea'] }],
  studies: [
    { id: 'study:radiant-3', acronym: 'RADIANT-3', aliases: [] },
    { id: 'study:dart-swog-1609', acronym: 'DART SWOG 1609', aliases: ['DART', 'SWOG 1609'] },
    { id: 'study:clarinet-forte', acronym: 'CLARINET FORTE', nct: 'NCT02651987', aliases: [] },
    { id: 'study:twin-a', acronym: 'TWIN', aliases: [] },
    { id: 'study:twin-b', acronym: 'twin', aliases: [] },
    { id: 'study:promid', acronym: 'PROMID', aliases: [] },
    { id: 'study:other-nct', acronym: 'SAMENAME', nct: 'NCT11111111', aliases: [] },
  ],
};

describe('linking registry records to review studies', () => {
  const linker = new RegistryLinker(vocabulary, [
    { study: 'study:promid', nct: 'NCT00171873', note: 'The registry page matches the PROMID report.' },
  ]);

  it("links by NCT when the review states the record's NCT number", () => {
    expect(linker.link('NCT02651987', 'something else')).toEqual({
      link: { studyId: 'study:clarinet-forte', reason: 'NCT', detail: 'The review gives NCT02651987 for this study.' },
    });
  });

  it('links by acronym or alias, case-insensitively, when no NCT matches', () => {
    expect(linker.link('NCT00510068', 'radiant-3')).toEqual({
      link: {
        studyId: 'study:radiant-3',
        reason: 'ACRONYM',
        detail: 'The record\'s acronym "radiant-3" is the review study\'s acronym "RADIANT-3".',
      },
    });
    expect(linker.link('NCT03375320', 'DART')).toMatchObject({ link: { studyId: 'study:dart-swog-1609', reason: 'ACRONYM' } });
  });

  it('does not link by acronym to a review study that states another NCT number', () => {
    expect(linker.link('NCT22222222', 'SAMENAME')).toEqual({});
  });

  it('links by a curated entry, with its note, when neither rule does', () => {
    expect(linker.link('NCT00171873', undefined)).toEqual({
      link: { studyId: 'study:promid', reason: 'CURATED', detail: 'The registry page matches the PROMID report.' },
    });
  });

  it('warns and links nothing when a rule matches several review studies', () => {
    const decision = linker.link('NCT33333333', 'Twin');
    expect(decision).toEqual({
      warning: 'NCT33333333: 2 review studies match by acronym "Twin" (study:twin-a, study:twin-b); no link made',
    });
  });

  it('never links by title: a record with no acronym and no curated link stays unlinked', () => {
    expect(linker.link('NCT44444444', undefined)).toEqual({});
    expect(linker.link('NCT44444444', 'RADIANT')).toEqual({});
  });
});

describe('curated links file', () => {
  it('names file, line, entry and field of an unknown study and a malformed NCT', () => {
    const text = [
      '- study: study:promid',
      '  nct: NCT00171873',
      '  note: fine',
      '- study: study:nowhere',
      '  nct: NCT1234',
      '  note: bad',
      '',
    ].join('\n');
    expect(parseCuratedLinks('seed/registry/links.yaml', text, vocabulary).problems).toEqual([
      {
        file: 'seed/registry/links.yaml',
        line: 5,
        entry: 'NCT1234',
        field: 'nct',
        message: 'must be an NCT number: NCT followed by 8 digits',
      },
    ]);
    const unknown = ['- study: study:nowhere', '  nct: NCT12345678', '  note: bad', ''].join('\n');
    expect(parseCuratedLinks('links.yaml', unknown, vocabulary)).toEqual({
      links: [],
      problems: [
        {
          file: 'links.yaml',
          line: 1,
          entry: 'NCT12345678',
          field: 'study',
          message: 'links to study:nowhere, which the review does not declare',
        },
      ],
    });
  });

  it('links every shipped record to the review study its manifest names, by the rule the manifest implies', async () => {
    const { registry } = await prepareDefaultSources({ reviewDir: DEFAULT_DATA_DIR });
    const links = registry.plan.relationships.find((g) => g.type === 'REGISTERED_AS')!.rows;
    const manifestDir = path.join(path.dirname(DEFAULT_REGISTRY_DIR), 'manifest');
    const expected = await Promise.all(
      (await readdir(manifestDir)).map(async (name) => {
        const m = parse(await readFile(path.join(manifestDir, name), 'utf8')) as { nct: string; reviewStudy: string };
        return `${m.reviewStudy} -> ${m.nct}`;
      }),
    );
    const nctOf = (studyId: string) => registry.plan.nodes.Study.find((s) => s.id === studyId)!.props.nct;
    expect(links.map((l) => `${l.from} -> ${nctOf(l.to)}`).sort()).toEqual(expected.sort());
    expect(registry.stats.links).toEqual({ NCT: 3, ACRONYM: 16, CURATED: 10 });
    expect(registry.warnings).toEqual([]);
  });
});

describe('resolving registry words', () => {
  const resolver = new VocabularyResolver(vocabulary);

  it('matches names and aliases exactly after normalizing case, Unicode, spaces and hyphens', () => {
    expect(normalizeTerm('  Octreotide   Long‐Acting-Release ')).toBe('octreotide long acting release');
    expect(resolver.intervention('RAD001')).toBe('intervention:everolimus');
    expect(resolver.intervention('rad001')).toBe('intervention:everolimus');
    expect(resolver.intervention('Octreotide long acting release')).toBe('intervention:octreotide-lar');
    expect(resolver.intervention('Everolimus 10 mg')).toBeUndefined();
    expect(resolver.intervention('Everolimus 10 mg', 'RAD001')).toBe('intervention:everolimus');
    expect(resolver.adverseEvent('Diarrhoea')).toBe('adverse-event:diarrhea');
  });

  it('takes a population only when the condition is its name or alias, no near miss', () => {
    expect(resolver.population('Pancreatic NETs')).toBe('population:pan-net');
    expect(resolver.population('Pancreatic NET')).toBeUndefined();
    expect(resolver.population('Advanced pancreatic NETs')).toBeUndefined();
  });

  it('takes the endpoint named by the code itself when several share a code', () => {
    expect(resolver.endpointOfCode('PFS')).toBe('endpoint:pfs');
    expect(resolver.endpointOfCode('OS')).toBeUndefined();
  });
});
