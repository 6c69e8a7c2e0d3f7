// Installs the benchmark's own tools (scripts/bench/tools/package.json: PostGraphile and autocannon)
// when they are missing or the list has changed, so `npm install` for the app stays without them.
//   node scripts/bench/tools.mjs        (npm run bench runs it first)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Their own folder: the bench's other scripts keep resolving the app's packages (pg) from the root.
const here = join(dirname(fileURLToPath(import.meta.url)), 'tools');
const stamp = join(here, 'node_modules', '.installed-from');
// What was installed from: the list and its lock (which npm may write on the first install).
const digest = () =>
  createHash('sha256')
    .update(readFileSync(join(here, 'package.json')))
    .update(existsSync(join(here, 'package-lock.json')) ? readFileSync(join(here, 'package-lock.json')) : '')
    .digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest()) process.exit(0);
console.error('[bench] installing the benchmark tools (scripts/bench/tools/package.json), once');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['install', '--prefix', here, '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, digest());
