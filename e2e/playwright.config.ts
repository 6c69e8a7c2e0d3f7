import { defineConfig } from '@playwright/test';
import { TEST_CLOCK_START } from '../scripts/test-clock.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium, never a downloaded browser (see STACK.md).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: process.env.E2E_OUTPUT_DIR ? `../${process.env.E2E_OUTPUT_DIR}` : '../test-results',
  globalSetup: './support/global-setup.ts',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: 'node e2e/support/start-server.mjs',
    cwd: '..',
    url: `http://localhost:${PORT}/health/ready`,
    // The server runs at the tests' fixed date; the browser's clock is set in support/test.ts.
    env: { PORT: String(PORT), CLOCK_START: TEST_CLOCK_START },
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
