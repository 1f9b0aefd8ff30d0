// ESLint for the TypeScript of the extension, the server and the tests (typescript-eslint's recommended rules), with
// the size limits the architecture notes promise for the core (README, "How it is built").
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/e2e-vscode/workspace/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-control-regex': 'off', // the scanner matches NUL, CR and other control characters on purpose
      'no-irregular-whitespace': 'off', // and ideographic and other spaces
      'no-misleading-character-class': 'off',
    },
  },
  {
    // The core reads as named steps: no module over 400 lines, no function over 80 (blank lines and comments not
    // counted).
    files: ['server/src/core/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests speak raw JSON-RPC and poke at replies of any shape.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-require-imports': 'off', // mocha's reporter base class is CommonJS
    },
  },
  {
    // The checker page and its worker run in a browser.
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Functions passed to page.evaluate run in the browser.
    files: ['test/e2e-vscode/**', 'test/web/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
