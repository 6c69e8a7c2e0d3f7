import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import type { Viewer } from '../src/common/auth/viewer.js';
import { fileSizeText } from '@partnership-tracker/domain';
import { EVIDENCE_CHUNK_BYTES } from '../src/evidence/evidence-store.js';
import { parseCsv } from '../src/indicators/csv.js';
import { hashToken, newToken } from '../src/common/auth/tokens.js';
import { evidenceVisibility } from '../src/evidence/evidence-access.js';
import { EvidenceService } from '../src/evidence/evidence.service.js';
import { RetentionService } from '../src/retention/retention.service.js';
import { testClock, isoDaysFromToday } from './support/clock.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { MB, pdf, sha, uploadEvidence as upload } from './support/evidence.js';
import { codes, gql } from './support/graphql.js';
import { png } from './support/png.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { zip } from './support/zip.js';
import {
  csvZip,
  docxText,
  docxXml,
  download,
  GENERATE,
  readPdf,
  readXlsx,
  waitForRun,
} from './support/reports.js';

type Agent = ReturnType<typeof request.agent>;

const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id
  evidenceFiles { id fileName kind sizeBytes sha256 addedByEmail milestoneId } } }`;
const ACTION_FILES = `query($id: ID!) { action(id: $id) {
  evidenceFiles { id fileName kind sizeBytes sha256 addedByEmail addedByOrganisation createdAt published archivedAt canArchive downloadUrl milestoneId updateId }
  milestones { id title evidenceFiles { id fileName } }
  updates { id evidenceFiles { id } } } }`;

describe('evidence files', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A 1 MB limit keeps the files small; several chunks still make a file of 900 KB.
    t = await startTestApp({ EVIDENCE_MAX_MB: '1' });
  });
  afterAll(() => t.close());

  async function setting() {
    const [lead, supporter, other] = [
      await makePartner(t.prisma),
      await makePartner(t.prisma),
      await makePartner(t.prisma),
    ];
    const { plan } = await makePlan(t.prisma, { partners: [lead, supporter], priorities: 1, actionsPer: 1 });
    const action = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: plan.id } },
      include: { milestones: { orderBy: { dueDate: 'asc' } } },
    });
    return {
      plan,
      action,
      overdue: action.milestones[0]!,
      lead: await signedIn(t, 'PARTNER_EDITOR', lead.id),
      supporter: await signedIn(t, 'PARTNER_LEAD', supporter.id),
      other: await signedIn(t, 'PARTNER_EDITOR', other.id),
      admin: await signedIn(t, 'ADMIN', other.id),
      panel: await signedIn(t, 'PANEL_VIEWER', other.id),
    };
  }

  const rows = async () => ({
    files: await t.prisma.evidenceFile.count(),
    chunks: await t.prisma.evidenceChunk.count(),
  });

  const updateInput = (actionId: string, version: number, extra: object = {}) => ({
    actionId,
    expectedVersion: version,
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    ragReason: 'As agreed at the last review',
    progress: 60,
    commentary: 'Signs are up at the three car parks',
    ...extra,
  });

  it('a partner ticks a milestone with a photograph attached; the file streams back byte for byte, as an attachment', async () => {
    const s = await setting();
    const photo = png();
    const big = pdf(900 * 1024);
    const up1 = await upload(s.lead.agent, s.action.id, 'Signage at Ladybower.png', photo);
    expect(up1.status).toBe(201);
    expect(up1.body).toEqual({
      id: expect.any(String),
      fileName: 'Signage at Ladybower.png',
      kind: 'PNG',
      sizeBytes: photo.length,
      sha256: sha(photo),
    });
    const up2 = await upload(s.lead.agent, s.action.id, 'attendance.pdf', big);
    expect(up2.status).toBe(201);
    // Streamed in as chunks of 256 KiB: 900 KB is four of them.
    expect(await t.prisma.evidenceChunk.count({ where: { fileId: up2.body.id } })).toBe(
      Math.ceil(big.length / EVIDENCE_CHUNK_BYTES),
    );

    const res = await gql<any>(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, {
        evidenceFileIds: [up2.body.id],
        milestoneCompletions: [
          {
            milestoneId: s.overdue.id,
            completedOn: isoDaysFromToday(0),
            evidence: 'Photograph of the new signs',
            evidenceFileIds: [up1.body.id],
          },
        ],
      }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordUpdate.evidenceFiles).toEqual([
      expect.objectContaining({
        id: up1.body.id,
        kind: 'PNG',
        milestoneId: s.overdue.id,
        addedByEmail: s.lead.user.email,
      }),
      expect.objectContaining({ id: up2.body.id, kind: 'PDF', milestoneId: null, sha256: sha(big) }),
    ]);

    const page = await gql<any>(s.lead.agent, ACTION_FILES, { id: s.action.id });
    const milestone = page.data.action.milestones.find((m: { id: string }) => m.id === s.overdue.id);
    expect(milestone.evidenceFiles).toEqual([{ id: up1.body.id, fileName: 'Signage at Ladybower.png' }]);
    expect(page.data.action.evidenceFiles[0]).toMatchObject({
      addedByOrganisation: expect.stringContaining('Partner'),
      published: false,
      archivedAt: null,
      canArchive: true,
      downloadUrl: `/files/evidence/${up1.body.id}`,
    });

    const down = await s.lead.agent
      .get(`/files/evidence/${up2.body.id}`)
      .buffer(true)
      .parse((r, cb) => {
        const parts: Buffer[] = [];
        r.on('data', (c: Buffer) => parts.push(c));
        r.on('end', () => cb(null, Buffer.concat(parts)));
      });
    expect(down.status).toBe(200);
    expect(sha(down.body as Buffer)).toBe(sha(big));
    expect(down.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(big.length),
      'content-disposition': `attachment; filename="attendance.pdf"; filename*=UTF-8''attendance.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
    const photoDown = await s.lead.agent.get(`/files/evidence/${up1.body.id}`);
    expect(photoDown.headers['content-disposition']).toBe(
      `attachment; filename="Signage at Ladybower.png"; filename*=UTF-8''Signage%20at%20Ladybower.png`,
    );
    expect(photoDown.headers['content-type']).toBe('image/png');

    // The upload is in the audit trail, with its checksum.
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'uploadEvidenceFile', recordId: up1.body.id },
    });
    // Off the action's trail, which every signed-in user reads.
    expect(audit).toMatchObject({ actionId: null, actorEmail: s.lead.user.email, outcome: 'SUCCESS' });
    expect(JSON.stringify(audit.changes)).toContain(sha(photo));
  });

  it('only those who may read the action get its files: not an editor of another organisation, nor the public', async () => {
    const s = await setting();
    const up = await upload(s.lead.agent, s.action.id, 'photo.png', png());
    await gql(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, { evidenceFileIds: [up.body.id] }),
    });
    const status = async (agent: Agent) => (await agent.get(`/files/evidence/${up.body.id}`)).status;
    const listed = async (agent: Agent) =>
      ((await gql<any>(agent, ACTION_FILES, { id: s.action.id })).data?.action.evidenceFiles ?? []).length;
    expect(await status(s.lead.agent)).toBe(200);
    expect(await status(s.supporter.agent)).toBe(200);
    expect(await status(s.admin.agent)).toBe(200);
    expect(await status(s.panel.agent)).toBe(200);
    expect(await status(s.other.agent)).toBe(404);
    expect(await status(t.agent())).toBe(404);
    expect([await listed(s.lead.agent), await listed(s.panel.agent), await listed(s.admin.agent)]).toEqual([
      1, 1, 1,
    ]);
    // No metadata leaks either: the other organisation's editor sees no file on the action or its updates.
    const otherView = await gql<any>(s.other.agent, ACTION_FILES, { id: s.action.id });
    expect(otherView.data.action.evidenceFiles).toEqual([]);
    expect(otherView.data.action.updates.flatMap((u: any) => u.evidenceFiles)).toEqual([]);
    const trail = await gql<any>(
      s.other.agent,
      `query($id: ID!) { action(id: $id) { history { changes } } }`,
      {
        id: s.action.id,
      },
    );
    expect(JSON.stringify(trail.data.action.history)).not.toContain('photo.png');

    // While the plan is a draft, the Panel does not get its files.
    await t.prisma.plan.update({ where: { id: s.plan.id }, data: { status: 'DRAFT' } });
    expect(await status(s.panel.agent)).toBe(404);
    expect(await listed(s.panel.agent)).toBe(0);
    expect(await status(s.lead.agent)).toBe(200);
  });

  it('refuses bad files with a clear error, and writes nothing', async () => {
    const s = await setting();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03'), randomBytes(2000)]);
    const cases: [string, Buffer, number, string][] = [
      ['huge.pdf', pdf(MB + 1), 413, 'The file must be smaller than 1 MB'],
      [
        'photo.jpg',
        pdf(5000),
        400,
        'The file’s name says it is a JPEG image, but it is a PDF document. Rename it .pdf or choose the right file',
      ],
      [
        'page.csv',
        Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
        400,
        'Web pages (HTML) cannot be uploaded as evidence. Save the page as a PDF',
      ],
      [
        'page.html',
        Buffer.from('<html></html>'),
        400,
        'Files ending .html cannot be uploaded. The file must be a PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX or CSV file',
      ],
      ['minutes.pdf', exe, 400, 'Programs and scripts cannot be uploaded as evidence'],
      ['empty.pdf', Buffer.alloc(0), 400, 'The file is empty. Choose the file again'],
      [
        'notes.docx',
        zip([
          { name: 'word/vbaProject.bin', data: Buffer.from('x') },
          { name: '[Content_Types].xml', data: Buffer.from('<x/>') },
          { name: 'word/document.xml', data: Buffer.from('<x/>') },
        ]),
        400,
        'Documents with macros cannot be uploaded. Save it as a DOCX or XLSX without macros',
      ],
    ];
    const before = await rows();
    for (const [name, content, code, message] of cases) {
      const res = await upload(s.lead.agent, s.action.id, name, content);
      expect({ name, status: res.status, message: res.body.errors?.[0]?.message }).toEqual({
        name,
        status: code,
        message,
      });
      expect(res.body.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'file', message }],
      });
    }
    // A file over the limit that says so up front is refused before its body is read.
    const declared = await s.lead.agent
      .post(`/files/evidence?actionId=${s.action.id}`)
      .set('apollo-require-preflight', 'true')
      .set('sec-fetch-site', 'same-origin')
      .attach('file', pdf(3 * MB), 'big.pdf');
    expect(declared.status).toBe(413);
    expect(declared.body.errors[0].message).toBe('The file must be smaller than 1 MB');

    // A wrong action id, and an action that is not yours: refused before anything is read.
    const unknown = await upload(s.lead.agent, '5b1f0f0e-1111-4a4a-9c9c-0123456789ab', 'a.png', png());
    expect([unknown.status, unknown.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    expect((await upload(s.lead.agent, 'not-an-id', 'a.png', png())).body.errors[0]).toMatchObject({
      message: 'Choose an action',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const theirs = await upload(s.other.agent, s.action.id, 'page.html', Buffer.from('<html>'));
    expect([theirs.status, theirs.body.errors[0]]).toEqual([
      403,
      expect.objectContaining({
        message: 'You can only add evidence to actions your organisation leads or supports',
      }),
    ]);
    expect((await upload(s.panel.agent, s.action.id, 'a.png', png())).status).toBe(403);
    expect((await upload(t.agent(), s.action.id, 'a.png', png())).status).toBe(401);
    // Without the header only our own pages send: refused as a cross-site form would be.
    const crossSite = await s.lead.agent
      .post(`/files/evidence?actionId=${s.action.id}`)
      .attach('file', png(), 'a.png');
    expect(crossSite.status).toBe(403);
    expect(await rows()).toEqual(before);
    // Each refusal is in the audit trail, as a refused mutation is.
    const attempts = await t.prisma.auditEvent.findMany({
      where: { operation: 'uploadEvidenceFile', outcome: { not: 'SUCCESS' }, actorEmail: s.lead.user.email },
    });
    expect(attempts.filter((a) => a.outcome === 'FAILED').map((a) => a.message)).toEqual(
      expect.arrayContaining([
        'The file must be smaller than 1 MB',
        'Programs and scripts cannot be uploaded as evidence',
      ]),
    );
    expect(
      await t.prisma.auditEvent.count({
        where: {
          operation: 'uploadEvidenceFile',
          outcome: 'DENIED',
          actorEmail: s.other.user.email,
          actionId: s.action.id,
        },
      }),
    ).toBe(1);
  });

  it('attaches only your own fresh uploads for this action, all or nothing with the update', async () => {
    const s = await setting();
    const mine = await upload(s.lead.agent, s.action.id, 'a.png', png());
    const theirs = await upload(s.supporter.agent, s.action.id, 'b.png', png());
    const updatesBefore = await t.prisma.actionUpdate.count({ where: { actionId: s.action.id } });
    const refused = await gql<any>(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, { evidenceFileIds: [mine.body.id, theirs.body.id] }),
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      { field: 'evidenceFileIds', message: 'Upload the evidence files again: one was not found' },
    ]);
    expect(await t.prisma.actionUpdate.count({ where: { actionId: s.action.id } })).toBe(updatesBefore);
    expect(await t.prisma.evidenceFile.findUniqueOrThrow({ where: { id: mine.body.id } })).toMatchObject({
      attachedAt: null,
      updateId: null,
    });

    // Completing the milestone on its own page, with the file.
    const done = await gql<any>(
      s.lead.agent,
      `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id completedOn evidenceFiles { id } } }`,
      {
        input: {
          id: s.overdue.id,
          completedOn: isoDaysFromToday(0),
          evidence: 'Signed agreement',
          evidenceFileIds: [mine.body.id],
        },
      },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data.updateMilestone.evidenceFiles).toEqual([{ id: mine.body.id }]);
    // Once attached, it cannot be attached again.
    const again = await gql<any>(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, { evidenceFileIds: [mine.body.id] }),
    });
    expect(again.errors![0]!.extensions!.fields).toEqual([
      { field: 'evidenceFileIds', message: 'One of the files is already attached' },
    ]);
    // Evidence goes with a completion: an open milestone takes none.
    const future = s.action.milestones[1]!;
    const open = await gql<any>(
      s.supporter.agent,
      `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
      { input: { id: future.id, evidenceFileIds: [theirs.body.id] } },
    );
    expect(open.errors![0]!.extensions!.fields).toEqual([
      { field: 'completedOn', message: 'Enter the date it was completed, to attach evidence of it' },
    ]);
  });

  it('a partner contact with an update link adds evidence to their own partner’s action, and reads it', async () => {
    const s = await setting();
    const token = newToken();
    await t.prisma.updateLink.create({
      data: {
        partnerId: s.action.leadPartnerId,
        email: 'contact@example.org',
        tokenHash: hashToken(token),
        expiresAt: new Date(testClock.nowMs() + 86_400_000),
      },
    });
    const link = t.agent();
    const opened = await gql(
      link,
      'mutation($input: OpenUpdateLinkInput!) { openUpdateLink(input: $input) { email } }',
      {
        input: { token },
      },
    );
    expect(opened.errors).toBeUndefined();
    const up = await upload(link, s.action.id, 'register.csv', Buffer.from('Name,Attended\nJo Bloggs,Yes\n'));
    expect(up.status).toBe(201);
    expect(up.body.kind).toBe('CSV');
    const res = await gql<any>(link, RECORD, {
      input: updateInput(s.action.id, s.action.version, { evidenceFileIds: [up.body.id] }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordUpdate.evidenceFiles).toEqual([
      expect.objectContaining({ id: up.body.id, addedByEmail: 'contact@example.org' }),
    ]);
    const down = await link.get(`/files/evidence/${up.body.id}`);
    expect([down.status, down.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    // Not another partner's action.
    const others = await setting();
    expect((await upload(link, others.action.id, 'a.csv', Buffer.from('a,b\n'))).status).toBe(403);
  });

  it('files are private until an admin publishes one; archiving is audited, and leaves the file to admins', async () => {
    const s = await setting();
    const up = await upload(s.lead.agent, s.action.id, 'poster.pdf', pdf(2000));
    await gql(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, { evidenceFileIds: [up.body.id] }),
    });
    const PUBLISH = `mutation($input: PublishEvidenceFileInput!) { publishEvidenceFile(input: $input) { id published publishedAt } }`;
    const ARCHIVE = `mutation($input: ArchiveEvidenceFileInput!) { archiveEvidenceFile(input: $input) { id archivedAt archiveReason } }`;
    expect(codes(await gql(s.lead.agent, PUBLISH, { input: { id: up.body.id, published: true } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await t.agent().get(`/files/evidence/${up.body.id}`)).status).toBe(404);
    const published = await gql<any>(s.admin.agent, PUBLISH, { input: { id: up.body.id, published: true } });
    expect(published.data.publishEvidenceFile).toMatchObject({
      published: true,
      publishedAt: expect.any(String),
    });
    expect((await t.agent().get(`/files/evidence/${up.body.id}`)).status).toBe(200);
    expect((await s.other.agent.get(`/files/evidence/${up.body.id}`)).status).toBe(200);
    expect(
      await t.prisma.auditEvent.count({
        where: { operation: 'publishEvidenceFile', recordId: up.body.id, outcome: 'SUCCESS' },
      }),
    ).toBe(1);

    // Another organisation may not archive it; the one that added it may.
    expect(
      codes(await gql(s.other.agent, ARCHIVE, { input: { id: up.body.id, reason: 'Not ours' } })),
    ).toEqual(['FORBIDDEN']);
    const archived = await gql<any>(s.lead.agent, ARCHIVE, {
      input: { id: up.body.id, reason: 'Uploaded by mistake' },
    });
    expect(archived.data.archiveEvidenceFile).toMatchObject({ archiveReason: 'Uploaded by mistake' });
    expect((await s.lead.agent.get(`/files/evidence/${up.body.id}`)).status).toBe(404);
    expect((await t.agent().get(`/files/evidence/${up.body.id}`)).status).toBe(404);
    expect((await s.admin.agent.get(`/files/evidence/${up.body.id}`)).status).toBe(200);
    const leadList = await gql<any>(s.lead.agent, ACTION_FILES, { id: s.action.id });
    expect(leadList.data.action.evidenceFiles).toEqual([]);
    const adminList = await gql<any>(s.admin.agent, ACTION_FILES, { id: s.action.id });
    expect(adminList.data.action.evidenceFiles).toEqual([
      expect.objectContaining({ id: up.body.id, archivedAt: expect.any(String), published: false }),
    ]);
    expect(
      await t.prisma.auditEvent.count({
        where: { operation: 'archiveEvidenceFile', recordId: up.body.id, outcome: 'SUCCESS' },
      }),
    ).toBe(1);
  });

  it('a published file is on the public page and in open data, with a link anyone can follow; made private or archived, it leaves them', async () => {
    const s = await setting();
    const photo = png();
    const shown = await upload(s.lead.agent, s.action.id, 'Signs at Ladybower.png', photo);
    const kept = await upload(s.lead.agent, s.action.id, 'register.pdf', pdf(3000));
    const recorded = await gql<any>(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, {
        evidenceFileIds: [kept.body.id],
        milestoneCompletions: [
          {
            milestoneId: s.overdue.id,
            completedOn: isoDaysFromToday(0),
            evidence: 'INTERNAL words on the evidence',
            evidenceFileIds: [shown.body.id],
          },
        ],
      }),
    });
    expect(recorded.errors).toBeUndefined();
    const PUBLISH = `mutation($input: PublishEvidenceFileInput!) { publishEvidenceFile(input: $input) { id published } }`;
    const ARCHIVE = `mutation($input: ArchiveEvidenceFileInput!) { archiveEvidenceFile(input: $input) { id } }`;
    const publicView = async () => {
      const json = await t.agent().get(`/open-data/plans/${s.plan.slug}.json`);
      const csv = await t.agent().get(`/open-data/plans/${s.plan.slug}.csv`);
      const page = await t.agent().get(`/public/plans/${s.plan.slug}`);
      expect([json.status, csv.status, page.status]).toEqual([200, 200, 200]);
      const action = JSON.parse(json.text).actions.find((a: { ref: string }) => a.ref === s.action.ref);
      const [header, ...rows] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
      const row = rows.find((r) => r[header.indexOf('ref')] === s.action.ref)!;
      return { action, csvFiles: row[header.indexOf('evidence_files')], page: page.text };
    };

    // Private: on neither, and nobody outside may download it.
    const before = await publicView();
    expect(before.action.evidence).toEqual([]);
    expect(before.csvFiles).toBe('');
    expect(before.page).not.toContain('Signs at Ladybower.png');
    expect((await t.agent().get(`/files/evidence/${shown.body.id}`)).status).toBe(404);

    await t.prisma.action.update({
      where: { id: s.action.id },
      data: { publicChangedAt: new Date('2020-01-01T00:00:00Z') },
    });
    expect(
      (await gql<any>(s.admin.agent, PUBLISH, { input: { id: shown.body.id, published: true } })).errors,
    ).toBeUndefined();
    const after = await publicView();
    const url = `/files/evidence/${shown.body.id}`;
    expect(after.action.evidence).toEqual([
      {
        fileName: 'Signs at Ladybower.png',
        kind: 'PNG',
        sizeBytes: photo.length,
        sha256: sha(photo),
        milestone: s.overdue.title,
        publishedOn: isoDaysFromToday(0),
        url,
      },
    ]);
    // Publishing is a change residents see: the action's "last updated" moves to now.
    expect(new Date(after.action.lastUpdated).getFullYear()).toBeGreaterThan(2020);
    expect(after.csvFiles).toBe(url);
    expect(after.page).toContain(`href="${url}"`);
    expect(after.page).toContain('Signs at Ladybower.png');
    expect(after.page).toContain(`PNG image, ${fileSizeText(photo.length)}`);
    // Only what was published: not the other file, the words on the evidence, or who added it.
    for (const text of [after.page, JSON.stringify(after.action)]) {
      expect(text).not.toContain('register.pdf');
      expect(text).not.toContain('INTERNAL');
      expect(text).not.toContain(s.lead.user.email);
    }
    const down = await t.agent().get(url);
    expect([down.status, sha(down.body)]).toEqual([200, sha(photo)]);
    expect(down.headers['content-disposition']).toMatch(/^attachment;/);

    // Made private again: gone from all three, and from the public's download.
    await gql(s.admin.agent, PUBLISH, { input: { id: shown.body.id, published: false } });
    expect((await publicView()).action.evidence).toEqual([]);
    expect((await t.agent().get(url)).status).toBe(404);

    // Published, then archived by the partner that added it: gone again, and its action's
    // "last updated" moved once more.
    await gql(s.admin.agent, PUBLISH, { input: { id: shown.body.id, published: true } });
    expect((await publicView()).action.evidence).toHaveLength(1);
    await t.prisma.action.update({
      where: { id: s.action.id },
      data: { publicChangedAt: new Date('2020-01-01T00:00:00Z') },
    });
    expect(
      (await gql<any>(s.lead.agent, ARCHIVE, { input: { id: shown.body.id, reason: 'Wrong car park' } }))
        .errors,
    ).toBeUndefined();
    const archived = await publicView();
    expect(archived.action.evidence).toEqual([]);
    expect(archived.csvFiles).toBe('');
    expect(archived.page).not.toContain('Signs at Ladybower.png');
    expect(new Date(archived.action.lastUpdated).getFullYear()).toBeGreaterThan(2020);
    expect((await t.agent().get(url)).status).toBe(404);
  });

  it('the retention job deletes uploads never attached after a day, with their bytes, and keeps attached ones', async () => {
    const s = await setting();
    const stale = await upload(s.lead.agent, s.action.id, 'stale.png', png());
    const fresh = await upload(s.lead.agent, s.action.id, 'fresh.png', png());
    const kept = await upload(s.lead.agent, s.action.id, 'kept.png', png());
    await gql(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, { evidenceFileIds: [kept.body.id] }),
    });
    const twoDaysAgo = new Date(testClock.now().getTime() - 2 * 86_400_000);
    await t.prisma.evidenceFile.updateMany({
      where: { id: { in: [stale.body.id, kept.body.id] } },
      data: { createdAt: twoDaysAgo },
    });

    const result = await t.app.get(RetentionService).run(testClock.now());
    expect(result.deleted?.unattachedEvidence).toBeGreaterThanOrEqual(1);
    const left = await t.prisma.evidenceFile.findMany({
      where: { id: { in: [stale.body.id, fresh.body.id, kept.body.id] } },
      select: { fileName: true },
    });
    expect(left.map((f) => f.fileName).sort()).toEqual(['fresh.png', 'kept.png']);
    expect(await t.prisma.evidenceChunk.count({ where: { fileId: stale.body.id } })).toBe(0);
  });

  it('the Panel report lists each milestone’s evidence in an appendix, in every format', async () => {
    const s = await setting();
    const photo = png();
    const up = await upload(s.lead.agent, s.action.id, 'Signage photo.png', photo);
    const res = await gql<any>(s.lead.agent, RECORD, {
      input: updateInput(s.action.id, s.action.version, {
        milestoneCompletions: [
          {
            milestoneId: s.overdue.id,
            completedOn: isoDaysFromToday(0),
            evidence: 'Photograph of the signs',
            evidenceFileIds: [up.body.id],
          },
        ],
      }),
    });
    expect(res.errors).toBeUndefined();
    const made = await gql<any>(s.admin.agent, GENERATE, { input: { planId: s.plan.id } });
    expect(made.errors).toBeUndefined();
    const { run } = await waitForRun(s.admin.agent, made.data.generateReport.id);
    expect(run.status).toBe('DONE');
    const file = async (format: string) =>
      (await download(s.admin.agent, run.files.find((f: any) => f.format === format).downloadUrl)).body;
    const pdfText = (await readPdf(await file('PDF'))).text.replace(/\s+/g, ' ');
    expect(pdfText).toContain('Appendix: evidence for milestones');
    expect(pdfText).toContain('Signage photo.png');
    expect(pdfText.replace(/ /g, '')).toContain(sha(photo));
    const docx = docxText(await docxXml(await file('DOCX')));
    expect(docx).toContain('Appendix: evidence for milestones');
    expect(docx).toContain(sha(photo));
    const book = await readXlsx(await file('XLSX'));
    const sheet = book.getWorksheet('Evidence')!;
    const values = sheet
      .getSheetValues()
      .flat()
      .filter((v) => v !== null && v !== undefined);
    expect(values).toEqual(
      expect.arrayContaining(['Signage photo.png', 'PNG image', photo.length, s.lead.user.email, sha(photo)]),
    );
    const csv = Object.entries(await csvZip(await file('CSV'))).find(([name]) => name.includes('evidence'));
    expect(csv?.[1]).toContain(`Signage photo.png,PNG image,${photo.length},${s.lead.user.email}`);
    expect(csv?.[1]).toContain(sha(photo));
  });

  it('the filter lists exactly the files the predicate lets each kind of viewer read', async () => {
    const s = await setting();
    const service = t.app.get(EvidenceService);
    const make = async (data: object) => {
      const up = await upload(s.lead.agent, s.action.id, 'f.png', png());
      return t.prisma.evidenceFile.update({ where: { id: up.body.id }, data });
    };
    const now = testClock.now();
    await make({ attachedAt: now });
    await make({ attachedAt: now, published: true });
    await make({ attachedAt: now, archivedAt: now });
    await make({ attachedAt: null });
    const draft = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 1 });
    const draftAction = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: draft.plan.id } },
    });
    await t.prisma.evidenceFile.create({
      data: {
        actionId: draftAction.id,
        fileName: 'd.pdf',
        contentType: 'application/pdf',
        kind: 'PDF',
        sizeBytes: 1,
        sha256: 'x',
        addedByEmail: 'x@example.org',
        attachedAt: now,
        published: true,
      },
    });
    const viewer = (user: { id: string; email: string; role: any; partnerId: string } | null): Viewer => ({
      user: user && { ...user, name: 'x', sessionId: '' },
      link: null,
    });
    const viewers: [string, Viewer][] = [
      ['admin', viewer(s.admin.user)],
      ['panel', viewer(s.panel.user)],
      ['lead', viewer(s.lead.user)],
      ['supporter', viewer(s.supporter.user)],
      ['other', viewer(s.other.user)],
      ['public', viewer(null)],
      [
        'link holder',
        {
          user: null,
          link: { linkId: 'l', email: 'c@example.org', partnerId: s.lead.user.partnerId, expiresAt: now },
        },
      ],
    ];
    const ids = (
      await t.prisma.evidenceFile.findMany({
        where: { actionId: { in: [s.action.id, draftAction.id] } },
        select: { id: true },
      })
    )
      .map((f) => f.id)
      .sort();
    for (const [name, v] of viewers) {
      const byPredicate: string[] = [];
      for (const id of ids) {
        if (
          await service.open(v, id).then(
            () => true,
            () => false,
          )
        )
          byPredicate.push(id);
      }
      const byFilter = (
        await t.prisma.evidenceFile.findMany({
          where: { AND: [evidenceVisibility.where(v), { id: { in: ids } }] },
          select: { id: true },
        })
      )
        .map((f) => f.id)
        .sort();
      expect({ name, files: byFilter }).toEqual({ name, files: byPredicate });
    }
  });
});
