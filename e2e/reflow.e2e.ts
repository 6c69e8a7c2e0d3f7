// WCAG 2.2 SC 1.4.10 (reflow): every page the journeys reach, as each role, at 320 CSS pixels
// wide, with no sideways scrolling of the page and no axe violation at that width. Rural partners
// report from phones. A table whose two dimensions matter may scroll inside its own region; the
// page itself may not.
import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn } from './support/journey.js';

const SLUG = 'rural-crime-strategy-2024-2027';

test.use({ viewport: { width: 320, height: 640 } });

// Layout reads no calendar: the calendar check leaves these out (scripts/test-calendar.sh).
const DATE_FREE = { tag: '@date-free' };

/** Opens the page, waits for its content, and checks its width and axe. */
async function expectReflows(page: Page, path: string) {
  await page.goto(path);
  const heading = page.locator('h1');
  await expect(heading).toBeVisible();
  await expect(heading).not.toHaveText('Loading');
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => {
    const width = window.innerWidth;
    // The outermost elements that reach past the screen's edge: what to fix.
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const right = el.getBoundingClientRect().right;
        const parent = el.parentElement?.getBoundingClientRect().right ?? 0;
        return right > width + 1 && parent <= width + 1;
      })
      .slice(0, 5)
      .map((el) => {
        const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
        return `${name} (${Math.round(el.getBoundingClientRect().right)} px: "${(el.textContent ?? '').trim().slice(0, 40)}")`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
  });
  expect(
    scrollWidth,
    `${path} is ${scrollWidth} px wide on a ${innerWidth} px screen: ${wide.join('; ')}`,
  ).toBeLessThanOrEqual(innerWidth);
  await expectStackedTablesAreTables(page);
  await expectNoAxeViolations(page);
}

/**
 * A stacked table is displayed as blocks at this width, and carries no explicit roles (HTML
 * forbids them on cells). Chromium's own accessibility tree, read over CDP, must still expose
 * each as a table with its rows, headers and cells, or a screen reader would hear loose text.
 */
async function expectStackedTablesAreTables(page: Page) {
  const dom = await page.evaluate(() => {
    const tables = [...document.querySelectorAll('table.app-table--stack')];
    const count = (selector: string) => tables.reduce((n, t) => n + t.querySelectorAll(selector).length, 0);
    return { table: tables.length, row: count('tr'), cell: count('td'), header: count('th') };
  });
  if (dom.table === 0) return;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = new Map<string, number>();
    for (const node of nodes) {
      if (node.ignored) continue;
      const role = String(node.role?.value ?? '');
      roles.set(role, (roles.get(role) ?? 0) + 1);
    }
    const tree = {
      table: roles.get('table') ?? 0,
      row: roles.get('row') ?? 0,
      cell: (roles.get('cell') ?? 0) + (roles.get('gridcell') ?? 0),
      header: (roles.get('columnheader') ?? 0) + (roles.get('rowheader') ?? 0),
    };
    // At least as many as the stacked tables hold: other tables on the page add to the tree.
    for (const key of ['table', 'row', 'cell', 'header'] as const) {
      expect(tree[key], `${page.url()}: ${key}s in Chromium's accessibility tree`).toBeGreaterThanOrEqual(
        dom[key],
      );
    }
  } finally {
    await cdp.detach();
  }
}

interface Ids {
  plan: {
    id: string;
    priorities: {
      id: string;
      actions: { id: string; milestones: { id: string }[] }[];
    }[];
    reviewCycles: { id: string; status: string; quarter: string }[];
  };
  indicators: { id: string; measurements: { id: string }[] }[];
  partners: { id: string }[];
  users: { items: { id: string }[] };
}

const IDS = `{
  plan(slug: "${SLUG}") {
    id
    priorities { id actions { id milestones { id } } }
    reviewCycles { id status quarter }
  }
  indicators { id measurements { id } }
  partners { id }
  users(page: { limit: 5 }) { items { id } }
}`;

/** The DPARC plan's records, found as the admin sees them. */
async function idsOf(page: Page): Promise<Ids> {
  return api<Ids>(page, IDS);
}

function quarterPath(quarter: string) {
  // "2025/26 Q2" is /plans/<slug>/quarters/2025/2.
  const m = /^(\d{4})\/\d{2} Q(\d)$/.exec(quarter)!;
  return `/plans/${SLUG}/quarters/${m[1]}/${m[2]}`;
}

test('every page an admin reaches fits a 320 pixel screen', DATE_FREE, async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, 'admin@example.org');
  const ids = await idsOf(page);
  const action = ids.plan.priorities.flatMap((p) => p.actions).find((a) => a.milestones.length > 0)!;
  const closed = ids.plan.reviewCycles.find((c) => c.status === 'CLOSED');
  const open = ids.plan.reviewCycles.find((c) => c.status !== 'CLOSED') ?? ids.plan.reviewCycles[0]!;
  const indicator = ids.indicators.find((i) => i.measurements.length > 0)!;
  const partner = ids.partners[0]!;
  const user = ids.users.items[0]!;
  const paths = [
    '/',
    '/plans/new',
    `/plans/${SLUG}`,
    `/plans/${SLUG}/edit`,
    `/plans/${SLUG}/rules`,
    `/plans/${SLUG}/import`,
    `/plans/${SLUG}/priorities/new`,
    `/plans/${SLUG}/reviews`,
    `/plans/${SLUG}/reports`,
    `/plans/${SLUG}/compare`,
    ...(closed ? [quarterPath(closed.quarter), `/reviews/${closed.id}`] : []),
    `/reviews/${open.id}`,
    `/reviews/${open.id}/edit`,
    `/reviews/${open.id}/agenda`,
    `/reviews/${open.id}/meeting`,
    `/reviews/${open.id}/actions/${action.id}`,
    `/reviews/${open.id}/questions/new`,
    `/actions/${action.id}`,
    `/actions/${action.id}/edit`,
    `/actions/${action.id}/update`,
    `/actions/${action.id}/archive`,
    `/actions/${action.id}/milestones/new`,
    `/actions/${action.id}/milestones/${action.milestones[0]!.id}/edit`,
    `/priorities/${ids.plan.priorities[0]!.id}/actions/new`,
    '/my-actions',
    '/indicators',
    '/indicators/new',
    `/indicators/${indicator.id}`,
    `/indicators/${indicator.id}/edit`,
    `/indicators/${indicator.id}/archive`,
    `/indicators/${indicator.id}/values/new`,
    `/indicators/${indicator.id}/values/${indicator.measurements[0]!.id}/edit`,
    `/indicators/${indicator.id}/import`,
    '/partners',
    '/partners/new',
    `/partners/${partner.id}`,
    `/partners/${partner.id}/edit`,
    `/partners/${partner.id}/links/new`,
    '/audit',
    '/users',
    '/users/invite',
    `/users/${user.id}`,
    `/users/${user.id}/role`,
    '/settings',
  ];
  for (const path of paths) await expectReflows(page, path);
});

test('every page a partner editor reaches fits a 320 pixel screen', DATE_FREE, async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor@example.org');
  const { myActions } = await api<{
    myActions: { needsUpdate: { id: string }[]; upToDate: { id: string }[] };
  }>(page, '{ myActions { needsUpdate { id } upToDate { id } } }');
  const own = [...myActions.needsUpdate, ...myActions.upToDate][0]!;
  const { plan } = await api<{ plan: { reviewCycles: { id: string; status: string }[] } }>(
    page,
    `{ plan(slug: "${SLUG}") { reviewCycles { id status } } }`,
  );
  const open = plan.reviewCycles.find((c) => c.status !== 'CLOSED') ?? plan.reviewCycles[0]!;
  for (const path of [
    '/my-actions',
    '/',
    `/plans/${SLUG}`,
    `/actions/${own.id}`,
    `/actions/${own.id}/update`,
    `/reviews/${open.id}`,
    '/indicators',
    '/partners',
  ])
    await expectReflows(page, path);
});

test('every page a Panel member reaches fits a 320 pixel screen', DATE_FREE, async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'panel@example.org');
  const { plan } = await api<{
    plan: {
      reviewCycles: { id: string; status: string; quarter: string }[];
      priorities: { actions: { id: string }[] }[];
    };
  }>(page, `{ plan(slug: "${SLUG}") { reviewCycles { id status quarter } priorities { actions { id } } } }`);
  const closed = plan.reviewCycles.find((c) => c.status === 'CLOSED');
  for (const path of [
    '/',
    `/plans/${SLUG}`,
    `/plans/${SLUG}/reviews`,
    `/plans/${SLUG}/reports`,
    ...(closed ? [`/reviews/${closed.id}`, quarterPath(closed.quarter)] : []),
    `/actions/${plan.priorities[0]!.actions[0]!.id}`,
    '/indicators',
  ])
    await expectReflows(page, path);
});

test('every page the public reaches fits a 320 pixel screen', DATE_FREE, async ({ page }) => {
  for (const path of [
    '/sign-in',
    '/forgot-password',
    '/public',
    `/public/plans/${SLUG}`,
    '/public/accessibility',
    '/public/privacy',
    '/update/not-a-real-link',
  ])
    await expectReflows(page, path);
});
