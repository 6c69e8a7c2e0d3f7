// Starts the built app for the browser journeys on a fresh, seeded database:
// a new embedded PGlite directory, or a new database on the PostgreSQL server in DATABASE_URL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startTestProvider } from '../../scripts/oidc-test-provider.mjs';

// The browser may send only the client's own operations, as in production (BROWSER_DOCUMENTS).
const env = {
  ...process.env,
  SEED_ON_START: 'true',
  SEED_DEMO_USERS: 'true',
  LOG_LEVEL: 'warn',
  BROWSER_DOCUMENTS: 'trusted',
};
// Single sign-on through a real provider on this machine (scripts/oidc-test-provider.mjs), as a
// deployment with OIDC_PROVIDERS has it: the sign-in page offers it beside the password form.
const appUrl = `http://localhost:${process.env.PORT ?? 3000}`;
const provider = await startTestProvider({ redirectBases: [appUrl], providerIds: ['test'] });
env.OIDC_PROVIDERS = JSON.stringify(provider.providers());

let drop = async () => {};
if (process.env.DATABASE_URL) {
  const name = `pt_e2e_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  drop = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
} else {
  env.DATA_DIR = join(mkdtempSync(join(tmpdir(), 'pt-e2e-')), 'pglite');
}

const server = spawn(process.execPath, ['server/dist/main.js'], { env, stdio: 'inherit' });
const stop = () => server.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', async (code) => {
  await provider.close().catch(() => undefined);
  await drop().catch(() => undefined);
  process.exit(code ?? 0);
});
