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
    // react-hooks 7's recommended rules, the React Compiler's among them (set-state-in-effect, refs,
    // immutability, purity …): data loads go through one useApi hook, not hand-written effects.
    // Missing effect dependencies are errors, not warnings.
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
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
