// Collects what the conformance step checks, from the built app on a fresh seeded database, as
// a user would get it:
//   - every server-rendered public page, found by following the public site's own links from
//     /public, and its page for an address that does not exist (raw HTML, as served);
//   - the DPARC plan's Panel report of the closed 2024/25 Q4 review and a draft of live data, in
//     all four formats;
//   - both import templates.
//   node scripts/conformance/collect.mjs OUT_DIR
// Writes OUT_DIR/pages/*.html and OUT_DIR/files/*, and prints what it collected.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_CLOCK_START } from '../test-clock.mjs';
import { client, startServer } from '../lib/app.mjs';

const SLUG = 'rural-crime-strategy-2024-2027';
const FORMATS = ['PDF', 'DOCX', 'XLSX', 'CSV'];
const PAGE_LIMIT = 200;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/conformance/collect.mjs OUT_DIR');
  process.exit(2);
}
const pagesDir = join(out, 'pages');
const filesDir = join(out, 'files');
mkdirSync(pagesDir, { recursive: true });
mkdirSync(filesDir, { recursive: true });

/** A file name for a page's address: /public/plans/x?y=1 → public_plans_x_y_1.html */
const pageFile = (path) => `${path.replace(/^\//, '').replace(/[^a-zA-Z0-9-]+/g, '_') || 'index'}.html`;

/** Every HTML page reachable from /public by the site's own links, with each page's status. */
async function crawlPublic(baseUrl) {
  const seen = new Set();
  const queue = ['/public', '/public/no-such-page'];
  const pages = [];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    if (seen.size > PAGE_LIMIT) throw new Error(`more than ${PAGE_LIMIT} public pages: is a link looping?`);
    const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await res.text();
    writeFileSync(join(pagesDir, pageFile(path)), html);
    pages.push(`${res.status} ${path}`);
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"#]+)/g)) {
      const url = new URL(href.replace(/&amp;/g, '&'), `${baseUrl}${path}`);
      if (url.origin !== baseUrl || !url.pathname.startsWith('/public')) continue;
      if (url.pathname.startsWith('/public/assets/')) continue;
      queue.push(url.pathname + url.search);
    }
  }
  return pages;
}

async function report(gql, base, input, prefix) {
  const { generateReport } = await gql(
    'mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }',
    { input: { ...input, formats: FORMATS } },
  );
  for (let i = 0; ; i++) {
    const { reportRun } = await gql(
      'query($id: ID!) { reportRun(id: $id) { status error files { format fileName downloadUrl } } }',
      { id: generateReport.id },
    );
    if (reportRun.status === 'FAILED') throw new Error(`the report failed: ${reportRun.error}`);
    if (reportRun.status === 'DONE') {
      const names = [];
      for (const f of reportRun.files) {
        const name = `${prefix}-${f.fileName}`;
        writeFileSync(join(filesDir, name), await download(gql, base, f.downloadUrl));
        names.push(name);
      }
      return names;
    }
    if (i > 600) throw new Error('the report took more than a minute');
    await sleep(100);
  }
}

async function download(gql, base, path) {
  const res = await fetch(new URL(path, base), { headers: { cookie: gql.cookie() } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

// At the tests' fixed date, so the seeded plan is running and its Q4 review is closed.
const server = await startServer(null, { CLOCK_START: TEST_CLOCK_START });
try {
  const base = server.baseUrl;
  const pages = await crawlPublic(base);
  const gql = client(base);
  await gql(
    'mutation { signIn(input: { email: "admin@example.org", password: "rural-crime-2024" }) { id } }',
  );
  const { plan } = await gql(`query { plan(slug: "${SLUG}") { id reviewCycles { id quarter status } } }`);
  const q4 = plan.reviewCycles.find((c) => c.quarter === '2024/25 Q4' && c.status === 'CLOSED');
  if (!q4) throw new Error('The seeded 2024/25 Q4 review is missing or not closed');
  const files = [
    ...(await report(gql, base, { planId: plan.id, cycleId: q4.id }, 'closed')),
    ...(await report(gql, base, { planId: plan.id }, 'live')),
  ];
  for (const template of ['plan-import-template.xlsx', 'plan-import-template.csv']) {
    writeFileSync(
      join(filesDir, template),
      await download(gql, base, `/files/${template.replace('plan-', '')}`),
    );
    files.push(template);
  }
  console.log(`collected ${pages.length} public pages:\n  ${pages.join('\n  ')}`);
  console.log(`collected ${files.length} files:\n  ${files.join('\n  ')}`);
} finally {
  await server.stop();
}
