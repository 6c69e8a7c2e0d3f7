import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn, visit } from './support/journey.js';

const HEADER =
  'Priority,Reference,Action,Description,Lead partner,Supporting partners,Start date,Due date,Milestones,Status,Public summary,Contributes to';

const PLAN_TITLE = 'Dales spreadsheet pilots 2026-2027';

/** A plan file with two actions under a priority the import adds; `due` and `status` let a row go wrong. */
function planFile({ due, status }: { due: string; status: string }) {
  return [
    HEADER,
    `1. Spreadsheet pilots,1.1,Pilot a tractor marking day in the Dales,,Derbyshire Constabulary Rural Crime Team,NFU; Peak Pony Club,01/04/2026,${due},2026-06-30 Marking day held; 2026-09-30 Results shared,In progress,`,
    `1. Spreadsheet pilots,1.2,Run a rural crime drop-in at the livestock market,,Derbyshire Dales District Council,,,31/03/2027,,${status},`,
  ].join('\r\n');
}

async function choose(page: Page, name: string, text: string) {
  await page
    .getByLabel(/^Upload (a|the corrected) file$/)
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Upload and check' }).click();
}

test('an admin downloads the template, fixes a file with two problems, imports it and sees the new actions', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  // A new draft plan of its own, so the seeded plans other journeys count stay as they are.
  const { partners } = await api<{ partners: { id: string; name: string }[] }>(
    page,
    '{ partners { id name } }',
  );
  const owner = partners.find((p) => p.name.startsWith('Office of the Police and Crime Commissioner'))!;
  const slug = `dales-pilots-${Date.now()}`;
  await api(page, 'mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }', {
    input: {
      slug,
      title: PLAN_TITLE,
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      ownerPartnerId: owner.id,
    },
  });
  await visit(page, `/plans/${slug}`);
  await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import actions from a spreadsheet' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The Excel template: instructions first, then the sheet to fill in.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the Excel template (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('plan-import-template.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile((await download.path())!));
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Instructions', 'Plan']);
  expect((workbook.getWorksheet('Plan')!.getRow(1).values as unknown[]).slice(1).join(',')).toBe(HEADER);

  // The template uploaded unchanged to the DPARC plan, whose action 1.1 is real: its examples are
  // left out, so it changes nothing.
  const find11 = `{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions { ref title version } } } }`;
  type Found = { plan: { priorities: { actions: { ref: string; title: string; version: number }[] }[] } };
  const real11 = async () =>
    (await api<Found>(page, find11)).plan.priorities.flatMap((p) => p.actions).find((a) => a.ref === '1.1')!;
  const before11 = await real11();
  await page.goto('/plans/rural-crime-strategy-2024-2027/import');
  await page.getByLabel(/^Upload (a|the corrected) file$/).setInputFiles({
    name: 'plan-import-template.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await readFile((await download.path())!),
  });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'The file only has the template’s example rows',
  );
  await expect(page.getByRole('button', { name: /^Import \d+ rows?$/ })).toHaveCount(0);
  expect(await real11()).toEqual(before11);
  await page.goto(`/plans/${slug}/import`);

  // A file with two problems: both are listed, by row and column, and nothing is imported.
  await choose(page, 'dales-pilots.csv', planFile({ due: '31/02/2027', status: 'Finished' }));
  // The error summary takes focus, so screen reader users hear about the problems first.
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText([
    'Row 2, Due date: Enter a real date, like 31/03/2026',
    'Row 3, Status: Status must be one of: Not started, In progress, Completed, Deferred, Cancelled',
  ]);
  await expect(page.getByRole('table', { name: 'Problems in dales-pilots.csv' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Each problem leads to the file control, where the corrected file goes.
  await summary.getByRole('link').first().click();
  await expect(page.getByLabel('Upload the corrected file')).toBeFocused();

  // The corrected file: a preview of what will change, and the unknown partner to add.
  await choose(page, 'dales-pilots.csv', planFile({ due: '31/03/2027', status: 'Not started' }));
  await expect(page.getByRole('heading', { name: 'Check the changes before you import' })).toBeVisible();
  const created = page.getByRole('table', { name: 'New actions (2)' });
  await expect(created).toContainText('Pilot a tractor marking day in the Dales');
  await expect(created).toContainText('Marking day held, due 30 June 2026');
  await expect(page.getByText('1. Spreadsheet pilots')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Partners not in the directory (1)' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Importing without deciding about the unknown partner is refused, and says why.
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'Peak Pony Club is not in the partner directory',
  );
  await page.getByLabel('Add Peak Pony Club as a new partner').check();
  await page
    .getByLabel('What kind of organisation is Peak Pony Club?')
    .selectOption({ label: 'Community scheme' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import 2 rows' }).click();

  const done = page.getByRole('alert').filter({ hasText: 'dales-pilots.csv was imported' });
  await expect(done).toBeVisible();
  await expect(done).toContainText('2 actions added, 0 actions changed');
  await expect(done).toContainText('1 partner added');
  await expectNoAxeViolations(page);

  // The plan shows the new priority and its actions.
  await done.getByRole('link', { name: `Go to ${PLAN_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Spreadsheet pilots/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pilot a tractor marking day in the Dales' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Run a rural crime drop-in at the livestock market' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Pilot a tractor marking day in the Dales' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Pilot a tractor marking day in the Dales/ }),
  ).toBeVisible();
  await expect(page.getByText('Peak Pony Club').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
