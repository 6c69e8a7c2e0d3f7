import { codes, gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('partners', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const PARTNER = (id: string) =>
    `{ partner(id: "${id}") { name contactEmail contactPhone ledActions { ref } supportedActions { ref } } }`;

  it('hides contact details from the public and shows them to signed-in users', async () => {
    const { partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2 });
    const anon = await gql<{ partner: any }>(t.agent(), PARTNER(partners[0].id));
    expect(anon.data!.partner).toMatchObject({ contactEmail: null, contactPhone: null });
    expect(anon.data!.partner.ledActions.map((a: any) => a.ref)).toEqual(['1.1']);
    expect(anon.data!.partner.supportedActions.map((a: any) => a.ref)).toEqual(['1.2']);
    const { agent } = await signedIn(t, 'PANEL_VIEWER', partners[1].id);
    const seen = await gql<{ partner: any }>(agent, PARTNER(partners[0].id));
    expect(seen.data!.partner.contactEmail).toBe(partners[0].contactEmail);
  });

  it("does not list a draft plan's actions on a partner page for the public", async () => {
    const { partners } = await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 2 });
    const anon = await gql<{ partner: any }>(t.agent(), PARTNER(partners[0].id));
    expect(anon.data!.partner.ledActions).toEqual([]);
  });

  it('lets an admin add and rename partners, refusing duplicate names and bad addresses', async () => {
    const me = await makePartner(t.prisma);
    const { agent } = await signedIn(t, 'ADMIN', me.id);
    const CREATE = 'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id name kind } }';
    const created = await gql<{ createPartner: any }>(agent, CREATE, {
      input: { name: 'Peak Park Rangers', kind: 'NATIONAL_PARK', website: 'https://www.peakdistrict.gov.uk' },
    });
    expect(created.errors).toBeUndefined();
    expect(codes(await gql(agent, CREATE, { input: { name: 'peak park rangers', kind: 'OTHER' } }))).toEqual([
      'CONFLICT',
    ]);
    const bad = await gql(agent, CREATE, {
      input: { name: 'X Co', kind: 'OTHER', website: 'javascript:alert(1)', contactEmail: 'nope' },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual([
      'contactEmail',
      'website',
    ]);
    const { agent: lead } = await signedIn(t, 'PARTNER_LEAD', me.id);
    const refused = await gql(lead, CREATE, { input: { name: 'Lead Made This', kind: 'OTHER' } });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(await t.prisma.partner.count({ where: { name: 'Lead Made This' } })).toBe(0);
  });

  it('will not archive a partner that still leads actions', async () => {
    const { partners } = await makePlan(t.prisma, { priorities: 1, actionsPer: 1 });
    const { agent } = await signedIn(t, 'ADMIN', partners[1].id);
    const res = await gql(agent, 'mutation($input: ArchiveInput!) { archivePartner(input: $input) { id } }', {
      input: { id: partners[0].id },
    });
    expect(codes(res)).toEqual(['CONFLICT']);
  });
});
