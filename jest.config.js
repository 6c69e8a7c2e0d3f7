import { availableParallelism } from 'node:os';
import { TEST_CLOCK_START } from './scripts/test-clock.mjs';

// Every test runs at one fixed date (the workers inherit this): see scripts/test-clock.mjs.
process.env.CLOCK_START = TEST_CLOCK_START;

// Jest in ESM mode (run with NODE_OPTIONS=--experimental-vm-modules, see package.json).
// SWC compiles TypeScript with the legacy decorators and metadata that Nest needs.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

const server = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  extensionsToTreatAsEsm: ['.ts'],
  // Sources import './x.js' (Node ESM); Jest resolves the .ts file.
  moduleNameMapper: {
    // The shared rules run from their source, so a test needs no build of the library first.
    '^@partnership-tracker/domain$': '<rootDir>/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  // Global, not per project: API tests boot the app and a database in their hooks.
  testTimeout: 60_000,
  // Jest's default (cores - 1) is one worker on the 2-core CI machines. Each API suite waits on its
  // own database as much as it computes, so two at once take the PGlite run from 347 s to 213 s.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  projects: [
    {
      ...server,
      displayName: 'unit',
      roots: ['<rootDir>/server/src', '<rootDir>/domain/src'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...server,
      displayName: 'api',
      roots: ['<rootDir>/server/test'],
      testMatch: ['**/*.e2e-spec.ts'],
    },
  ],
};
