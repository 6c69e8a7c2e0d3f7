import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// SQL that reads the database's clock.
const SQL_CLOCK =
  '/\\b(now|clock_timestamp|statement_timestamp|transaction_timestamp)\\s*\\(\\s*\\)|\\b(current_date|current_timestamp|localtimestamp)\\b/i';

// One clock (server/src/common/clock.ts, client/src/utils/clock.ts): app code never reads the
// real clock itself, in TypeScript or in SQL, so tests and demos can run it at any date.
const CLOCK_RULES = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Read the time from the Clock (common/clock.ts or utils/clock.ts), not new Date().',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Read the time from the Clock (common/clock.ts or utils/clock.ts), not Date.now().',
  },
  {
    selector: `:matches(TemplateElement[value.raw=${SQL_CLOCK}], Literal[value=${SQL_CLOCK}])`,
    message: "Pass the Clock's time as a parameter, not the database's now() or CURRENT_DATE.",
  },
];

// date-fns's index loads each of its 300 files: the server would pay for that on every start.
const DATE_FNS_INDEX = {
  name: 'date-fns',
  message: "Import each function from its own path, like 'date-fns/addDays'.",
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.nx/**',
      'server/src/generated/**',
      'client/src/__generated__/**',
      'scripts/schema/node_modules/**',
      'scripts/bench/tools/node_modules/**',
      'test-results/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests read loosely typed GraphQL JSON.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // One clock (server/src/common/clock.ts, client/src/utils/clock.ts): app code never reads the
    // real clock itself, in TypeScript or in SQL, so tests and demos can run it at any date.
    files: ['server/src/**/*.ts', 'client/src/**/*.{ts,tsx}', 'domain/src/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      'server/src/common/clock.ts',
      'client/src/utils/clock.ts',
      'server/src/generated/**',
      'client/src/__generated__/**',
    ],
    rules: {
      'no-restricted-syntax': ['error', ...CLOCK_RULES],
    },
  },
  {
    // Declare, don't guess: every resolved field says what it reads, for the dashboard cache
    // (common/graphql/reads-from.ts); the schema test finds plain fields through their type's.
    files: ['server/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MethodDefinition:has(Decorator > CallExpression[callee.name=/^(ResolveField|Query)$/]):not(:has(Decorator > CallExpression[callee.name='ReadsFrom']))",
          message: 'Declare what this field reads with @ReadsFrom(...) (common/graphql/reads-from.ts).',
        },
        // A later block's rule replaces an earlier one's: keep the clock rules here too.
        ...CLOCK_RULES,
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [DATE_FNS_INDEX] }] },
  },
  {
    // The shared rules stay pure: the server, the import and the browser all run them.
    files: ['domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DATE_FNS_INDEX],
          patterns: [
            {
              group: [
                '@nestjs/*',
                '@prisma/*',
                'react',
                'react-*',
                '@apollo/*',
                'node:*',
                '**/server/**',
                '**/client/**',
              ],
              message: 'The domain library is pure TypeScript: no framework, database or Node imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
