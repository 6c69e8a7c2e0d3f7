// The first run of a real deployment, on a server of its own: an empty database, no demo
// accounts. The server prints a one-time setup link to its log; the first admin opens it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_CLOCK_START } from '../scripts/test-clock.mjs';
import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | null = null;
let dir = '';
test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGINT');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts the built server on an empty database, and resolves with the link its log prints. */
async function startEmptyServer(): Promise<{ base: string; link: string }> {
  const port = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'pt-first-run-'));
  const base = `http://localhost:${port}`;
  // Embedded PGlite in a new folder: an empty database, whatever DATABASE_URL the run has.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  server = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      ...env,
      PORT: String(port),
      DATA_DIR: join(dir, 'pglite'),
      SEED_ON_START: 'false',
      SEED_DEMO_USERS: 'false',
      PUBLIC_URL: base,
      CLOCK_START: TEST_CLOCK_START,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no setup link in the log:\n${log}`)), 60_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const link = new RegExp(`${base}/setup/[A-Za-z0-9_-]+`).exec(log)?.[0];
      if (link) {
        clearTimeout(timer);
        resolve({ base, link });
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.once('exit', (code) => reject(new Error(`the server stopped (${code}):\n${log}`)));
  });
}

// Reads no calendar (its server runs at the tests' fixed date): the calendar check leaves it out.
test(
  'on an empty database, the setup link from the log makes the first admin, and works once',
  {
    tag: '@date-free',
  },
  async ({ page }) => {
    test.setTimeout(120_000);
    const { base, link } = await startEmptyServer();

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Set up the service' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Nothing filled in: every box says what it needs.
    await page.getByRole('button', { name: 'Set up the service' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Enter the name of your organisation');
    await expect(summary).toContainText('Enter your full name');
    await expectNoAxeViolations(page);

    await page
      .getByLabel('Your organisation’s name')
      .fill('Office of the Police and Crime Commissioner for Wessex');
    await page.getByLabel('Your full name').fill('Morgan First');
    await page.getByLabel('Your email address').fill('morgan.first@wessex.example.org');
    await page.getByLabel('Password', { exact: true }).fill('a long first password');
    await page.getByLabel('Confirm password').fill('a long first password');
    await page.getByRole('button', { name: 'Set up the service' }).click();

    // Signed in as the first admin, on the organisation's settings.
    await expect(page).toHaveURL(`${base}/settings`);
    await expect(page.getByText('The service is set up, and you are its administrator')).toBeVisible();
    await expect(page.getByLabel('Organisation name')).toHaveValue(
      'Office of the Police and Crime Commissioner for Wessex',
    );
    await expect(page.getByText('Morgan First')).toBeVisible();
    await expectNoAxeViolations(page);

    // The link a second time: refused, in words, and nothing changes.
    await page.goto(link);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This setup link cannot be used' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    const again = await page.request.post(`${base}/graphql`, {
      data: {
        query: 'mutation($input: CompleteSetupInput!) { completeSetup(input: $input) { id } }',
        variables: {
          input: {
            token: link.split('/setup/')[1],
            organisationName: 'Someone else',
            name: 'Someone Else',
            email: 'someone@else.example.org',
            password: 'another long password',
          },
        },
      },
    });
    expect((await again.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  },
);
