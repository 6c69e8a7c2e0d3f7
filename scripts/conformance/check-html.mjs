// The Nu HTML checker (vnu-jar, the W3C validator's engine) on folders of saved pages:
//   node scripts/conformance/check-html.mjs LABEL=DIR [LABEL=DIR ...]
// Prints each folder's page, error and warning counts, then every error and warning, and exits 1
// if there is any. Nu's "info" messages that are not warnings are left out.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

const JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const folders = process.argv.slice(2).map((arg) => {
  const [label, dir] = arg.split('=');
  return { label, dir, files: existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [] };
});
const files = folders.flatMap((f) => f.files.map((name) => join(f.dir, name)));
if (files.length === 0) {
  console.error('html: no pages to check');
  process.exit(1);
}
// One JVM for every file: starting Java is most of the time.
const run = spawnSync('java', ['-jar', JAR, '--format', 'json', '--exit-zero-always', ...files], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error || run.status !== 0) {
  console.error(`html: the Nu checker did not run: ${run.error?.message ?? run.stderr}`);
  process.exit(1);
}
// vnu writes its JSON report to stderr.
const { messages } = JSON.parse(run.stderr);
const problems = messages.filter(
  (m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'warning',
);
let total = 0;
for (const folder of folders) {
  const mine = problems.filter((m) => m.url && m.url.includes(folder.dir));
  const errors = mine.filter((m) => m.type !== 'info').length;
  console.log(
    `html, ${folder.label}: ${folder.files.length} pages checked by the Nu HTML checker: ${errors} errors, ${mine.length - errors} warnings`,
  );
  total += folder.files.length;
}
for (const m of problems) {
  const where = m.url ? basename(decodeURIComponent(m.url)) : '';
  console.log(
    `  ${m.subType === 'warning' ? 'WARNING' : 'ERROR'} ${where}:${m.lastLine ?? ''} ${m.message} ${m.extract ? `(${m.extract.trim().slice(0, 120)})` : ''}`,
  );
}
if (total < 5) {
  console.log('html: fewer than 5 pages were saved to check');
  process.exit(1);
}
process.exit(problems.length ? 1 : 0);
