import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { gql } from './support/graphql.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { daysFromToday } from './support/clock.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// plan(slug) reads the plan's tree ahead in one statement (plans/plan-tree.ts) and answers the
// fields it worked out without their resolvers. plans { } answers the same fields the usual way,
// one resolver and DataLoader per field. Every answer here must be the same both ways, for every
// kind of viewer, on a plan holding each case the rules tell apart.

const FIELDS = `
  id slug title progress actionCount overdueActionCount
  ragCounts { red amber green }
  statusCounts { notStarted inProgress completed deferred cancelled }
  overdueMilestones { id title dueDate overdue }
  owner { id name }
  priorities {
    id number title description progress overdueActionCount
    ragCounts { red amber green }
    statusCounts { notStarted inProgress completed deferred cancelled }
    actions {
      id ref title status rag progress dueDate overdue description ragReason publicSummary
      canEdit suggestedRag stale
      leadPartner { id name }
      supportingPartners { id name }
      milestones { id title dueDate completedOn evidence overdue }
      latestUpdate { id createdAt progress commentary }
    }
  }`;

/** Selections of different shapes: the read must fetch what each needs, and nothing breaks. */
const SHAPES = [
  FIELDS,
  'progress',
  'overdueMilestones { id }',
  'priorities { actions { id } }',
  'priorities { number actions { ref milestones { title } } }',
  'priorities { actions { ref latestUpdate { commentary } } }',
  'owner { name } priorities { progress }',
  'a: progress b: priorities { c: actions { d: ref e: overdue } } ...F',
];

describe('look-ahead plan read', () => {
  let t: TestApp;
  let slug: string;
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let admin: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    t = await startTestApp();
    const partners = [await makePartner(t.prisma), await makePartner(t.prisma), await makePartner(t.prisma)];
    const { plan } = await makePlan(t.prisma, { priorities: 3, actionsPer: 12, partners });
    slug = plan.slug;
    const actions = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      include: { priority: true, milestones: true },
    });
    const ref = (r: string) => actions.find((a) => a.ref === r)!;
    // What the rules tell apart: archived and unpublished actions, an archived priority and an
    // archived milestone, completed and cancelled work, weights, a late action, several reports.
    await t.prisma.priority.update({
      where: { id: ref('3.1').priorityId },
      data: { archivedAt: new Date() },
    });
    await t.prisma.action.update({ where: { id: ref('1.2').id }, data: { archivedAt: new Date() } });
    await t.prisma.action.update({
      where: { id: ref('1.3').id },
      data: { published: false, description: 'Internal', ragReason: 'Because' },
    });
    await t.prisma.action.update({
      where: { id: ref('1.4').id },
      data: { status: 'COMPLETED', progress: 100 },
    });
    await t.prisma.action.update({ where: { id: ref('1.5').id }, data: { status: 'CANCELLED', weight: 5 } });
    await t.prisma.action.update({
      where: { id: ref('2.10').id },
      data: { dueDate: daysFromToday(-10), weight: 3, publicSummary: 'For residents' },
    });
    await t.prisma.milestone.update({
      where: { id: ref('1.1').milestones[0].id },
      data: { archivedAt: new Date() },
    });
    await t.prisma.milestone.update({
      where: { id: ref('2.2').milestones[0].id },
      data: { completedOn: daysFromToday(-1), evidence: 'Minutes of the meeting' },
    });
    for (const [i, r] of ['1.1', '1.1', '1.1', '2.3', '1.3'].entries()) {
      await t.prisma.actionUpdate.create({
        data: {
          actionId: ref(r).id,
          version: i + 1,
          status: 'IN_PROGRESS',
          rag: 'GREEN',
          suggestedRag: 'GREEN',
          progress: 10 * (i + 1),
          commentary: `Report ${i + 1}`,
          authorEmail: 'someone@example.org',
          via: 'WEB',
        },
      });
    }
    lead = await signedIn(t, 'PARTNER_LEAD', partners[1].id);
    admin = await signedIn(t, 'ADMIN', partners[0].id);
  });
  afterAll(() => t.close());

  const viewers = () =>
    [
      ['the public', t.agent()],
      ['a partner lead', lead.agent],
      ['an admin', admin.agent],
    ] as const;

  it('answers as the resolvers do, for every viewer and every shape of query', async () => {
    for (const [who, agent] of viewers()) {
      for (const shape of SHAPES) {
        const fragment = shape.includes('...F') ? 'fragment F on Plan { priorities { id progress } }' : '';
        const one = await gql<{ plan: unknown }>(
          agent,
          `query($slug: String!) { plan(slug: $slug) { slug ${shape} } } ${fragment}`,
          { slug },
        );
        const all = await gql<{ plans: { slug: string }[] }>(
          agent,
          `{ plans { slug ${shape} } } ${fragment}`,
        );
        expect({ who, shape, errors: one.errors ?? all.errors }).toEqual({ who, shape, errors: undefined });
        const listed = all.data!.plans.find((p) => p.slug === slug);
        expect({ who, shape, plan: one.data!.plan }).toEqual({ who, shape, plan: listed });
      }
    }
  });

  it('shows each viewer what the visibility rules allow, worked out ahead', async () => {
    const answer = async (agent: ReturnType<TestApp['agent']>) =>
      (await gql<{ plan: any }>(agent, `query($slug: String!) { plan(slug: $slug) { ${FIELDS} } }`, { slug }))
        .data!.plan;
    const open = await answer(admin.agent);
    const pub = await answer(t.agent());
    const refs = (p: any) => p.priorities.flatMap((x: any) => x.actions.map((a: any) => a.ref));
    // The archived priority and action are nobody's; the unpublished one is not the public's.
    expect(open.priorities.map((p: any) => p.number)).toEqual([1, 2]);
    expect(refs(open)).not.toContain('1.2');
    expect(refs(open)).toContain('1.3');
    expect(refs(pub)).not.toContain('1.3');
    expect(open.actionCount).toBe(23);
    expect(pub.actionCount).toBe(22);
    // Reference order, 2.10 after 2.9.
    expect(refs(open).slice(-3)).toEqual(['2.10', '2.11', '2.12']);
    // The newest report of each action, and none for the public.
    const action = (p: any, r: string) =>
      p.priorities.flatMap((x: any) => x.actions).find((a: any) => a.ref === r);
    expect(action(open, '1.1').latestUpdate.commentary).toBe('Report 3');
    expect(action(pub, '1.1').latestUpdate).toBeNull();
    expect(action(open, '2.2').milestones.find((m: any) => m.completedOn).evidence).toBe(
      'Minutes of the meeting',
    );
    expect(action(pub, '2.2').milestones.find((m: any) => m.completedOn).evidence).toBeNull();
    expect(action(open, '1.1').milestones).toHaveLength(1);
    expect(action(open, '2.10').overdue).toBe(true);
    // Supporting partners by name.
    for (const a of open.priorities.flatMap((x: any) => x.actions)) {
      const names = a.supportingPartners.map((p: any) => p.name);
      expect(names).toEqual([...names].sort((x: string, y: string) => x.localeCompare(y)));
    }
  });

  it('reads the whole dashboard in a fixed number of statements, however many fields it asks', async () => {
    const before = t.prisma.statementCount;
    const res = await gql(admin.agent, `query($slug: String!) { plan(slug: $slug) { ${FIELDS} } }`, { slug });
    expect(res.errors).toBeUndefined();
    // The session, the plan, its tree; then what the tree does not cover (canEdit's own checks,
    // suggestedRag's and stale's plan rules) comes from the primed loaders or one batch each.
    expect(t.prisma.statementCount - before).toBeLessThanOrEqual(6);
  });

  it('leaves plain fields without a resolver, so compiled queries read them inline', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const fields = (schema.getType('Milestone') as GraphQLObjectType).getFields();
    // Nest's own resolver that only reads the property is gone; real resolvers stay.
    expect(fields.title.resolve).toBeUndefined();
    expect(fields.dueDate.resolve).toBeUndefined();
    expect(fields.overdue.resolve).toBeInstanceOf(Function);
    expect(fields.evidence.resolve).toBeInstanceOf(Function);
  });

  it('reads the tree only when the query asks for something in it, in one statement', async () => {
    const statements = async (selection: string) => {
      const before = t.prisma.statementCount;
      const res = await gql(admin.agent, `query($slug: String!) { plan(slug: $slug) { ${selection} } }`, {
        slug,
      });
      expect(res.errors).toBeUndefined();
      return t.prisma.statementCount - before;
    };
    const plain = await statements('title');
    expect(await statements('title summary status')).toBe(plain);
    expect(await statements('title owner { name }')).toBe(plain + 1);
    expect(await statements('title progress')).toBe(plain + 1);
    expect(await statements('title priorities { actions { ref milestones { title } } }')).toBe(plain + 1);
    expect(
      await statements(
        'owner { name } priorities { actions { leadPartner { name } supportingPartners { name } latestUpdate { id } } }',
      ),
    ).toBe(plain + 1);
  });
});
