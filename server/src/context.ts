/** What every resolver receives: the database and this request's batching loaders. */
import type { Database } from '../../runtime/db/database.js';
import { createLoaders, type Loaders } from './nodes/loaders.js';

export interface Context {
  db: Database;
  loaders: Loaders;
  /** Who asked (the client's address), for the per-client rate limit. */
  client?: string;
}

export function createContext(db: Database, client?: string): Context {
  return { db, loaders: createLoaders(db), client };
}
