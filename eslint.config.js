import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

// The architecture is enforced here: dexie stays in src/lib/db (and the workers that own it),
// comlink/papaparse/xlsx stay out of components, svelte stays out of domain and workers.
const noDexie = { name: 'dexie', message: 'Only src/lib/db may import dexie.' };
const heavy = ['comlink', 'papaparse', 'xlsx'].map((name) => ({
  name,
  message: 'Components talk to workers through src/lib/workers clients.',
}));

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.vite/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noDexie] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/ui/**', 'src/App.svelte', 'src/main.ts', 'src/lib/state/**', 'src/lib/actions/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noDexie, ...heavy] }] },
  },
  {
    files: ['src/lib/domain/**', 'workers/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noDexie],
          patterns: [{ group: ['svelte', 'svelte/*'], message: 'Domain, workers and CLI do not use Svelte.' }],
        },
      ],
    },
  },
  {
    files: ['src/lib/db/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
