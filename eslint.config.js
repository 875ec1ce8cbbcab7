// Lint rules that keep the architecture of STYLE.md: data flows one way, features stay apart.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['timeline', 'trade-chart', 'filters', 'embed', 'export', 'details', 'articles', 'presentation'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/data', 'bench-data', 'test-results', 'playwright-report', '.tmp', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The browser app never imports the build-time pipeline (Node only).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/pipeline', '**/pipeline/**'], message: 'The browser app must not import the build-time pipeline (src/pipeline). Share types through src/schema.' },
            { group: ['node:*', 'fs', 'path'], message: 'Node modules are not available in the browser app.' },
          ],
        },
      ],
      // zod stays out of the browser bundle: the app imports the schema's types only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zod', '**/schema/dataset'], allowTypeImports: true, message: 'Import the dataset schema with "import type" only; zod stays out of the browser bundle.' }] },
      ],
    },
  },
  {
    files: ['src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/pipeline/**', '**/app/**'], message: 'src/schema imports nothing from the app or the pipeline.' }] }],
    },
  },
  // A feature folder may import app/state, app/data, app/viz, app/i18n and schema, never another feature.
  ...FEATURES.map((feature) => ({
    files: [`src/app/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/pipeline', '**/pipeline/**'], message: 'The browser app must not import the build-time pipeline.' },
            ...FEATURES.filter((f) => f !== feature).map((other) => ({
              group: [`../${other}`, `../${other}/**`, `**/app/${other}/**`],
              message: `Feature "${feature}" must not import feature "${other}"; move shared code to app/viz, app/data or app/state.`,
            })),
          ],
        },
      ],
    },
  })),
);
