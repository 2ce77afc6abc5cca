/** What every resolver receives: the database and this request's batching loaders. */
import type { Database } from '../../runtime/db/database.js';
import { createLoaders, type Loaders } from './nodes/loaders.js';

export interface Context {
  db: Database;
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  return { db, loaders: createLoaders(db) };
}
