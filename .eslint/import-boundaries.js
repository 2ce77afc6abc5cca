// The layers and what each may import (DESIGN.md, "Layout"): the kernel imports nothing of ours;
// the database runtime only the kernel; the loaders (seed) the kernel and the runtime; the API
// (server/src) the kernel and the runtime; the client only the kernel. server/app is the one
// place that joins loaders and API. Tests and benchmarks may import anything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const LAYERS = [
  { name: 'kernel', dir: 'kernel', may: ['kernel'], builtins: false },
  { name: 'runtime', dir: 'runtime', may: ['kernel', 'runtime'] },
  { name: 'seed', dir: 'seed', may: ['kernel', 'runtime', 'seed'] },
  { name: 'server/src', dir: 'server/src', may: ['kernel', 'runtime', 'server/src'] },
  { name: 'server/app', dir: 'server/app', may: ['kernel', 'runtime', 'seed', 'server/src', 'server/app'] },
  { name: 'client', dir: 'client', may: ['kernel', 'client'], builtins: false },
];

function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  return LAYERS.find((l) => rel === l.dir || rel.startsWith(`${l.dir}/`));
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow one way: kernel ← runtime ← seed / server/src ← server/app; client ← kernel.' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      if (from.builtins === false && (spec.startsWith('node:') || spec === 'fs' || spec === 'path')) {
        context.report({ node, message: `${from.name} runs in the browser too: it may not import ${spec}.` });
        return;
      }
      if (!spec.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), spec));
      if (!to) return;
      if (!from.may.includes(to.name)) {
        context.report({
          node,
          message: `${from.name} may not import ${to.name} (${spec}): imports flow kernel ← runtime ← seed / server/src ← server/app.`,
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
