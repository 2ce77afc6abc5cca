/**
 * `npm run check:provenance -- <source text>` — every quote of the curated data is verbatim in the
 * source and under the heading its section names. Exit 1 listing every quote that is not.
 */
import { readFile } from 'node:fs/promises';
import { prepareSeed } from './review/pipeline.js';
import { readConfig } from '../../runtime/config.js';
import { parseSourceText } from './review/provenance/source-text.js';
import { checkQuotesAgainstSource } from './review/provenance/check-quotes.js';
import { SeedValidationError, formatProblem } from './validate/problem.js';

async function main(sourcePath: string | undefined): Promise<number> {
  if (!sourcePath) {
    console.error('usage: npm run check:provenance -- <path to the source review text>');
    return 2;
  }
  const source = parseSourceText(await readFile(sourcePath, 'utf8'));
  try {
    const { files } = await prepareSeed(readConfig().seedDataDir);
    const { problems, checked } = checkQuotesAgainstSource(files, source);
    if (problems.length > 0) {
      console.error(`${problems.length} of ${checked} quotes fail the provenance check:`);
      for (const p of problems) console.error(`  ${formatProblem(p)}`);
      return 1;
    }
    console.log(`Provenance check passed: all ${checked} quotes are verbatim in ${sourcePath}, each under its section's heading.`);
    return 0;
  } catch (e) {
    if (e instanceof SeedValidationError) {
      for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
      return 1;
    }
    throw e;
  }
}

main(process.argv[2]).then((code) => process.exit(code));
