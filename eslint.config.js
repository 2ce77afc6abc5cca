// Lint for the whole repo, run by `npm test`. Beyond typescript-eslint's and react-hooks'
// recommended rules, one rule of our own keeps imports flowing one way between the layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importBoundaries } from './.eslint/import-boundaries.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'client/dist/', '**/generated/', '.neo4j/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The classic hook rules. The React Compiler rules of react-hooks 7 (set-state-in-effect, refs)
    // flag the hand-written loading effects that one useApi hook is to replace (the explorer issue).
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    plugins: { boundaries: { rules: { 'import-boundaries': importBoundaries } } },
    rules: {
      'boundaries/import-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
