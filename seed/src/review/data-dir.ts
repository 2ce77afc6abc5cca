import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The curated evidence: every `*.yaml` under seed/data. */
export const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
