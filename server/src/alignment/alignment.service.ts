import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { isOwnPlanContribution, OWN_PLAN_MESSAGE } from '@partnership-tracker/domain';
import type { Action, ActionContribution, Plan, Priority } from '../generated/prisma/client.js';
import { ActionsService } from '../actions/actions.service.js';
import { AuditService } from '../audit/audit.service.js';
import { requireAdmin } from '../common/auth/access.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { planVisibility } from '../common/auth/visibility.js';
import { Clock } from '../common/clock.js';
import { notFound } from '../common/graphql/errors.js';
import { AccessReason, ContributionReason, failure } from '../common/graphql/error-reasons.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { compareRefs } from '../actions/action-ref.js';
import { rollup } from '../plans/rollup.js';
import { contributionVisibility } from './contribution-visibility.js';
import type {
  AddContributionInput,
  DecideContributionInput,
  UpdateContributionInput,
} from './contribution.inputs.js';

type WithEnds = ActionContribution & {
  action: Action & { priority: Priority & { plan: Plan } };
  priority: Priority & { plan: Plan };
};

const ENDS = {
  action: { include: { priority: { include: { plan: true } } } },
  priority: { include: { plan: true } },
} as const;

/** Contributions in reading order: receiving plan, its priority, then the action's plan and reference. */
function inOrder<C extends WithEnds>(rows: C[]): C[] {
  return rows.sort(
    (a, b) =>
      a.priority.plan.title.localeCompare(b.priority.plan.title) ||
      a.priority.number - b.priority.number ||
      a.action.priority.plan.title.localeCompare(b.action.priority.plan.title) ||
      a.action.priority.number - b.action.priority.number ||
      compareRefs(a.action.ref, b.action.ref),
  );
}

/** Rows grouped by a key, in the order of the keys asked for (a DataLoader's answer). */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** The request's own loaders of contributions, kept beside its Loaders (one set per request). */
interface ContributionLoaders {
  byAction: DataLoader<string, WithEnds[]>;
  agreedByPriority: DataLoader<string, WithEnds[]>;
}

@Injectable()
export class AlignmentService {
  private readonly perRequest = new WeakMap<Loaders, ContributionLoaders>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly actions: ActionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The partner of each proposer, to show proposals to their organisation. */
  private async proposerPartners(rows: ActionContribution[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.proposedById).filter((id): id is string => !!id))];
    if (!ids.length) return new Map();
    const users = await this.prisma.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, partnerId: true },
    });
    return new Map(users.map((u) => [u.id, u.partnerId]));
  }

  private canSee(viewer: Viewer, c: WithEnds, partners: Map<string, string>): boolean {
    return contributionVisibility.canSee(viewer, {
      status: c.status,
      archivedAt: c.archivedAt,
      proposerPartnerId: c.proposedById ? (partners.get(c.proposedById) ?? null) : null,
      action: c.action,
      actionPriority: c.action.priority,
      actionPlan: c.action.priority.plan,
      priority: c.priority,
      plan: c.priority.plan,
    });
  }

  /**
   * Per request, like the Loaders it is kept beside: a page listing many actions or priorities
   * asks for their contributions in one statement per level, never one per record.
   */
  private loadersOf(viewer: Viewer, loaders: Loaders): ContributionLoaders {
    const existing = this.perRequest.get(loaders);
    if (existing) return existing;
    const made: ContributionLoaders = {
      byAction: new DataLoader(async (actionIds) => {
        const rows = await this.prisma.actionContribution.findMany({
          where: { actionId: { in: [...actionIds] }, archivedAt: null },
          include: ENDS,
        });
        const partners = await this.proposerPartners(rows);
        const visible = inOrder(rows.filter((c) => this.canSee(viewer, c, partners)));
        return groupBy(actionIds, visible, (c) => c.actionId);
      }),
      agreedByPriority: new DataLoader(async (priorityIds) => {
        const rows = await this.prisma.actionContribution.findMany({
          where: {
            AND: [contributionVisibility.agreedWhere(viewer), { priorityId: { in: [...priorityIds] } }],
          },
          include: ENDS,
        });
        return groupBy(priorityIds, inOrder(rows), (c) => c.priorityId);
      }),
    };
    this.perRequest.set(loaders, made);
    return made;
  }

  /** What an action contributes to: agreed links, and proposals for those who may see them. */
  forAction(viewer: Viewer, loaders: Loaders, actionId: string): Promise<WithEnds[]> {
    return this.loadersOf(viewer, loaders).byAction.load(actionId);
  }

  /** The agreed contributions the viewer may see to a priority, in reading order. */
  agreedTo(viewer: Viewer, loaders: Loaders, priorityId: string): Promise<WithEnds[]> {
    return this.loadersOf(viewer, loaders).agreedByPriority.load(priorityId);
  }

  /** Contributing actions rolled up by the rule a priority's own actions use (plans/rollup.ts). */
  rollupOf(contributions: { action: Action }[]) {
    const actions = [...new Map(contributions.map((c) => [c.action.id, c.action])).values()];
    return rollup(actions, this.clock.today());
  }

  /** A plan's priorities' agreed contributions, grouped by the plan that delivers them. */
  async deliveredThrough(viewer: Viewer, loaders: Loaders, planId: string) {
    const priorities = await loaders.prioritiesByPlan.load(planId);
    const byPriority = await this.loadersOf(viewer, loaders).agreedByPriority.loadMany(
      priorities.map((p) => p.id),
    );
    const rows = inOrder(byPriority.flatMap((r) => (r instanceof Error ? [] : r)));
    const byPlan = new Map<string, { plan: Plan; contributions: WithEnds[] }>();
    for (const c of rows) {
      const plan = c.action.priority.plan;
      const group = byPlan.get(plan.id) ?? { plan, contributions: [] };
      group.contributions.push(c);
      byPlan.set(plan.id, group);
    }
    return [...byPlan.values()]
      .sort((a, b) => a.plan.title.localeCompare(b.plan.title))
      .map((g) => ({ ...g, rollup: this.rollupOf(g.contributions) }));
  }

  /** A live contribution, for an admin's change; NOT_FOUND when it is gone. */
  private async live(id: string): Promise<WithEnds> {
    const c = await this.prisma.actionContribution.findUnique({ where: { id }, include: ENDS });
    if (!c || c.archivedAt) throw notFound('The contribution');
    return c;
  }

  /**
   * The action, when the viewer may propose for it (admins may link any action). An archived
   * action is named as such to those who could work on it, and not found for anyone else.
   */
  private async actionFor(viewer: Viewer, loaders: Loaders, actionId: string) {
    const raw = await this.prisma.action.findUnique({
      where: { id: actionId },
      include: { priority: { include: { plan: true } } },
    });
    const mayWork = raw && (isAdmin(viewer) || (await this.actions.canWorkOn(viewer, loaders, raw)));
    if (raw && mayWork && (raw.archivedAt || raw.priority.archivedAt)) {
      throw failure(ContributionReason.ARCHIVED, 'This action is archived: it cannot contribute to a plan', {
        fields: [{ field: 'actionId', message: 'This action is archived' }],
      });
    }
    const action = await this.actions.get(viewer, loaders, actionId);
    if (!mayWork) {
      throw failure(
        AccessReason.NOT_YOUR_ACTION,
        'You can only propose links for actions your organisation leads or supports',
      );
    }
    return { ...action, plan: raw.priority.plan };
  }

  /** The receiving priority: one of a plan the viewer may see, live, and not the action's own plan. */
  private async receivingPriority(viewer: Viewer, priorityId: string, actionPlanId: string) {
    const priority = await this.prisma.priority.findUnique({
      where: { id: priorityId },
      include: { plan: true },
    });
    if (!priority || !planVisibility.canSee(viewer, priority.plan)) throw notFound('The priority');
    if (isOwnPlanContribution(actionPlanId, priority.planId)) {
      throw failure(ContributionReason.OWN_PLAN, OWN_PLAN_MESSAGE, {
        fields: [{ field: 'priorityId', message: OWN_PLAN_MESSAGE }],
      });
    }
    if (priority.archivedAt || priority.plan.archivedAt) {
      const message = 'That priority is archived: choose a live priority';
      throw failure(ContributionReason.ARCHIVED, message, { fields: [{ field: 'priorityId', message }] });
    }
    return priority;
  }

  /**
   * Admins link an action to another plan's priority, agreed at once; partners who may work on
   * the action propose one, for the Commissioner's team to agree. A link that was removed or
   * declined is made again on the same record, so its history stays in one place.
   */
  async add(viewer: Viewer, loaders: Loaders, input: AddContributionInput): Promise<ActionContribution> {
    const action = await this.actionFor(viewer, loaders, input.actionId);
    const priority = await this.receivingPriority(viewer, input.priorityId, action.plan.id);
    const existing = await this.prisma.actionContribution.findUnique({
      where: { actionId_priorityId: { actionId: action.id, priorityId: priority.id } },
    });
    if (existing && !existing.archivedAt && existing.status !== 'DECLINED') {
      const message =
        existing.status === 'AGREED'
          ? `This action already contributes to priority ${priority.number} of ${priority.plan.title}`
          : `A link from this action to priority ${priority.number} of ${priority.plan.title} is already proposed`;
      throw failure(ContributionReason.EXISTS, message, { fields: [{ field: 'priorityId', message }] });
    }
    const user = viewer.user!;
    const now = this.clock.now();
    const agreed = isAdmin(viewer);
    const values = {
      outcome: input.outcome ?? null,
      how: input.how ?? null,
      status: agreed ? ('AGREED' as const) : ('PROPOSED' as const),
      proposedById: user.id,
      proposedByEmail: user.email,
      decidedById: agreed ? user.id : null,
      decidedByEmail: agreed ? user.email : null,
      decidedAt: agreed ? now : null,
      archivedAt: null,
    };
    return this.audit.change(
      viewer,
      {
        operation: 'addContribution',
        recordType: 'ActionContribution',
        before: existing,
        actionId: (c) => c.actionId,
      },
      (tx) =>
        existing
          ? tx.actionContribution.update({
              where: { id: existing.id },
              data: { ...values, version: { increment: 1 } },
            })
          : tx.actionContribution.create({
              data: { ...values, actionId: action.id, priorityId: priority.id },
            }),
    );
  }

  async update(viewer: Viewer, input: UpdateContributionInput): Promise<ActionContribution> {
    requireAdmin(viewer, 'updateContribution');
    const { id, ...changes } = input;
    const before = await this.live(id);
    return this.audit.change(
      viewer,
      {
        operation: 'updateContribution',
        recordType: 'ActionContribution',
        before,
        actionId: (c) => c.actionId,
      },
      (tx) =>
        tx.actionContribution.update({
          where: { id },
          data: {
            ...(changes.outcome !== undefined ? { outcome: changes.outcome } : {}),
            ...(changes.how !== undefined ? { how: changes.how } : {}),
            version: { increment: 1 },
          },
        }),
    );
  }

  async decide(viewer: Viewer, input: DecideContributionInput): Promise<ActionContribution> {
    requireAdmin(viewer, 'decideContribution');
    const before = await this.live(input.id);
    if (before.status !== 'PROPOSED') {
      throw failure(
        ContributionReason.NOT_PROPOSED,
        `This link is already ${before.status === 'AGREED' ? 'agreed' : 'declined'}`,
      );
    }
    if (
      input.agree &&
      (before.action.archivedAt || before.priority.archivedAt || before.priority.plan.archivedAt)
    ) {
      throw failure(
        ContributionReason.ARCHIVED,
        'The action or the priority is archived: decline the proposal',
      );
    }
    const user = viewer.user!;
    return this.audit.change(
      viewer,
      {
        operation: 'decideContribution',
        recordType: 'ActionContribution',
        before,
        actionId: (c) => c.actionId,
      },
      (tx) =>
        tx.actionContribution.update({
          where: { id: input.id },
          data: {
            status: input.agree ? 'AGREED' : 'DECLINED',
            decidedById: user.id,
            decidedByEmail: user.email,
            decidedAt: this.clock.now(),
            version: { increment: 1 },
          },
        }),
    );
  }

  async archive(viewer: Viewer, id: string): Promise<ActionContribution> {
    requireAdmin(viewer, 'archiveContribution');
    const before = await this.live(id);
    return this.audit.change(
      viewer,
      {
        operation: 'archiveContribution',
        recordType: 'ActionContribution',
        before,
        actionId: (c) => c.actionId,
      },
      (tx) =>
        tx.actionContribution.update({
          where: { id },
          data: { archivedAt: this.clock.now(), version: { increment: 1 } },
        }),
    );
  }
}
