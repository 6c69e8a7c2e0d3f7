import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: `npx graphql-codegen --config client/codegen.ts`.
// Types come from the committed schema file, so no running server is needed.
const shared = {
  scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
  enumsAsTypes: true,
  useTypeImports: true,
  defaultScalarType: 'unknown',
};

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
        ...shared,
        skipTypename: false,
        nonOptionalTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
    // The error payloads (ErrorExtensions and the types it holds): in the schema but returned by no
    // field, so the client preset, which types what operations select, leaves them out.
    'client/src/__generated__/error-extensions.ts': {
      plugins: ['typescript'],
      config: { ...shared, skipTypename: true, avoidOptionals: false },
    },
  },
};

export default config;
