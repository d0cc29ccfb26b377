// Lint: TypeScript and React hygiene, plus the process-boundary rules that keep each layer honest:
// shared/ is pure, the engine and the Node services never touch Electron or the DOM, only
// electron/main and electron/preload import Electron, and the renderer never imports Node.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'location', 'fetch'].map(
  (name) => ({ name, message: 'The engine and shared code run in Node and workers: no DOM here.' }),
);
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Main-side code must not import renderer code.' };
const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Article content is rendered as text, never injected as HTML.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', noInnerHtml],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeModules.map((name) => ({ name, message: 'The renderer has no Node: ask main through the contract.' }))],
          patterns: [{ group: ['**/electron/**'], message: 'The renderer reaches main only through shared/ and the client.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeModules.map((name) => ({ name, message: 'shared/ is pure: no Node.' }))],
          patterns: [noRenderer, { group: ['**/electron/**', 'react', 'react-dom'], message: 'shared/ imports nothing from either side.' }],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['electron/engine/**/*.ts', 'electron/handlers/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts', 'electron/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noRenderer] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['electron/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'natural', message: "Import natural's modules by path: the index pulls in database clients and dotenv." },
          ],
          patterns: [noRenderer, { group: ['**/handlers/**', '**/server/**', '**/main/**'], message: 'The engine depends on nothing above it.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRenderer] }] },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
