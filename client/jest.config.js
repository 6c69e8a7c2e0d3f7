// Client unit tests, in Jest's ESM mode. Run from the repository root:
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c client/jest.config.js
import { TEST_CLOCK_START } from '../scripts/test-clock.mjs';

// Every test runs at one fixed date (client/test/setup.js starts the client's clock there).
process.env.CLOCK_START = TEST_CLOCK_START;

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

export default {
  displayName: 'client',
  rootDir: '..',
  roots: ['<rootDir>/client/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/' },
  transform: { '^.+\\.tsx?$': swc },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/client/test/style-stub.js',
    '^@/(.*)$': '<rootDir>/client/src/$1',
    '^@partnership-tracker/domain$': '<rootDir>/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFilesAfterEnv: ['<rootDir>/client/test/setup.js'],
};
