// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Page-facing code builds DOM with elements and textContent only; no code from strings. */
const unsafeDom = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Use textContent and element creation.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Use textContent and element creation.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Use element creation.' },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/artifacts/**', 'coverage/**', '*.zip'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware checks on the TypeScript the project compiles: a promise nobody awaits or voids
    // loses its errors, and a switch over a union must name every member (or say why not).
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // What ships: no HTML strings, no code from strings. (Tests may build fixtures with innerHTML.)
    files: ['src/**/*.ts', 'dom/**/*.ts', 'content-scripts/**/*.ts', 'popup/**/*.ts', 'background/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...unsafeDom] },
  },
  // Boundaries: src/ is pure (no browser API, no glue); the three glue folders stay apart.
  ...[
    ['src', ['content-scripts', 'popup', 'background', 'dom'], ['webextension-polyfill']],
    // dom/: DOM helpers the tooltip and the popup share; no extension API, no glue.
    ['dom', ['content-scripts', 'popup', 'background'], ['webextension-polyfill']],
    ['content-scripts', ['popup', 'background'], []],
    // Inside the content script, data flows one way: scan/ -> marks/ -> ui/ -> runtime/ (the browser
    // glue, which wires the others; main.ts sits above them all).
    ['content-scripts/scan', ['popup', 'background', 'marks', 'ui', 'runtime', 'dom'], []],
    ['content-scripts/marks', ['popup', 'background', 'ui', 'runtime', 'dom'], []],
    ['content-scripts/ui', ['popup', 'background', 'runtime'], ['webextension-polyfill']],
    ['popup', ['content-scripts', 'background'], []],
    ['background', ['content-scripts', 'popup'], []],
  ].map(([folder, others, packages]) => ({
    files: [`${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            .../** @type {string[]} */ (others).map((o) => ({
              group: [`**/${o}/**`, `../${o}/*`, `./${o}/*`],
              message: `${folder}/ may not import ${o}/.`,
            })),
            .../** @type {string[]} */ (packages).map((p) => ({
              group: [p],
              message: `${folder}/ has no browser API.`,
            })),
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { URL: 'readonly', console: 'readonly', process: 'readonly' } },
  },
  {
    // src/ must not reach for browser globals either.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window', 'location', 'navigator'],
    },
  },
);
