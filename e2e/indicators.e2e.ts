import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, DPARC_TITLE, signIn, visit } from './support/journey.js';

const BURGLARIES = 'Home burglaries attended';
const ANSWER_999 = 'Average time to answer 999 calls';
const UNPUBLISHED = 'Rural crime per 1,000 rural residents';

/** Opens an indicator from the list of indicators, as a reader would. */
async function openIndicator(page: Page, name: string) {
  await visit(page, '/indicators');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** The first day of the UK financial quarter after one labelled like "2026/27 Q2", as day, month, year. */
function nextQuarterStart(label: string): [string, string, string] {
  const [, year, quarter] = /^(\d{4})\/\d{2} Q([1-4])$/.exec(label)!;
  // Q1 starts in April; the next quarter starts three months after this one.
  const start = new Date(Date.UTC(Number(year), 3 + (Number(quarter) - 1) * 3 + 3, 1));
  return ['1', String(start.getUTCMonth() + 1), String(start.getUTCFullYear())];
}

/** The headline: the latest period's name, as the page gives it in its heading. */
async function latestPeriod(page: Page) {
  const heading = await page.getByRole('heading', { level: 2, name: /^Latest value: / }).textContent();
  return heading!.replace('Latest value: ', '').trim();
}

const valuesTable = (page: Page, name: string) =>
  page.getByRole('table', { name: `Values of ${name}, newest first` });

test('an admin adds the next period’s value and sees the latest value, the change and the status move', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  await openIndicator(page, BURGLARIES);
  await expect(page.getByText(/Example data: the values of this indicator are made up/)).toBeVisible();

  // Before: the seeded figures.
  const before = await latestPeriod(page);
  const headline = page.locator('.app-indicator-headline');
  await expect(headline).toContainText('98.7%');
  await expect(headline).toContainText('Near target');
  await expect(headline).toContainText('Up 7.9% (+7.2 percentage points) from the 2021/22');
  await expect(
    page.getByRole('img', { name: /^Line chart of Home burglaries attended from / }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Add a value' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a value' })).toBeVisible();
  await expect(page.getByText(`The latest value is 98.7% for ${before}.`)).toBeVisible();
  await expectNoAxeViolations(page);

  // A day that does not start a quarter: the API says which day to use, by the date.
  const [, month, year] = nextQuarterStart(before);
  const date = page.getByRole('group', { name: 'Period start date' });
  await date.getByLabel('Day').fill('15');
  await date.getByLabel('Month').fill(month);
  await date.getByLabel('Year').fill(year);
  await page.getByLabel('Value', { exact: true }).fill('100');
  await page.getByRole('button', { name: 'Add value' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('is not the first day of a UK financial quarter: use');
  await expect(page.locator('#periodStart-error')).toContainText(
    'is not the first day of a UK financial quarter',
  );
  await expectNoAxeViolations(page);

  await date.getByLabel('Day').fill('1');
  await page.getByLabel('Note (optional)').fill('Every home burglary attended');
  await page.getByRole('button', { name: 'Add value' }).click();

  await expect(page.getByText(/^Value added for /)).toBeVisible();
  const after = await latestPeriod(page);
  expect(after).not.toBe(before);
  await expect(headline).toContainText('100.0%');
  await expect(headline).toContainText('On target');
  await expect(headline).toContainText('Up 9.3% (+8.5 percentage points) from the 2021/22');
  await expect(
    page.getByRole('img', { name: new RegExp(`100\\.0% in ${after.replace('/', '\\/')}`) }),
  ).toBeVisible();
  const firstRow = valuesTable(page, BURGLARIES).locator('tbody tr').first();
  await expect(firstRow).toContainText(after);
  await expect(firstRow).toContainText('100.0%');
  await expect(firstRow).toContainText('Every home burglary attended');
  await expectNoAxeViolations(page);
});

test('an admin imports values from a CSV file, sees each bad row, fixes them and imports', async ({
  page,
}) => {
  await signIn(page, 'admin@example.org');
  await openIndicator(page, ANSWER_999);
  await page.getByRole('button', { name: 'Import values from CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import values from CSV' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Download a CSV template/ })).toHaveAttribute(
    'download',
    'indicator-values.csv',
  );
  await expectNoAxeViolations(page);

  const bad = [
    'period,value,note',
    '2026-10-01,5.9,Imported',
    '2026-11-15,6.0,',
    '2026-09-01,six,"Recounted, after the audit"',
  ].join('\n');
  await page.getByLabel('Choose a CSV file').setInputFiles({
    name: 'answer-times.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bad),
  });
  await expect(page.getByLabel('Values to import')).toHaveValue(bad);
  await page.getByRole('button', { name: 'Import values' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The file has 2 problems: nothing was imported');
  await expect(summary).toContainText(
    'Row 3, period: 2026-11-15 is not the first day of a month: use 2026-11-01',
  );
  await expect(summary).toContainText('Row 4, value: "six" is not a number');
  await expectNoAxeViolations(page);

  const fixed = bad.replace('2026-11-15', '2026-11-01').replace(',six,', ',6.3,');
  await page.getByLabel('Values to import').fill(fixed);
  await page.getByRole('button', { name: 'Import values' }).click();

  await expect(page.getByText('Imported 2 values, corrected 1')).toBeVisible();
  const table = valuesTable(page, ANSWER_999);
  await expect(table.locator('tbody tr').first()).toContainText('November 2026');
  // The corrected period keeps its earlier value, for people who sign in.
  const september = table.locator('tbody tr', { hasText: 'September 2026' });
  await expect(september).toContainText('6.3 seconds');
  await expect(september).toContainText('Corrected');
  await september.getByText('Earlier value').click();
  await expect(september.locator('details')).toHaveAttribute('open', '');
  await expect(september).toContainText('6.1 seconds, recorded by seed@example.org');
  await expectNoAxeViolations(page);
});

test('an admin adds an indicator, changes its definition from a date, then archives it', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await visit(page, '/indicators');
  await page.getByRole('button', { name: 'Add an indicator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an indicator' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the name of the indicator');
  await expect(page.getByRole('alert')).toContainText('Select the unit of the values');
  await expectNoAxeViolations(page);

  const name = `Farm thefts reported ${Date.now()}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Definition', { exact: true }).fill('Thefts from farms recorded in the month.');
  await page.getByLabel('Data source').fill('Force crime records');
  await page.getByRole('radio', { name: 'Number', exact: true }).check();
  await page.getByRole('radio', { name: 'Monthly', exact: true }).check();
  await page.getByRole('radio', { name: 'Lower is better', exact: true }).check();
  await page.getByLabel('Baseline period').fill('2023/24 monthly average');
  await page.getByLabel('Baseline value').fill('40');
  await page.getByLabel('Target value (optional)').fill('30');
  await page.getByRole('group', { name: DPARC_TITLE }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Add indicator' }).click();

  await expect(page.getByText('Indicator added')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('No values have been recorded yet.').first()).toBeVisible();
  await expect(page.getByText('No: only signed-in users can see it')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Change indicator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change indicator' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'When did the new definition take effect?' })).toHaveCount(0);
  await page
    .getByLabel('Definition', { exact: true })
    .fill('Thefts from farms and smallholdings recorded in the month.');
  const changedOn = page.getByRole('group', { name: 'When did the new definition take effect?' });
  await changedOn.getByLabel('Day').fill('1');
  await changedOn.getByLabel('Month').fill('10');
  await changedOn.getByLabel('Year').fill('2026');
  await page.getByLabel('Publish it: anyone can see it without signing in').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByText('Indicator updated')).toBeVisible();
  await expect(page.getByText('Yes: anyone can see it')).toBeVisible();
  const change = page.locator('.govuk-summary-list', { hasText: 'Definition before' });
  await expect(change).toContainText('1 October 2026');
  await expect(change).toContainText('Thefts from farms recorded in the month.');

  await page.getByRole('button', { name: 'Change indicator' }).click();
  await page.getByRole('link', { name: 'Archive this indicator' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Are you sure you want to archive this indicator?' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Archive indicator' }).click();
  await expect(page.getByText(`${name} archived`)).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
});

test('a Panel member and the public read published indicators; the public cannot see an unpublished one', async ({
  browser,
}) => {
  const panel = await (await browser.newContext()).newPage();
  await signIn(panel, 'panel@example.org');
  await visit(panel, '/indicators');
  const unpublishedRow = panel.locator('tbody tr', { hasText: UNPUBLISHED });
  await expect(unpublishedRow).toContainText('Not published');
  await openIndicator(panel, 'Average wait to answer 101 calls');
  await expect(panel.getByRole('img', { name: /definition changed 1 April 2024$/ })).toBeVisible();
  await expect(panel.getByRole('img', { name: /^Line chart of/ })).toContainText(
    'Definition changed 1 April 2024',
  );
  await expect(valuesTable(panel, 'Average wait to answer 101 calls')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Add a value' })).toHaveCount(0);
  const { indicators } = await api<{ indicators: { id: string; name: string }[] }>(
    panel,
    '{ indicators { id name } }',
  );
  const hidden = indicators.find((i) => i.name === UNPUBLISHED)!;

  const visitor = await (await browser.newContext()).newPage();
  await visit(visitor, '/indicators');
  await expect(visitor.getByRole('link', { name: UNPUBLISHED })).toHaveCount(0);
  await openIndicator(visitor, BURGLARIES);
  await expect(visitor.locator('.app-indicator-headline')).toContainText(/On target|Near target|Off target/);
  await expect(valuesTable(visitor, BURGLARIES)).toBeVisible();
  await expect(visitor.getByRole('button', { name: 'Add a value' })).toHaveCount(0);
  await expect(visitor.getByText('Corrected')).toHaveCount(0);

  await visit(visitor, `/indicators/${hidden.id}`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  // The plan page lists the indicators of its priorities, with their status in words.
  await visit(visitor, '/plans/police-and-crime-plan-2025');
  const section = visitor.getByRole('region', { name: 'Indicators', exact: true });
  await expect(section.getByRole('link', { name: BURGLARIES })).toBeVisible();
  await expect(section.getByRole('link', { name: UNPUBLISHED })).toHaveCount(0);
  const priority = visitor.getByRole('region', { name: 'Indicators of priority 2' });
  await expect(priority.getByRole('link', { name: BURGLARIES })).toBeVisible();
});
