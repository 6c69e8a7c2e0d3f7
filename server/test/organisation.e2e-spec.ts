import { loadConfig } from '../src/common/config.js';
import { seedDatabase } from '../src/seed/seed.js';
import { makePartner, signedIn } from './support/fixtures.js';
import { codes, gql } from './support/graphql.js';
import { png } from './support/png.js';
import { GENERATE, download, readPdf, waitForRun } from './support/reports.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { describeDateFree } from './support/date-free.js';
import { testToday } from './support/clock.js';

const SETTINGS = `{ organisationSettings {
  version serviceName organisationName contactEmail contactPhone postalAddress dataControllerName dpoName
  dpoEmail publicUrl mailFromName mailFromAddress accessibilityCompliance accessibilityNonAccessible
  accessibilityTesting accessibilityTestedOn accessibilityPreparedOn accessibilityReviewedOn privacyPurposes
  privacyLawfulBasis privacyRecipients logoUrl fromEnvironment missing { accessibility privacy }
} }`;
const UPDATE = `mutation($input: UpdateOrganisationSettingsInput!) {
  updateOrganisationSettings(input: $input) { version serviceName organisationName missing { accessibility privacy } }
}`;
const SITE = '{ site { serviceName organisationName logoUrl } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }';

/** What a new OPCC fills in on its first day. */
const FILLED = {
  serviceName: 'Wessex Partnership Tracker',
  organisationName: 'Office of the Police and Crime Commissioner for Wessex',
  contactEmail: 'enquiries@wessex-pcc.example.org',
  contactPhone: '01632 960123',
  postalAddress: 'Wessex House\nHigh Street\nCasterbridge',
  dataControllerName: 'The Police and Crime Commissioner for Wessex',
  dpoName: 'Sam Keeper',
  dpoEmail: 'dpo@wessex-pcc.example.org',
  publicUrl: 'https://tracker.wessex-pcc.example.org',
  mailFromName: 'Wessex PCC',
  mailFromAddress: 'no-reply@wessex-pcc.example.org',
  accessibilityCompliance: 'PARTIALLY',
  accessibilityNonAccessible: 'Some charts have no table of their figures.\n\nWe will add one by March 2027.',
  accessibilityTesting: 'Tested by the Wessex digital team with NVDA and VoiceOver.',
  accessibilityTestedOn: '2026-11-20',
  accessibilityPreparedOn: '2026-11-21',
  accessibilityReviewedOn: '2026-11-30',
  privacyPurposes: 'To run the Wessex partnership’s plans and report on them to the Panel.',
  privacyLawfulBasis: 'Public task, UK GDPR Article 6(1)(e).',
  privacyRecipients: 'Wessex County Council hosts the service for us.',
};

describeDateFree('organisation settings: a new OPCC goes live without editing code', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  let editor: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    t = await startTestApp();
    const partner = await makePartner(t.prisma);
    admin = await signedIn(t, 'ADMIN', partner.id);
    editor = await signedIn(t, 'PARTNER_EDITOR', partner.id);
  });
  afterAll(() => t.close());

  const settings = async () => (await gql<any>(admin.agent, SETTINGS)).data.organisationSettings;
  const page = async (path: string) => (await t.agent().get(path)).text;

  it('says the statements are not yet completed, and what they need, until an admin fills them in', async () => {
    const s = await settings();
    expect(s.serviceName).toBe('Partnership Tracker');
    expect(s.organisationName).toBeNull();
    expect(s.missing.accessibility).toContain('Organisation name');
    expect(s.missing.privacy).toContain('Data controller');
    const accessibility = await page('/public/accessibility');
    expect(accessibility).toContain('This accessibility statement is not yet completed');
    expect(accessibility).toContain('compliance status');
    expect(await page('/public/privacy')).toContain('This privacy notice is not yet completed');
  });

  it('refuses everyone but an admin before looking at the values, and changes nothing', async () => {
    const before = await settings();
    const res = await gql(editor.agent, UPDATE, {
      input: { expectedVersion: before.version, contactEmail: 'not an email', serviceName: 'x'.repeat(500) },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(codes(await gql(editor.agent, SETTINGS))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.agent(), UPDATE, { input: { expectedVersion: 1, serviceName: 'X' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await settings()).toEqual(before);
  });

  it('refuses invalid settings with a message for each field, and changes nothing', async () => {
    const before = await settings();
    const res = await gql<any>(admin.agent, UPDATE, {
      input: {
        expectedVersion: before.version,
        organisationName: 'Wessex OPCC',
        contactEmail: 'enquiries at wessex',
        contactPhone: 'call us',
        publicUrl: 'tracker.wessex.example.org',
        mailFromAddress: 'no-reply',
        serviceName: 'x'.repeat(81),
      },
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = Object.fromEntries(res.errors![0].extensions!.fields!.map((f) => [f.field, f.message]));
    expect(fields).toMatchObject({
      contactEmail: 'Enter an email address in the correct format, like name@example.org',
      contactPhone: 'Enter a telephone number, like 01629 000000',
      publicUrl: 'Enter the address people open the service at, like https://tracker.example.org',
      mailFromAddress: 'Enter an email address in the correct format, like name@example.org',
      serviceName: 'Service name must be 80 characters or fewer',
    });
    expect(await settings()).toEqual(before);
  });

  it('keeps what an admin fills in, audited, and refuses a change made from a stale copy', async () => {
    const before = await settings();
    const res = await gql<any>(admin.agent, UPDATE, {
      input: { expectedVersion: before.version, ...FILLED },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOrganisationSettings.missing).toEqual({ accessibility: [], privacy: [] });
    const after = await settings();
    expect(after).toMatchObject({ ...FILLED, version: before.version + 1 });

    const stale = await gql(admin.agent, UPDATE, {
      input: { expectedVersion: before.version, serviceName: 'Old' },
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect((await settings()).serviceName).toBe(FILLED.serviceName);

    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'updateOrganisationSettings', outcome: 'SUCCESS' },
      orderBy: { at: 'desc' },
    });
    expect(audit.changes).toMatchObject({
      organisationName: { before: null, after: FILLED.organisationName },
      accessibilityTestedOn: { before: null, after: '2026-11-20' },
    });
    const refused = await t.prisma.auditEvent.count({
      where: { operation: 'updateOrganisationSettings', outcome: 'DENIED' },
    });
    expect(refused).toBeGreaterThan(0);
  });

  it('writes the public statements and every page’s header from the settings', async () => {
    const accessibility = await page('/public/accessibility');
    expect(accessibility).not.toContain('not yet completed');
    expect(accessibility).toContain('Accessibility statement for Wessex Partnership Tracker');
    expect(accessibility).toContain(
      'This website is run by Office of the Police and Crime Commissioner for Wessex',
    );
    expect(accessibility).toContain('partially compliant');
    expect(accessibility).toContain('<p class="govuk-body">We will add one by March 2027.</p>');
    expect(accessibility).toContain('prepared on 21 November 2026. It was last reviewed on');
    expect(accessibility).toContain('30 November 2026');
    expect(accessibility).toContain('last tested on 20 November 2026');
    expect(accessibility).toContain('mailto:enquiries@wessex-pcc.example.org');
    expect(accessibility).toContain('call 01632 960123');
    expect(accessibility).toContain('write to Wessex House, High Street, Casterbridge');
    expect(accessibility).toContain('<title>Accessibility statement – Wessex Partnership Tracker</title>');

    const privacy = await page('/public/privacy');
    expect(privacy).toContain('The Police and Crime Commissioner for Wessex is the data controller');
    expect(privacy).toContain('our Data Protection Officer, Sam Keeper,');
    expect(privacy).toContain('mailto:dpo@wessex-pcc.example.org');
    expect(privacy).toContain('Public task, UK GDPR Article 6(1)(e).');
    expect(privacy).toContain('Wessex County Council hosts the service for us.');
    // The retention periods are the retention job's own.
    expect(privacy).toContain('Emails the service sent (addresses and text): 90 days');
    expect(privacy).toContain('Records of signed-in sessions: 30 days');

    const home = await page('/public/');
    expect(home).toContain('Wessex Partnership Tracker</a');
    expect(home).toContain('Wessex Partnership Tracker follows the delivery of plans by');
    expect(home).not.toMatch(/derbyshire/i);
    expect((await gql<any>(t.agent(), SITE)).data.site).toEqual({
      serviceName: FILLED.serviceName,
      organisationName: FILLED.organisationName,
      logoUrl: null,
    });
  });

  it('takes a PNG or JPEG logo of at most 1 MB, serves it, and puts it in the header and emails', async () => {
    const put = (agent: typeof admin.agent, name: string, bytes: Buffer) =>
      agent
        .put('/files/organisation-logo')
        .set('apollo-require-preflight', 'true')
        .set('sec-fetch-site', 'same-origin')
        .attach('file', bytes, name);
    const before = await settings();
    // Named .png, but a text file: its bytes decide.
    const text = await put(admin.agent, 'logo.png', Buffer.from('not an image'));
    expect(text.status).toBe(400);
    expect(text.body.errors[0]).toMatchObject({
      message: 'The logo must be a PNG or JPEG image',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const huge = await put(admin.agent, 'logo.png', Buffer.concat([png(), Buffer.alloc(1024 * 1024)]));
    expect(huge.status).toBe(413);
    expect((await put(editor.agent, 'logo.png', png())).status).toBe(403);
    expect(await settings()).toEqual(before);

    const ok = await put(admin.agent, 'logo.png', png());
    expect(ok.status).toBe(200);
    expect(ok.body.logoUrl).toMatch(/^\/public\/logo\?v=[0-9a-f]{12}$/);
    const served = await t.agent().get(ok.body.logoUrl).buffer(true);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Buffer.from(served.body).equals(png())).toBe(true);
    expect(await page('/public/')).toContain(`src="${ok.body.logoUrl.replace('&', '&amp;')}"`);
    expect((await gql<any>(t.agent(), SITE)).data.site.logoUrl).toBe(ok.body.logoUrl);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'updateOrganisationSettings', outcome: 'SUCCESS' },
      orderBy: { at: 'desc' },
    });
    expect(audit.changes).toMatchObject({
      logo: { before: null, after: expect.stringMatching(/^image\/png, \d+ bytes, sha256 [0-9a-f]{16}$/) },
    });

    // An invitation: the service's name, the organisation's sign-off, links to the public address,
    // and an HTML copy under the logo.
    const partner = await makePartner(t.prisma);
    const email = `new-person-${Date.now()}@example.org`;
    const invited = await gql(admin.agent, INVITE, {
      input: { email, name: 'Robin New', role: 'PARTNER_EDITOR', partnerId: partner.id },
    });
    expect(invited.errors).toBeUndefined();
    const sent = await t.prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(sent.subject).toBe(`${admin.user.name} has invited you to Wessex Partnership Tracker`);
    expect(sent.text).toContain('https://tracker.wessex-pcc.example.org/accept-invite/');
    expect(sent.text).toMatch(
      /Wessex Partnership Tracker\nOffice of the Police and Crime Commissioner for Wessex$/,
    );
    expect(sent.html).toContain(`<img src="https://tracker.wessex-pcc.example.org${ok.body.logoUrl}"`);
    expect(sent.html).toContain('alt="Office of the Police and Crime Commissioner for Wessex"');

    const removed = await t.agent();
    expect(
      (
        await admin.agent
          .delete('/files/organisation-logo')
          .set('apollo-require-preflight', 'true')
          .set('sec-fetch-site', 'same-origin')
      ).status,
    ).toBe(200);
    expect((await removed.get('/public/logo')).status).toBe(404);
  });

  it('puts the organisation and the service on the Panel report’s cover', async () => {
    await seedDatabase(t.prisma, { demoUsers: false, today: testToday() });
    const plan = await t.prisma.plan.findUniqueOrThrow({ where: { slug: 'rural-crime-strategy-2024-2027' } });
    const { data } = await gql<any>(admin.agent, GENERATE, { input: { planId: plan.id, formats: ['PDF'] } });
    const { run } = await waitForRun(admin.agent, data.generateReport.id);
    const pdf = await readPdf((await download(admin.agent, run.files[0].downloadUrl)).body);
    expect(pdf.pages[0]).toContain(
      'Prepared for the Police and Crime Panel by Office of the Police and Crime Commissioner for Wessex with Wessex Partnership Tracker.',
    );
  });

  it('clears a field back to its default with null', async () => {
    const before = await settings();
    const res = await gql<any>(admin.agent, UPDATE, {
      input: { expectedVersion: before.version, serviceName: null },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOrganisationSettings.serviceName).toBe('Partnership Tracker');
  });
});

describeDateFree('organisation settings from the environment, for deployments configured as code', () => {
  it('refuses a bad default at start, naming the variable and the rule', () => {
    const start = () =>
      loadConfig({
        ORG_CONTACT_EMAIL: 'enquiries',
        ORG_NAME: 'x'.repeat(201),
        ORG_ACCESSIBILITY_TESTED_ON: '2026-02-30',
        ORG_ACCESSIBILITY_COMPLIANCE: 'MOSTLY',
      });
    expect(start).toThrow('ORG_CONTACT_EMAIL: Enter an email address in the correct format');
    expect(start).toThrow('ORG_NAME: Organisation name must be 200 characters or fewer');
    expect(start).toThrow('ORG_ACCESSIBILITY_TESTED_ON: must be a real date like 2026-12-06');
    expect(start).toThrow('ORG_ACCESSIBILITY_COMPLIANCE: ');
  });

  it('uses the environment’s values until the settings page gives its own', async () => {
    const t = await startTestApp({
      ORG_NAME: 'Office of the Police, Fire and Crime Commissioner for Loamshire',
      ORG_CONTACT_EMAIL: 'hello@loamshire.example.org',
      MAIL_FROM: 'Loamshire Tracker <tracker@loamshire.example.org>',
      ORG_ACCESSIBILITY_COMPLIANCE: 'FULLY',
      ORG_ACCESSIBILITY_TESTED_ON: '2026-10-01',
      ORG_PRIVACY_PURPOSES: 'To deliver the plans.\\n\\nAnd to report on them.',
    });
    try {
      const { agent } = await signedIn(t, 'ADMIN', (await makePartner(t.prisma)).id);
      const s = (await gql<any>(agent, SETTINGS)).data.organisationSettings;
      expect(s).toMatchObject({
        organisationName: 'Office of the Police, Fire and Crime Commissioner for Loamshire',
        contactEmail: 'hello@loamshire.example.org',
        mailFromName: 'Loamshire Tracker',
        mailFromAddress: 'tracker@loamshire.example.org',
        accessibilityCompliance: 'FULLY',
        accessibilityTestedOn: '2026-10-01',
        // A paragraph break, written \n\n in an environment file.
        privacyPurposes: 'To deliver the plans.\n\nAnd to report on them.',
      });
      expect(s.fromEnvironment).toEqual(
        expect.arrayContaining(['organisationName', 'contactEmail', 'mailFromName', 'mailFromAddress']),
      );
      const res = await gql<any>(agent, UPDATE, {
        input: { expectedVersion: s.version, organisationName: 'Loamshire OPFCC' },
      });
      expect(res.data.updateOrganisationSettings.organisationName).toBe('Loamshire OPFCC');
      expect((await gql<any>(agent, SETTINGS)).data.organisationSettings.fromEnvironment).not.toContain(
        'organisationName',
      );
    } finally {
      await t.close();
    }
  });
});
