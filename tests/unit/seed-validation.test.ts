/** Validation collects every problem with file, line, entry and field, before any database is involved. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../seed/src/review/read-seed-files.js';
import { validateSeed } from '../../seed/src/review/validate-seed.js';
import { formatProblem } from '../../seed/src/validate/problem.js';

async function validateFiles(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nen-validate-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return validateSeed(await readSeedFiles(dir));
}

const CORE = `
endpoints:
  - { id: "endpoint:pfs", name: Progression-free survival, aliases: [PFS], code: PFS }
interventions:
  - { id: "intervention:everolimus", name: Everolimus, kind: drug }
  - { id: "intervention:placebo", name: Placebo, kind: placebo }
populations:
  - { id: "population:pan-net", name: Pan-NETs, aliases: [pancreatic NETs], site: pancreas, differentiation: NET }
`;

const STUDY = (extra = '') => `
section: "Targeted therapies: Everolimus"
studies:
  - id: "study:radiant-3"
    name: RADIANT-3
    design: randomized_controlled_trial
    phase: III
    status: published
    enrolled: 140
    summary: Everolimus against placebo in progressive Pan-NETs.
    populations: ["population:pan-net"]
    provenance: { ref: 102, quote: "RADIANT-3 study assessed tumor control by everolimus in 140 progressive Pan-NETs" }
    arms:
      - { key: everolimus, label: Everolimus, receives: [{ intervention: "intervention:everolimus" }] }
      - { key: placebo, label: Placebo, receives: [{ intervention: "intervention:placebo" }] }
    results:
      - endpoint: "endpoint:pfs"
        arm: everolimus
        statistic: median
        value: 11.0
        unit: months
        pValue: "< 0.01"
        provenance: { ref: 102, quote: "11.0 mo vs 4.6 mo, respectively (P < 0.01)" }
${extra}`;

describe('seed validation', () => {
  it('accepts consistent files', async () => {
    const { problems, files } = await validateFiles({ 'core.yaml': CORE, 'study.yaml': STUDY() });
    expect(problems).toEqual([]);
    expect(files).toHaveLength(2);
  });

  it('names file, line, entry and field of a number missing from its quote', async () => {
    const text = STUDY().replace('value: 11.0', 'value: 11.5');
    const { problems } = await validateFiles({ 'core.yaml': CORE, 'study.yaml': text });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: expect.stringMatching(/study\.yaml$/),
      entry: 'study:radiant-3',
      field: 'results[0].provenance.quote',
      message: 'quote does not contain 11.5',
    });
    expect(formatProblem(problems[0]!)).toMatch(
      /study\.yaml:\d+ study:radiant-3 results\[0\]\.provenance\.quote: quote does not contain 11\.5/,
    );
  });

  it('lists every problem at once: unknown field, bad enum, dangling link, duplicate alias', async () => {
    const study = STUDY()
      .replace('design: randomized_controlled_trial', 'design: rct')
      .replace('populations: ["population:pan-net"]', 'populations: ["population:pan-nett"]\n    colour: blue');
    const dupe = `populations:\n  - { id: "population:pnet", name: pNETs, aliases: [Pancreatic NETs], site: pancreas, differentiation: NET }\n`;
    const { problems } = await validateFiles({ 'core.yaml': CORE, 'study.yaml': study, 'z.yaml': dupe });
    const messages = problems.map(formatProblem).join('\n');
    expect(messages).toMatch(/study\.yaml:\d+ study:radiant-3 design: Invalid option/);
    expect(messages).toMatch(/study\.yaml:\d+ study:radiant-3: Unrecognized key: "colour"/);
    expect(messages).toMatch(
      /z\.yaml:\d+ population:pnet aliases\[0\]: name or alias "Pancreatic NETs" is already used by population:pan-net/,
    );
  });

  it('reports links to nodes no file declares and arms a result does not have', async () => {
    const study = STUDY().replace('arm: everolimus', 'arm: everolimus-10mg').replace('"population:pan-net"]', '"population:pan-nec"]');
    const { problems } = await validateFiles({ 'core.yaml': CORE, 'study.yaml': study });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        'populations[0]: links to population:pan-nec, which no file declares',
        'results[0].arm: no arm with key everolimus-10mg in study:radiant-3',
      ]),
    );
  });

  it('reports broken YAML with its line', async () => {
    const { problems } = await validateFiles({ 'core.yaml': CORE, 'broken.yaml': 'studies:\n  - id: "study:x"\n   name: [unclosed\n' });
    expect(problems[0]).toMatchObject({
      file: expect.stringMatching(/broken\.yaml$/),
      line: expect.any(Number),
      message: expect.stringMatching(/^YAML: /),
    });
  });

  it('needs a hazard ratio to name the arms it compares', async () => {
    const hr = `      - { endpoint: "endpoint:pfs", statistic: hazard_ratio, value: 0.35, provenance: { quote: "HR 0.35" } }`;
    const { problems } = await validateFiles({ 'core.yaml': CORE, 'study.yaml': STUDY(hr) });
    expect(problems.map((p) => p.message)).toContain('a hazard ratio needs compares: {treatment, control}');
  });
});
