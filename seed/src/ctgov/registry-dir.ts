/** Where the registry records shipped with the project live (the default of REGISTRY_DATA_DIR). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped ClinicalTrials.gov records: one API v2 study JSON per file. */
export const DEFAULT_REGISTRY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../registry/records');
