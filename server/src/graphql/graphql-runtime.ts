/**
 * graphql's functions from the copy Apollo's schema is built with. graphql ships a CommonJS and an
 * ESM build without an exports map: Node loads the CommonJS one for everybody, but a bundler-based
 * runner (Vitest) loads the ESM one for our own files, and schema objects fail graphql's
 * instanceof checks across the two. Taking them through `require` gives the same copy everywhere.
 */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';

export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof GraphQL;
