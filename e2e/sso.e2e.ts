// Single sign-on: an admin verifies a partner's email domain, then a new person from that
// domain signs in with their organisation's account (the local OpenID provider that
// support/start-server.mjs runs), lands on My actions and records an update. Someone from a
// domain nobody has added is told why not, and who to ask.
import { expect, test, type Page } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { api, signIn } from './support/journey.js';

const SLUG = 'rural-crime-strategy-2024-2027';

/** Through the provider's own page, as a person at that organisation. */
async function signInWithProvider(page: Page, email: string, name: string) {
  await page.goto('/sign-in');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Sign in with your organisation’s account' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with Test provider' }).click();
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Full name').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A single sign-on session ends at the provider too, which then sends the browser back to sign in. */
async function signOutEverywhere(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign out of the test provider?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

test('a new person from a partner’s domain signs in with their organisation’s account and records an update', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const domain = `nfu-${stamp}.example.org.uk`;

  // The admin finds the editor's organisation (NFU) and verifies a domain of its staff's addresses.
  await signIn(page, 'admin@example.org');
  const { users } = await api<{
    users: { items: { email: string; partner: { id: string; name: string } }[] };
  }>(page, '{ users(page: { offset: 0, limit: 100 }) { items { email partner { id name } } } }');
  const nfu = users.items.find((u) => u.email === 'editor@example.org')!.partner;
  await page.goto(`/partners/${nfu.id}`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Email domains for single sign-on' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add an email domain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an email domain' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A public email service is refused, with the reason beside the box.
  await page.getByLabel('Email domain').fill('gmail.com');
  await page.getByRole('button', { name: 'Add domain' }).click();
  await expect(page.getByRole('link', { name: /public email service/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Email domain').fill(domain.toUpperCase());
  await page.getByRole('button', { name: 'Add domain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nfu.name })).toBeVisible();
  const domains = page.getByRole('table', { name: 'Email domains' });
  await expect(domains).toContainText(domain);
  await expect(domains).toContainText('Partner editor');

  await page.goto('/settings/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in providers' })).toBeVisible();
  const providers = page.getByRole('table', { name: 'Sign-in providers' });
  await expect(providers).toContainText('Test provider');
  await expect(providers).toContainText('On');
  await expect(providers).toContainText('/auth/oidc/test/callback');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  // The sign-in page offers the organisation's account beside the password form.
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 2, name: 'Or sign in with a password' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A new person at that domain: their account is made as they arrive, and they land on My actions.
  const email = `jo.${stamp}@${domain}`;
  await signInWithProvider(page, email, 'Jo Hedges');
  await expect(page.getByRole('heading', { level: 1, name: 'My actions' })).toBeVisible();
  await expect(page.getByText('Jo Hedges')).toBeVisible();
  await expectNoAxeViolations(page);

  // They record an update on one of NFU's open actions.
  const { plan } = await api<{
    plan: { priorities: { actions: { id: string; canEdit: boolean; status: string }[] }[] };
  }>(page, `{ plan(slug: "${SLUG}") { priorities { actions { id canEdit status } } } }`);
  const action = plan.priorities
    .flatMap((p) => p.actions)
    .find((a) => a.canEdit && a.status !== 'COMPLETED' && a.status !== 'CANCELLED')!;
  await page.goto(`/actions/${action.id}/update`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record an update' })).toBeVisible();
  const hint = await page.getByText(/The plan’s rule suggests (Red|Amber|Green)/).textContent();
  const suggested = /suggests (Red|Amber|Green)/.exec(hint ?? '')![1]!;
  await page.getByRole('radio', { name: suggested, exact: true }).check();
  const commentary = `Signed in with the NFU account ${stamp}: two farm watch meetings held`;
  await page.getByLabel('Commentary').fill(commentary);
  await page.getByRole('button', { name: 'Record update' }).click();
  const recorded = page.getByText('Update recorded');
  const askedWhy = page.getByRole('link', { name: /rule suggests/ });
  await expect(recorded.or(askedWhy)).toBeVisible();
  if (await askedWhy.isVisible()) {
    await page.getByLabel('Reason for a different RAG status').fill('The meetings are booked');
    await page.getByRole('button', { name: 'Record update' }).click();
  }
  await expect(recorded).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Progress updates, newest first' });
  await expect(timeline.getByRole('listitem').first()).toContainText(commentary);
  await expect(timeline.getByRole('listitem').first()).toContainText(email);
  await signOutEverywhere(page);

  // The admin sees how Jo signs in.
  await signIn(page, 'admin@example.org');
  await page.goto(`/partners/${nfu.id}`);
  await page.goto('/users');
  await expect(page.getByRole('row', { name: /Jo Hedges/ })).toContainText('Test provider');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  // Someone from a domain no partner has: refused, told why, and who to ask. Nothing is made.
  await signInWithProvider(page, `sam.${stamp}@unknown-${stamp}.example.org.uk`, 'Sam Stranger');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('not set up to sign in to this service');
  await expect(summary).toContainText('To get access');
  await expectNoAxeViolations(page);
});

test.describe('at 320 pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the sign-in page with its provider, and the providers page, fit the screen', async ({ page }) => {
    for (const path of ['/sign-in', '/settings/sign-in']) {
      if (path === '/settings/sign-in') await signIn(page, 'admin@example.org');
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
      await expectNoAxeViolations(page);
    }
  });
});
