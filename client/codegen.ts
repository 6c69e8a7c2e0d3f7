import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: `npx graphql-codegen --config client/codegen.ts`.
// Types come from the committed schema file, so no running server is needed.
const config: CodegenConfig = {
  schema: 'server/schema.gql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/__generated__/**', '!client/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/__generated__/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
