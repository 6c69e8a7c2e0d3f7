import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, DPARC_TITLE, signIn, visit } from './support/journey.js';

const SLUG = 'rural-crime-strategy-2024-2027';
const BASE = `${SLUG}-2024-25-q4-panel-report`;

/** What each format's file starts with: PDF's header, or a zip's (Word, Excel, and the CSV files). */
const SIGNATURES: Record<string, { label: RegExp; extension: string; starts: Buffer }> = {
  PDF: { label: /^PDF/, extension: 'pdf', starts: Buffer.from('%PDF-') },
  DOCX: { label: /^Word document/, extension: 'docx', starts: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
  XLSX: { label: /^Excel workbook/, extension: 'xlsx', starts: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
  CSV: { label: /^CSV/, extension: 'csv.zip', starts: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
};

async function downloadFrom(page: Page, link: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test('an admin makes the 2024/25 Q4 Panel report, watches its progress and downloads the four formats', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  await visit(page, `/plans/${SLUG}`);
  await page.getByRole('link', { name: 'Panel reports', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel reports' })).toBeVisible();
  await expectNoAxeViolations(page);

  const source = page.getByRole('group', { name: 'What should the report show?' });
  await expect(source.getByLabel('2024/25 Q4 review (closed)')).toBeChecked();
  await expect(source.getByLabel('2024/25 Q3 review (closed)')).not.toBeChecked();
  await expect(source.getByLabel('Live data (draft)')).toBeVisible();
  for (const format of ['PDF', 'Word document', 'Excel workbook', 'CSV files (zip)']) {
    await expect(page.getByRole('group', { name: 'Formats' }).getByLabel(format)).toBeChecked();
  }

  // Nothing chosen: the form says what to do, and nothing is made.
  for (const format of ['PDF', 'Word document', 'Excel workbook', 'CSV files (zip)']) {
    await page.getByRole('group', { name: 'Formats' }).getByLabel(format).uncheck();
  }
  await page.getByRole('button', { name: 'Make the report' }).click();
  await expect(page.getByRole('alert').getByText('Choose at least one format')).toBeVisible();
  await expectNoAxeViolations(page);
  for (const format of ['PDF', 'Word document', 'Excel workbook', 'CSV files (zip)']) {
    await page.getByRole('group', { name: 'Formats' }).getByLabel(format).check();
  }

  // A double click makes one report, not two.
  const runsOf = async () =>
    (
      await api<{ plan: { id: string } }>(page, `{ plan(slug: "${SLUG}") { id } }`).then(({ plan }) =>
        api<{ reportRuns: { id: string }[] }>(page, 'query($id: ID!) { reportRuns(planId: $id) { id } }', {
          id: plan.id,
        }),
      )
    ).reportRuns.length;
  const before = await runsOf();
  await page.getByRole('button', { name: 'Make the report' }).dblclick();
  await expect(
    page.getByRole('heading', { level: 2, name: `${DPARC_TITLE}: Panel report, 2024/25 Q4` }),
  ).toBeVisible();
  await expect(page.getByLabel('Progress of the report')).toBeVisible();
  await expectNoAxeViolations(page);
  // When the files are ready the progress goes, and a banner says so.
  await expect(
    page.getByRole('alert').filter({ hasText: `${DPARC_TITLE}: Panel report, 2024/25 Q4 is ready` }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Progress of the report')).toHaveCount(0);
  expect(await runsOf()).toBe(before + 1);

  // The finished report heads the list of past reports, with who made it.
  const past = page.getByRole('table', { name: 'Reports made, newest first' });
  const row = past.getByRole('row').nth(1);
  await expect(row).toContainText(`${DPARC_TITLE}: Panel report, 2024/25 Q4`);
  await expect(row).toContainText('Closed review');
  await expect(row).toContainText('Alex Admin');
  await expectNoAxeViolations(page);

  for (const [format, expected] of Object.entries(SIGNATURES)) {
    const file = await downloadFrom(page, row.getByRole('link', { name: expected.label }));
    expect(file.name, format).toBe(`${BASE}.${expected.extension}`);
    expect(file.bytes.subarray(0, expected.starts.length).equals(expected.starts), format).toBe(true);
    expect(file.bytes.length, format).toBeGreaterThan(2_000);
  }
});

test('a closed review links to its Panel report, and the Panel downloads it without being able to make one', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  const { plan } = await api<{ plan: { id: string; reviewCycles: { id: string; quarter: string }[] } }>(
    page,
    'query($slug: String!) { plan(slug: $slug) { id reviewCycles { id quarter } } }',
    { slug: SLUG },
  );
  const q4 = plan.reviewCycles.find((c) => c.quarter === '2024/25 Q4')!;
  // A report to read, made through the API as the first journey does through the page.
  const made = await api<{ generateReport: { id: string } }>(
    page,
    'mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }',
    { input: { planId: plan.id, cycleId: q4.id, formats: ['PDF'] } },
  );
  await expect
    .poll(
      async () => {
        const r = await api<{ reportRun: { status: string } }>(
          page,
          'query($id: ID!) { reportRun(id: $id) { status } }',
          {
            id: made.generateReport.id,
          },
        );
        return r.reportRun.status;
      },
      { timeout: 30_000 },
    )
    .toBe('DONE');

  await visit(page, `/reviews/${q4.id}`);
  await page.getByRole('link', { name: 'Make or download the Panel report for 2024/25 Q4' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel reports' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'panel@example.org');
  // The Panel starts on the dashboard of the plan it scrutinises, and goes to its reports.
  await expect(page).toHaveURL(new RegExp(`/plans/${SLUG}$`));
  await page.getByRole('link', { name: 'Panel reports', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel reports' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make the report' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The latest closed quarter's report, ready to download.
  const quarters = page.getByRole('table', { name: 'Reports of closed quarters, newest first' });
  const latest = quarters.getByRole('row', { name: /2024\/25 Q4/ });
  const file = await downloadFrom(page, latest.getByRole('link', { name: /^PDF/ }));
  expect(file.name).toBe(`${BASE}.pdf`);
  expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A closed quarter nobody has made a report of yet: the Panel gets it made.
  const earlier = quarters.getByRole('row', { name: /2024\/25 Q3/ });
  const get = earlier.getByRole('button', { name: /^Get the report/ });
  if ((await get.count()) > 0) {
    await get.click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Panel report, 2024/25 Q3 is ready' }),
    ).toBeVisible({
      timeout: 30_000,
    });
  }
  await expect(earlier.getByRole('link', { name: /^PDF/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
