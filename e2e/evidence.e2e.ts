import { png } from '../server/test/support/png.js';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn } from './support/journey.js';

// Screenshots for docs/guides/evidence.md, when asked for: SCREENSHOT_DIR=docs/images.
const SHOTS = process.env.SCREENSHOT_DIR;
async function shot(part: Locator, name: string) {
  if (SHOTS) await part.screenshot({ path: `${SHOTS}/${name}.png` });
}

interface Found {
  plan: {
    priorities: {
      actions: {
        id: string;
        ref: string;
        canEdit: boolean;
        status: string;
        milestones: { id: string; title: string; completedOn: string | null }[];
      }[];
    }[];
  };
}
const FIND = `{ plan(slug: "rural-crime-strategy-2024-2027") { priorities { actions {
  id ref canEdit status milestones { id title completedOn } } } } }`;
const actionsOf = async (page: Page) =>
  (await api<Found>(page, FIND)).plan.priorities.flatMap((p) => p.actions);

/** The width the page needs, to compare with the screen's. */
const widthOf = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));

test('a partner ticks a milestone with a photograph attached; an editor of another organisation cannot download it; the Panel can', async ({
  browser,
  page,
}) => {
  // The NFU editor's view first: the actions NFU neither leads nor supports.
  await signIn(page, 'editor@example.org');
  const notNfu = new Set((await actionsOf(page)).filter((a) => !a.canEdit).map((a) => a.id));
  await page.context().clearCookies();

  // The Constabulary's partner lead ticks an open milestone of one of those, with a photograph.
  await signIn(page, 'lead@example.org');
  const action = (await actionsOf(page)).find(
    (a) =>
      a.canEdit &&
      notNfu.has(a.id) &&
      a.status !== 'COMPLETED' &&
      a.status !== 'CANCELLED' &&
      a.milestones.some((m) => !m.completedOn),
  )!;
  expect(action).toBeTruthy();
  const milestone = action.milestones.find((m) => !m.completedOn)!;

  await page.goto(`/actions/${action.id}`);
  await page.getByRole('button', { name: 'Record an update' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
  const hint = await page.getByText(/The plan’s rule suggests (Red|Amber|Green)/).textContent();
  await page
    .getByRole('radio', { name: /suggests (Red|Amber|Green)/.exec(hint ?? '')![1]!, exact: true })
    .check();
  await page.getByLabel('Commentary').fill('New rural crime signage is up at the three car parks.');
  await page.getByRole('checkbox', { name: milestone.title }).check();
  const today = await page.evaluate(() => new Date());
  const completed = page.getByRole('group', { name: 'Completed on' }).first();
  await completed.getByLabel('Day').fill(String(today.getDate()));
  await completed.getByLabel('Month').fill(String(today.getMonth() + 1));
  await completed.getByLabel('Year').fill(String(today.getFullYear()));
  await page.getByLabel('Evidence', { exact: true }).fill('Photograph of the new signs');

  // A file whose content is not what its name says is refused before it is sent, in words.
  const files = page.getByLabel('Evidence files (optional)');
  await files.setInputFiles({
    name: 'signs.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('%PDF-1.7 not a photo'),
  });
  await expect(
    page.getByText('signs.jpg: The file’s name says it is a JPEG image, but it is a PDF document'),
  ).toBeVisible();
  await files.setInputFiles({ name: 'signage-photo.png', mimeType: 'image/png', buffer: png() });
  await expect(page.getByText('signage-photo.png uploaded', { exact: true })).toBeVisible();
  await expect(page.getByText(/signage-photo\.png \(PNG image, \d+ bytes\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(
    page.getByRole('group', { name: 'Milestones completed with this update' }),
    'evidence-record-update',
  );

  await page.getByRole('button', { name: 'Record update' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(action.ref);
  const table = page.getByRole('table', { name: 'Evidence files' });
  await expect(table.getByRole('link', { name: /signage-photo\.png/ })).toBeVisible();
  await expect(table).toContainText(`Milestone: ${milestone.title}`);
  await expect(table).toContainText('lead@example.org');
  await expect(table).toContainText('Private');
  await expectNoAxeViolations(page);
  const href = (await table.getByRole('link', { name: /signage-photo\.png/ }).getAttribute('href'))!;
  const own = await page.request.get(href);
  expect(own.status()).toBe(200);
  expect(own.headers()['content-disposition']).toBe(
    `attachment; filename="signage-photo.png"; filename*=UTF-8''signage-photo.png`,
  );
  expect(own.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await own.body()).equals(png())).toBe(true);

  // An editor of another organisation: no file listed, and the address answers 404.
  const other = await browser.newContext();
  const editor = await other.newPage();
  await signIn(editor, 'editor@example.org');
  expect((await editor.request.get(href)).status()).toBe(404);
  await editor.goto(`/actions/${action.id}`);
  await expect(editor.getByRole('heading', { level: 2, name: 'Evidence files' })).toBeVisible();
  await expect(editor.getByText('No evidence files yet.')).toBeVisible();
  await expect(editor.getByText('signage-photo.png')).toHaveCount(0);
  await other.close();

  // The Panel can, and the list fits a 320 pixel screen.
  const panelContext = await browser.newContext();
  const panel = await panelContext.newPage();
  await signIn(panel, 'panel@example.org');
  const download = await panel.request.get(href);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(png())).toBe(true);
  await panel.goto(`/actions/${action.id}`);
  const panelTable = panel.getByRole('table', { name: 'Evidence files' });
  await expect(panelTable.getByRole('link', { name: /signage-photo\.png/ })).toBeVisible();
  await expectNoAxeViolations(panel);
  await shot(panelTable, 'evidence-action-page');
  await panel.setViewportSize({ width: 320, height: 640 });
  await expect(panelTable).toBeVisible();
  const narrow = await widthOf(panel);
  expect(narrow.scroll).toBeLessThanOrEqual(narrow.inner);
  await expectNoAxeViolations(panel);
  await panelContext.close();

  // Private until the Commissioner's team publishes it; then the public can download it too.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@example.org');
  await admin.goto(`/actions/${action.id}`);
  const adminTable = admin.getByRole('table', { name: 'Evidence files' });
  await expect(adminTable.getByRole('button', { name: 'Publish signage-photo.png' })).toBeVisible();
  await expectNoAxeViolations(admin);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${new URL(admin.url()).origin}${href}`)).status()).toBe(404);
  await adminTable.getByRole('button', { name: 'Publish signage-photo.png' }).click();
  await expect(adminTable).toContainText('Public');
  await expect(adminTable.getByRole('button', { name: 'Make private signage-photo.png' })).toBeVisible();
  expect((await anonymous.request.get(`${new URL(admin.url()).origin}${href}`)).status()).toBe(200);
  // A resident finds it under the action on the public progress page, and downloads it there.
  const resident = await anonymous.newPage();
  await resident.goto(`${new URL(admin.url()).origin}/public/plans/rural-crime-strategy-2024-2027`);
  const block = resident.locator(`[id="action-${action.ref}"]`);
  const publicLink = block.getByRole('link', { name: 'signage-photo.png' });
  await expect(publicLink).toBeVisible();
  await expect(block).toContainText(`PNG image`);
  await expect(block).toContainText(`for ${milestone.title}`);
  expect(await publicLink.getAttribute('href')).toBe(href);
  await expectNoAxeViolations(resident);
  await shot(block, 'evidence-public-page');
  await resident.setViewportSize({ width: 320, height: 640 });
  const publicWidth = await widthOf(resident);
  expect(publicWidth.scroll).toBeLessThanOrEqual(publicWidth.inner);
  await anonymous.close();
  await adminContext.close();

  // The partner who added it archives it, with a reason; it leaves their list.
  await page.goto(`/actions/${action.id}`);
  await page.getByRole('button', { name: 'Archive signage-photo.png' }).click();
  await page.getByLabel('Why archive signage-photo.png?').fill('A clearer photograph follows');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Archive file' }).click();
  await expect(page.getByText('No evidence files yet.')).toBeVisible();
  expect((await page.request.get(href)).status()).toBe(404);

  // The update form with its file upload fits 320 pixels too.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/actions/${action.id}/update`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
  const form = await widthOf(page);
  expect(form.scroll).toBeLessThanOrEqual(form.inner);
});
