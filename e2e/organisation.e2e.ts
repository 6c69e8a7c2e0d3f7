import { expect, test } from './support/test.js';
import { expectNoAxeViolations } from './support/axe.js';
import { signIn, visit } from './support/journey.js';

// A 1 x 1 PNG, as an OPCC's designer would not send it, but as a browser uploads any file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC',
  'base64',
);

// Reads no calendar: the calendar check leaves it out (scripts/test-calendar.sh).
test(
  'an admin fills in the organisation settings and statements, and the public pages show them',
  {
    tag: '@date-free',
  },
  async ({ page }) => {
    await signIn(page, 'admin@example.org');
    await visit(page, '/');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation settings' })).toBeVisible();
    // The demo's organisation has completed both statements.
    await expect(page.getByText('are complete')).toBeVisible();
    await expectNoAxeViolations(page);

    const name = page.getByLabel('Organisation name');
    const before = await name.inputValue();
    const email = page.getByLabel('Contact email');
    const beforeEmail = await email.inputValue();
    const nonAccessible = page.getByLabel('Non-accessible content (optional)');
    const beforeNonAccessible = await nonAccessible.inputValue();

    // A bad value: said by its field and in the summary, and nothing is saved.
    await email.fill('enquiries at wessex');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText(
      'Enter an email address in the correct format, like name@example.org',
    );
    await expectNoAxeViolations(page);
    await visit(page, '/public/accessibility');
    await expect(page.getByText('enquiries at wessex')).toHaveCount(0);

    // The real values.
    await visit(page, '/settings');
    await page.getByLabel('Organisation name').fill('Office of the Police and Crime Commissioner for Wessex');
    await page.getByLabel('Contact email').fill('enquiries@wessex-pcc.example.org');
    await page
      .getByLabel('Non-accessible content (optional)')
      .fill('Some charts have no table of their figures.');
    const reviewed = page.getByRole('group', { name: 'Date the statement was last reviewed' });
    await reviewed.getByLabel('Day').fill('1');
    await reviewed.getByLabel('Month').fill('12');
    await reviewed.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert').getByText('Settings saved')).toBeVisible();
    await expect(page.getByLabel('Organisation name')).toHaveValue(
      'Office of the Police and Crime Commissioner for Wessex',
    );
    await expectNoAxeViolations(page);

    // The logo: a text file is refused by its bytes, a PNG is kept and shown in the header.
    const upload = page.getByLabel('Upload a logo');
    await upload.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not a picture'),
    });
    await page.getByRole('button', { name: 'Upload logo' }).click();
    await expect(page.locator('#logo-error')).toContainText('The logo must be a PNG or JPEG image');
    await upload.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Upload logo' }).click();
    await expect(page.getByRole('status')).toHaveText('Logo saved');
    await expect(
      page
        .getByRole('banner')
        .getByRole('img', { name: 'Office of the Police and Crime Commissioner for Wessex' }),
    ).toBeVisible();
    // Once the page has the new settings (and their new version) the message is still there.
    await expect(page.getByRole('img', { name: 'Your organisation’s logo as it is now' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Logo saved');
    await expectNoAxeViolations(page);

    // The public pages, as a resident reads them.
    await visit(page, '/public/accessibility');
    await expect(
      page.getByText('This website is run by Office of the Police and Crime Commissioner for Wessex'),
    ).toBeVisible();
    await expect(page.getByText('Some charts have no table of their figures.')).toBeVisible();
    await expect(page.getByText('It was last reviewed on 1 December 2026')).toBeVisible();
    await expect(page.getByRole('link', { name: 'enquiries@wessex-pcc.example.org' }).first()).toBeVisible();
    await expect(page.getByRole('banner').getByRole('img')).toHaveAttribute('alt', /Wessex/);
    await expectNoAxeViolations(page);
    await visit(page, '/public/privacy');
    await expect(
      page.getByText(/How Office of the Police and Crime Commissioner for Wessex uses personal data/),
    ).toBeVisible();
    await expect(page.getByText(/Emails the service sent \(addresses and text\): 90 days/)).toBeVisible();
    await expectNoAxeViolations(page);

    // Back as it was, for the other journeys: the demo organisation, and no logo.
    await visit(page, '/settings');
    await page.getByLabel('Organisation name').fill(before);
    await page.getByLabel('Contact email').fill(beforeEmail);
    await page.getByLabel('Non-accessible content (optional)').fill(beforeNonAccessible);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert').getByText('Settings saved')).toBeVisible();
    await page.getByRole('button', { name: 'Remove logo' }).click();
    await expect(page.getByRole('status')).toHaveText('Logo removed');
    await expect(page.getByText('There is no logo yet.')).toBeVisible();
  },
);
