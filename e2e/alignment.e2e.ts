// Alignment between plans: an admin links a Rural Crime Strategy action to a Police and Crime Plan
// priority, a partner proposes another and the admin agrees it, and both show on the priority's
// page and in the Police and Crime Plan's "Delivered through". Screenshots for docs/guides/alignment.md.
import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn, visit } from './support/journey.js';
import { personAt } from './support/reviews.js';

const STRATEGY = 'rural-crime-strategy-2024-2027';
const PCP = 'police-and-crime-plan-2025';
const PCP_TITLE = 'Police and Crime Plan 2025 onwards: Protect Communities';
const RURAL = `${PCP_TITLE}: priority 3, Reduce Crime in Rural Areas`;

interface Found {
  plan: {
    priorities: { id: string; number: number; actions: { id: string; ref: string; title: string }[] }[];
  };
}

async function find(page: Page, slug: string) {
  return (
    await api<Found>(page, `{ plan(slug: "${slug}") { priorities { id number actions { id ref title } } } }`)
  ).plan;
}

const actionOf = (plan: Found['plan'], ref: string) =>
  plan.priorities.flatMap((p) => p.actions).find((a) => a.ref === ref)!;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `docs/images/${name}.png`, fullPage: true });

test('an admin links an action, a partner proposes one the admin agrees, and the Police and Crime Plan shows both', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin@example.org');
  const strategy = await find(page, STRATEGY);
  const pcp = await find(page, PCP);
  const classification = actionOf(strategy, '1.6');
  const heritage = actionOf(strategy, '1.8');
  const rural = pcp.priorities.find((p) => p.number === 3)!;

  // The admin links action 1.6 to the plan's rural crime priority: agreed at once.
  await visit(page, `/actions/${classification.id}`);
  await page.getByRole('button', { name: 'Link to a priority of another plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Link to a priority of another plan' }),
  ).toBeVisible();
  // The form offers other plans' priorities only: none of the action's own plan.
  const options = await page.getByLabel('Priority it contributes to').locator('option').allTextContents();
  expect(options.some((o) => o.startsWith('Derbyshire Rural Crime Strategy'))).toBe(false);
  // Nothing chosen: the error summary says what to do.
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose a priority of another plan');
  await expectNoAxeViolations(page);
  await page.getByLabel('Priority it contributes to').selectOption({ label: RURAL });
  await page
    .getByLabel('How it contributes (optional)')
    .fill('The rural classification shows where rural crime happens, so patrols go there.');
  await shot(page, 'alignment-add-link');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText('Link added');
  const links = page.getByRole('table', { name: 'Priorities of other plans this action contributes to' });
  await expect(links.getByRole('row', { name: /Reduce Crime in Rural Areas/ })).toContainText('Agreed');
  await expectNoAxeViolations(page);

  // The admin names the outcome it serves.
  await page.getByRole('button', { name: /^Change the link to priority 3/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change a link to another plan' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Outcome (optional)').fill('Rural crime is seen where it happens');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
    /Link to priority 3 of .* changed/,
  );
  await expect(links).toContainText('Rural crime is seen where it happens');

  // The partner lead proposes that action 1.8, which their team leads, contributes too.
  const partner = await personAt(browser, 'lead@example.org');
  await visit(partner, `/actions/${heritage.id}`);
  await partner.getByRole('button', { name: 'Propose a link to another plan' }).click();
  await partner.getByLabel('Priority it contributes to').selectOption({ label: RURAL });
  await partner.getByLabel('Outcome (optional)').fill('Less heritage crime in rural areas');
  await partner
    .getByLabel('How it contributes (optional)')
    .fill('Patrols and signs at priority heritage sites.');
  await partner.getByRole('button', { name: 'Propose link' }).click();
  await expect(partner.getByRole('alert', { name: 'Success' })).toContainText('Link proposed');
  await expect(
    partner.getByRole('table', { name: 'Priorities of other plans this action contributes to' }),
  ).toContainText('Proposed');
  await expectNoAxeViolations(partner);

  // A proposal counts nowhere yet.
  await visit(page, `/priorities/${rural.id}`);
  await expect(page.getByRole('link', { name: /^1\.8 / })).toHaveCount(0);

  // The admin agrees it on the action's page.
  await visit(page, `/actions/${heritage.id}`);
  await expect(page.getByText('Proposed', { exact: true })).toBeVisible();
  await shot(page, 'alignment-proposal');
  await page.getByRole('button', { name: /^Agree the link to priority 3/ }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(/Link to priority 3 of .* agreed/);
  await expect(links.getByRole('row', { name: /Reduce Crime in Rural Areas/ })).toContainText('Agreed');
  await expectNoAxeViolations(page);

  // The Police and Crime Plan's priority page lists both, with status and RAG in words and the rollup.
  await visit(page, `/plans/${PCP}`);
  await page.getByRole('link', { name: /Priority 3 in full/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reduce Crime in Rural Areas' })).toBeVisible();
  const contributing = page.getByRole('table', { name: 'Contributing actions' });
  for (const a of [classification, heritage]) {
    await expect(contributing.getByRole('link', { name: `${a.ref} ${a.title}` })).toBeVisible();
  }
  await expect(contributing).toContainText(/Green|Amber|Red/);
  await expect(page.getByText(/\d+ contributing actions/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'alignment-priority-page');

  // "Delivered through" on the plan's dashboard, grouped by contributing plan.
  await visit(page, `/plans/${PCP}`);
  const delivered = page.getByRole('region', { name: 'Delivered through' });
  await expect(delivered.getByRole('heading', { name: /Derbyshire Rural Crime Strategy/ })).toBeVisible();
  await expect(delivered.getByRole('link', { name: `${heritage.ref} ${heritage.title}` })).toBeVisible();
  await delivered.scrollIntoViewIfNeeded();
  await delivered.screenshot({ path: 'docs/images/alignment-delivered-through.png' });

  // The pages reflow at 320 CSS pixels: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [`/priorities/${rural.id}`, `/actions/${heritage.id}`, `/plans/${PCP}`]) {
    await visit(page, path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  }
});
