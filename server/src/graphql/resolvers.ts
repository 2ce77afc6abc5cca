/** Every concept's resolvers merged into one map for Apollo. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { nodeResolvers } from '../nodes/resolvers.js';
import { searchResolvers } from '../search/resolvers.js';
import { neighborhoodResolvers } from '../neighborhood/resolvers.js';
import { pathResolvers } from '../paths/resolvers.js';
import { studyResolvers } from '../studies/resolvers.js';
import { compareResolvers } from '../compare/resolvers.js';
import { summaryResolvers } from '../summary/resolvers.js';
import { evidenceNetworkResolvers } from '../evidence-network/resolvers.js';
import { sourceResolvers } from '../sources/resolvers.js';
import { registryResolvers } from '../registry/resolvers.js';

const parts: Resolvers[] = [
  nodeResolvers,
  searchResolvers,
  neighborhoodResolvers,
  pathResolvers,
  studyResolvers,
  compareResolvers,
  summaryResolvers,
  evidenceNetworkResolvers,
  sourceResolvers,
  registryResolvers,
];

export const resolvers: Resolvers = parts.reduce<Resolvers>((all, part) => {
  for (const [type, fields] of Object.entries(part)) {
    (all as Record<string, object>)[type] = { ...((all as Record<string, object>)[type] ?? {}), ...fields };
  }
  return all;
}, {});
