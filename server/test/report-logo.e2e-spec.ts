import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLogoFile } from '../src/organisation/organisation.service.js';
import { png } from './support/png.js';
import { seedDatabase } from '../src/seed/seed.js';
import { signedIn } from './support/fixtures.js';
import { gql } from './support/graphql.js';
import { GENERATE, download, readPdf, roles, waitForRun } from './support/reports.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testToday } from './support/clock.js';

describe('the Panel report’s logo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-logo-'));
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, png());

  it('refuses a logo that is not a PNG or JPEG, or is missing, naming the setting', () => {
    const text = join(dir, 'logo.txt');
    writeFileSync(text, 'not an image');
    expect(() => readLogoFile(text)).toThrow('REPORT_LOGO: ');
    expect(() => readLogoFile(join(dir, 'missing.png'))).toThrow('cannot read');
    expect(readLogoFile(logo).bytes.length).toBeGreaterThan(50);
  });

  let t: TestApp;
  afterAll(() => t?.close());

  it('puts the configured logo on the PDF cover, as a figure named for the plan’s owner', async () => {
    t = await startTestApp({ REPORT_LOGO: logo });
    await seedDatabase(t.prisma, { demoUsers: true, today: testToday() });
    const plan = await t.prisma.plan.findUniqueOrThrow({ where: { slug: 'rural-crime-strategy-2024-2027' } });
    const q4 = await t.prisma.reviewCycle.findFirstOrThrow({
      where: { planId: plan.id, financialYear: 2024, quarter: 4, status: 'CLOSED' },
    });
    const admin = await signedIn(t, 'ADMIN', plan.ownerPartnerId);
    const res = await gql<any>(admin.agent, GENERATE, {
      input: { planId: plan.id, cycleId: q4.id, formats: ['PDF'] },
    });
    const { run } = await waitForRun(admin.agent, res.data.generateReport.id);
    expect(run.status).toBe('DONE');
    const bytes = (await download(admin.agent, run.files[0].downloadUrl)).body as Buffer;
    const pdf = await readPdf(bytes);
    const figures = roles(pdf.trees[0]).filter((n) => n.role === 'Figure');
    expect(figures.map((f) => f.alt)).toContain(
      'Logo of Office of the Police and Crime Commissioner for Derbyshire',
    );
    expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
  }, 120_000);
});
