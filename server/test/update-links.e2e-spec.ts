import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testClock } from './support/clock.js';

const ISSUE =
  'mutation($input: IssueUpdateLinkInput!) { issueUpdateLink(input: $input) { path link { id email active expiresAt } } }';
const OPEN =
  'mutation($input: OpenUpdateLinkInput!) { openUpdateLink(input: $input) { email partner { name } } }';
const UPDATE = 'mutation($input: UpdateActionInput!) { updateAction(input: $input) { id progress } }';

describe('partner update links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function issued(partnerId: string, issuer = 'ADMIN' as const, days?: number) {
    const { agent } = await signedIn(t, issuer, partnerId);
    const res = await gql<{ issueUpdateLink: any }>(agent, ISSUE, {
      input: { partnerId, email: 'Farm.Contact@Example.org', ...(days ? { expiresInDays: days } : {}) },
    });
    expect(res.errors).toBeUndefined();
    const token = res.data!.issueUpdateLink.path.replace('/update/', '');
    return { admin: agent, token, link: res.data!.issueUpdateLink.link };
  }

  it("lets the holder update their partner's actions, not another's, and audits every use under their email", async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 4 });
    const [nfu, police] = partners;
    const outsider = await makePartner(t.prisma);
    const ours = await t.prisma.action.findFirstOrThrow({
      where: { priority: { planId: plan.id }, leadPartnerId: nfu.id },
    });
    const theirs = await t.prisma.action.create({
      data: { priorityId: ours.priorityId, ref: '9.9', title: 'Police only', leadPartnerId: outsider.id },
    });
    const { token, link } = await issued(nfu.id);
    expect(link).toMatchObject({ email: 'farm.contact@example.org', active: true });
    // 14 days by default
    expect(new Date(link.expiresAt).getTime() - testClock.nowMs()).toBeGreaterThan(13.9 * 86_400_000);

    const holder = t.agent();
    const opened = await gql<{ openUpdateLink: any }>(holder, OPEN, { input: { token } });
    expect(opened.data!.openUpdateLink).toEqual({
      email: 'farm.contact@example.org',
      partner: { name: nfu.name },
    });
    expect(String(opened.headers['set-cookie'])).toMatch(/pt_update_link=.*HttpOnly/);

    const ok = await gql<{ updateAction: any }>(holder, UPDATE, {
      input: { id: ours.id, version: ours.version, progress: 77 },
    });
    expect(ok.errors).toBeUndefined();
    const refused = await gql(holder, UPDATE, {
      input: { id: theirs.id, version: theirs.version, progress: 1 },
    });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const grab = await gql(holder, UPDATE, {
      input: { id: ours.id, version: ours.version + 1, leadPartnerId: police.id },
    });
    expect(codes(grab)).toEqual(['FORBIDDEN']);
    const adminOnly = await gql(
      holder,
      'mutation { createPartner(input: { name: "Link Made", kind: OTHER }) { id } }',
    );
    expect(codes(adminOnly)).toEqual(['UNAUTHENTICATED']);
    expect((await gql<{ me: unknown }>(holder, '{ me { id } }')).data!.me).toBeNull();

    const uses = await t.prisma.auditEvent.findMany({
      where: { actorEmail: 'farm.contact@example.org' },
      orderBy: { at: 'asc' },
    });
    expect(uses.map((e) => [e.operation, e.outcome, e.actorRole])).toEqual([
      ['openUpdateLink', 'SUCCESS', 'UPDATE_LINK'],
      ['updateAction', 'SUCCESS', 'UPDATE_LINK'],
      ['updateAction', 'DENIED', 'UPDATE_LINK'],
      ['updateAction', 'DENIED', 'UPDATE_LINK'],
      ['createPartner', 'DENIED', 'UPDATE_LINK'],
    ]);
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: theirs.id } })).progress).toBe(0);
  });

  it('stores only a hash of the token', async () => {
    const partner = await makePartner(t.prisma);
    const { token, link } = await issued(partner.id);
    const row = await t.prisma.updateLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('stops working at once when revoked, and says why a link cannot be used', async () => {
    const { plan, partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const action = await t.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
    const { admin, token, link } = await issued(partners[0].id);
    const holder = t.agent();
    await gql(holder, OPEN, { input: { token } });
    const revoke = await gql<{ revokeUpdateLink: any }>(
      admin,
      'mutation($input: RevokeUpdateLinkInput!) { revokeUpdateLink(input: $input) { active revokedAt } }',
      { input: { id: link.id } },
    );
    expect(revoke.data!.revokeUpdateLink.active).toBe(false);
    expect(
      codes(await gql(holder, UPDATE, { input: { id: action.id, version: action.version, progress: 9 } })),
    ).toEqual(['UNAUTHENTICATED']);
    const again = await gql(t.agent(), OPEN, { input: { token } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REVOKED' });

    const { token: old, link: oldLink } = await issued(partners[0].id);
    await t.prisma.updateLink.update({
      where: { id: oldLink.id },
      // Well before now: the app's clock and the test's start apart by however long the app took to start.
      data: { expiresAt: new Date(testClock.nowMs() - 10 * 60_000) },
    });
    const expired = await gql(t.agent(), OPEN, { input: { token: old } });
    expect(expired.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EXPIRED' });
    expect(expired.errors![0].message).toMatch(/expired/);

    const unknown = await gql(t.agent(), OPEN, { input: { token: 'x'.repeat(43) } });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN' });
  });

  it('lets a partner lead issue links for their own organisation only; editors and the panel none', async () => {
    const mine = await makePartner(t.prisma);
    const other = await makePartner(t.prisma);
    const { agent: lead } = await signedIn(t, 'PARTNER_LEAD', mine.id);
    const ownLink = await gql(lead, ISSUE, { input: { partnerId: mine.id, email: 'a@example.org' } });
    expect(ownLink.errors).toBeUndefined();
    expect(codes(await gql(lead, ISSUE, { input: { partnerId: other.id, email: 'a@example.org' } }))).toEqual(
      ['FORBIDDEN'],
    );
    const { agent: editor } = await signedIn(t, 'PARTNER_EDITOR', mine.id);
    expect(
      codes(await gql(editor, ISSUE, { input: { partnerId: mine.id, email: 'a@example.org' } })),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await gql(lead, `{ updateLinks(partnerId: "${other.id}") { id } }`))).toEqual(['FORBIDDEN']);
    const list = await gql<{ updateLinks: any[] }>(
      lead,
      `{ updateLinks(partnerId: "${mine.id}") { email active } }`,
    );
    expect(list.data!.updateLinks).toEqual([{ email: 'a@example.org', active: true }]);
    expect(await t.prisma.updateLink.count({ where: { partnerId: other.id } })).toBe(0);
  });
});
