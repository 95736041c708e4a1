// `npm run lint` lints the project's own code with this config (examples/ has its own, for the demo).
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'tmp/',
    // The demo, with its deliberate defects, linted by its own config (`npm run demo`).
    'examples/',
    // Fixtures are input for the tests: their defects are the point.
    'tests/fixtures/',
    'tests/roundtrip/fixtures/',
    'tests/fixes/fixtures/',
    'tests/json/fixtures/',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The code asserts non-null where an invariant it keeps says so; `??`/checks instead would change behaviour.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers and booleans print as expected in messages; nullish, objects and `any` stay errors.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowAny: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
      // node:test runs the promises describe() and it() return itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      // The package is CommonJS: `import x = require('x')` is how TypeScript imports an `export =` module.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // `(x) => f(x)` as a callback whose result nobody reads is the code's style; bodies and `return f()` stay checked.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Off: the code checks values its declared types say cannot occur, and must (TypeScript's `node.parent` is undefined
      // above a SourceFile, modules loaded lazily, protocol messages, JSON): removing those checks changes behaviour.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // The code writes `string[]` for simple element types and `Array<{ ... }>` for the rest.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
    },
  },
  {
    // Tests, benchmarks and tools load built dist/ files and other copies of TypeScript by computed paths, at run time.
    files: ['tests/**', 'bench/**', 'tools/**'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // Tests implement promise-returning interfaces (TF.js IOHandler, save handlers) with async functions that need no await.
      '@typescript-eslint/require-await': 'off',
      // Their messages print exit statuses, signals and missing fields: a printed `null` or `undefined` is the information.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowAny: false, allowNullish: true, allowRegExp: false, allowNever: false },
      ],
    },
  },
  {
    // The root configs and the CommonJS child script are not in tsconfig.json: lint them without types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
  },
  {
    // eslint-plugin-eslint-plugin reads rules written as object literals (`{ meta: {...}, create }`). Ours are built
    // from their definitions (src/eslint/rules.ts, src/json/rules via shared.ts), so it finds little to read there;
    // tests/meta/definitions.test.ts checks what it would on each definition (description style, message ids
    // reported and defined, schema and defaults, fixable and hasSuggestions against the checks' sources).
    files: ['src/eslint/rules.ts', 'src/eslint/create-rule.ts', 'src/json/rules/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      // The rules report through reportFindings(), which this rule cannot follow into; tests/meta/plugin.test.ts checks
      // hasSuggestions against the checks' sources instead.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
);
