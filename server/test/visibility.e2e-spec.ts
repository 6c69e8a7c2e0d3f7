import type { Role } from '../src/generated/prisma/enums.js';
import { ANONYMOUS, type Viewer } from '../src/common/auth/viewer.js';
import { actionVisibility, indicatorVisibility, planVisibility } from '../src/common/auth/visibility.js';
import { makePartner, makePlan } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each rule of who may see what is a predicate and a query filter (common/auth/visibility.ts).
// For every kind of viewer, over records covering every case, the two must pick the same records.

const user = (role: Role, partnerId: string): Viewer => ({
  user: { id: `u-${role}`, email: `${role}@example.org`, name: role, role, partnerId, sessionId: 's' },
});

describe('who may see what: the predicate and the query filter agree', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('for plans, actions and indicators, for every role, update-link holders and the public', async () => {
    const partner = await makePartner(t.prisma);
    const archivedAt = new Date('2026-01-01T00:00:00Z');
    const plans = [];
    for (const status of ['DRAFT', 'ACTIVE', 'CLOSED'] as const) {
      for (const archived of [false, true]) {
        const { plan } = await makePlan(t.prisma, {
          status,
          priorities: 2,
          actionsPer: 3,
          partners: [partner],
        });
        plans.push(
          archived ? await t.prisma.plan.update({ where: { id: plan.id }, data: { archivedAt } }) : plan,
        );
      }
    }
    const planIds = plans.map((p) => p.id);
    // In every plan: the second priority archived; actions published, unpublished and archived.
    await t.prisma.priority.updateMany({
      where: { planId: { in: planIds }, number: 2 },
      data: { archivedAt },
    });
    const all = await t.prisma.action.findMany({ where: { priority: { planId: { in: planIds } } } });
    await t.prisma.action.updateMany({
      where: { id: { in: all.filter((a) => a.ref.endsWith('.2')).map((a) => a.id) } },
      data: { published: false },
    });
    await t.prisma.action.updateMany({
      where: { id: { in: all.filter((a) => a.ref.endsWith('.3')).map((a) => a.id) } },
      data: { archivedAt },
    });
    const indicators = [];
    for (const [published, archived] of [
      [true, false],
      [false, false],
      [true, true],
    ] as const) {
      indicators.push(
        await t.prisma.indicator.create({
          data: {
            name: `Indicator ${published} ${archived}`,
            definition: 'What is counted',
            dataSource: 'Force data',
            unit: 'COUNT',
            direction: 'LOWER_IS_BETTER',
            baselineLabel: '2023/24',
            baselineValue: 10,
            frequency: 'QUARTER',
            published,
            archivedAt: archived ? archivedAt : null,
          },
        }),
      );
    }

    const viewers: [string, Viewer][] = [
      ['the public', ANONYMOUS],
      [
        'an update-link holder',
        {
          user: null,
          link: { linkId: 'l', email: 'contact@example.org', partnerId: partner.id, expiresAt: archivedAt },
        },
      ],
      ...(['ADMIN', 'PARTNER_LEAD', 'PARTNER_EDITOR', 'PANEL_VIEWER'] as const).map(
        (role) => [role, user(role, partner.id)] as [string, Viewer],
      ),
    ];
    const actions = await t.prisma.action.findMany({
      where: { priority: { planId: { in: planIds } } },
      include: { priority: { include: { plan: true } } },
    });
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const seen: Record<string, number[]> = {};
    for (const [who, viewer] of viewers) {
      const plansByFilter = await t.prisma.plan.findMany({
        where: { AND: [planVisibility.where(viewer), { id: { in: planIds } }] },
      });
      expect({ who, plans: ids(plansByFilter) }).toEqual({
        who,
        plans: ids(plans.filter((p) => planVisibility.canSee(viewer, p))),
      });

      const actionsByFilter = await t.prisma.action.findMany({
        where: { AND: [actionVisibility.where(viewer), { priority: { planId: { in: planIds } } }] },
      });
      expect({ who, actions: ids(actionsByFilter) }).toEqual({
        who,
        actions: ids(actions.filter((a) => actionVisibility.canSee(viewer, a, a.priority, a.priority.plan))),
      });

      const indicatorIds = indicators.map((i) => i.id);
      const indicatorsByFilter = await t.prisma.indicator.findMany({
        where: { AND: [indicatorVisibility.where(viewer), { id: { in: indicatorIds } }] },
      });
      expect({ who, indicators: ids(indicatorsByFilter) }).toEqual({
        who,
        indicators: ids(indicators.filter((i) => indicatorVisibility.canSee(viewer, i))),
      });
      seen[who] = [plansByFilter.length, actionsByFilter.length, indicatorsByFilter.length];
    }
    // The cases differ: otherwise agreement would prove little.
    expect(seen).toEqual({
      'the public': [1, 1, 1],
      'an update-link holder': [1, 2, 1],
      ADMIN: [6, 6, 2],
      PARTNER_LEAD: [3, 6, 2],
      PARTNER_EDITOR: [3, 6, 2],
      PANEL_VIEWER: [3, 6, 2],
    });
  });
});
