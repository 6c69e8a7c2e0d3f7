import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { readLogo } from '../src/reports/reports.service.js';
import { seedDatabase } from '../src/seed/seed.js';
import { signedIn } from './support/fixtures.js';
import { gql } from './support/graphql.js';
import { GENERATE, download, readPdf, roles, waitForRun } from './support/reports.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testToday } from './support/clock.js';

/** A real PNG: 8 x 8 pixels of GOV.UK blue, made here rather than kept as a binary file. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(8).fill([0x1d, 0x70, 0xb8]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array(8).fill(row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the Panel report’s logo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-logo-'));
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, png());

  it('refuses a logo that is not a PNG or JPEG, or is missing, naming the setting', () => {
    const text = join(dir, 'logo.txt');
    writeFileSync(text, 'not an image');
    expect(() => readLogo(text)).toThrow('REPORT_LOGO: ');
    expect(() => readLogo(join(dir, 'missing.png'))).toThrow('cannot read');
    expect(readLogo(logo).length).toBeGreaterThan(50);
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
