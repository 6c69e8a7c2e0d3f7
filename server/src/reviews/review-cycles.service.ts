import { planVisibility } from '../common/auth/visibility.js';
import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { Plan, ReviewCycle } from '../generated/prisma/client.js';
import type { ReviewCycleStatus } from '../generated/prisma/enums.js';
import { AuditService } from '../audit/audit.service.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { todayInUk } from '@partnership-tracker/domain';
import { AppError, badInput, conflict, ErrorCode, notFound } from '../common/graphql/errors.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { quartersBetween, quarterOfYear, type Quarter } from '@partnership-tracker/domain';
import { LiveEventsService } from '../common/live/live-events.service.js';
import { actorNameOf, PlanEventKind, publishPlanEvent } from '../live/plan-events.js';
import { buildAgenda } from './agenda.js';
import { freezeCycle } from './freeze.js';
import type { Picture } from './picture.js';
import { PicturesService } from './pictures.service.js';
import type {
  CreateReviewCycleInput,
  MoveReviewCycleInput,
  ReorderAgendaInput,
  UpdateReviewCycleInput,
} from './reviews.inputs.js';
import { Clock } from '../common/clock.js';

const DAY_MS = 86_400_000;

const FORWARD: Partial<Record<ReviewCycleStatus, ReviewCycleStatus>> = {
  PLANNED: 'OPEN',
  OPEN: 'IN_REVIEW',
  IN_REVIEW: 'CLOSED',
};
const BACK: Partial<Record<ReviewCycleStatus, ReviewCycleStatus>> = { OPEN: 'PLANNED', IN_REVIEW: 'OPEN' };

export const quarterOfCycle = (c: Pick<ReviewCycle, 'financialYear' | 'quarter'>): Quarter =>
  quarterOfYear(c.financialYear, c.quarter as Quarter['quarter']);

/** Quarterly review cycles: their states, the closing freeze, and the meeting's agenda. */
@Injectable()
export class ReviewCyclesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly pictures: PicturesService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  private assertAdmin(
    viewer: Viewer,
    operation: 'createReviewCycle' | 'updateReviewCycle' | 'moveReviewCycle' | 'reorderAgenda',
  ) {
    requireAdmin(viewer, operation);
  }

  async planOf(viewer: Viewer, loaders: Loaders, planId: string): Promise<Plan> {
    const plan = await loaders.plan.load(planId);
    if (!plan || !planVisibility.canSee(viewer, plan)) throw notFound('The plan');
    return plan;
  }

  /** A cycle the viewer may see: any signed-in user, on a plan they can read. */
  async get(viewer: Viewer, loaders: Loaders, id: string): Promise<ReviewCycle> {
    this.pictures.assertCanRead(viewer);
    const cycle = await this.prisma.reviewCycle.findUnique({ where: { id } });
    if (!cycle) throw notFound('The review cycle');
    await this.planOf(viewer, loaders, cycle.planId);
    return cycle;
  }

  async list(viewer: Viewer, loaders: Loaders, planId: string): Promise<ReviewCycle[]> {
    this.pictures.assertCanRead(viewer);
    await this.planOf(viewer, loaders, planId);
    return this.prisma.reviewCycle.findMany({
      where: { planId },
      orderBy: [{ financialYear: 'desc' }, { quarter: 'desc' }],
    });
  }

  /** Who closed a review, as people read it: their name, or the email kept if the account has gone. */
  async closedByName(cycle: Pick<ReviewCycle, 'closedByEmail'>): Promise<string | null> {
    if (!cycle.closedByEmail) return null;
    const user = await this.prisma.user.findUnique({
      where: { email: cycle.closedByEmail },
      select: { name: true },
    });
    return user?.name ?? cycle.closedByEmail;
  }

  canMoveTo(viewer: Viewer, cycle: ReviewCycle): ReviewCycleStatus[] {
    if (!isAdmin(viewer)) return [];
    return [FORWARD[cycle.status], BACK[cycle.status]].filter((s): s is ReviewCycleStatus => !!s);
  }

  private checkWindow(opensOn: Date, deadline: Date, quarter: Quarter) {
    const fields = [];
    if (deadline < opensOn)
      fields.push({ field: 'deadline', message: 'The deadline must be on or after the opening date' });
    // The window may run into the following quarter, when the last month's figures come in.
    if (deadline.getTime() > quarter.end.getTime() + 92 * DAY_MS) {
      fields.push({
        field: 'deadline',
        message: `The deadline must be within 3 months of the end of ${quarter.label}`,
      });
    }
    if (fields.length) throw badInput(fields);
  }

  async create(viewer: Viewer, loaders: Loaders, input: CreateReviewCycleInput): Promise<ReviewCycle> {
    this.assertAdmin(viewer, 'createReviewCycle');
    const plan = await this.planOf(viewer, loaders, input.planId);
    if (plan.archivedAt) throw badInput([{ field: 'planId', message: 'The plan is archived' }]);
    const quarter = this.pictures.parseQuarter(input.quarter);
    if (!quartersBetween(plan.startDate, plan.endDate).some((q) => q.label === quarter.label)) {
      throw badInput([{ field: 'quarter', message: `${quarter.label} is outside the plan's period` }]);
    }
    const opensOn =
      input.opensOn ?? new Date(Date.UTC(quarter.end.getUTCFullYear(), quarter.end.getUTCMonth(), 1));
    const deadline = input.deadline ?? quarter.end;
    this.checkWindow(opensOn, deadline, quarter);
    const existing = await this.prisma.reviewCycle.findUnique({
      where: {
        planId_financialYear_quarter: {
          planId: plan.id,
          financialYear: quarter.financialYear,
          quarter: quarter.quarter,
        },
      },
    });
    if (existing) throw conflict(`${quarter.label} already has a review cycle for this plan`);
    return this.audit.change(viewer, { operation: 'createReviewCycle', recordType: 'ReviewCycle' }, (tx) =>
      tx.reviewCycle.create({
        data: {
          planId: plan.id,
          financialYear: quarter.financialYear,
          quarter: quarter.quarter,
          opensOn,
          deadline,
          meetingOn: input.meetingOn ?? null,
        },
      }),
    );
  }

  /** Applies a change if the cycle is still at the expected version; CONFLICT otherwise. */
  private async guardedUpdate(
    viewer: Viewer,
    cycle: ReviewCycle,
    expectedVersion: number,
    operation: string,
    data: Partial<ReviewCycle>,
    also?: (
      tx: Parameters<Parameters<PrismaService['$transaction']>[0]>[0],
      saved: ReviewCycle,
    ) => Promise<void>,
  ): Promise<ReviewCycle> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.reviewCycle.updateMany({
        where: { id: cycle.id, version: expectedVersion, status: cycle.status },
        data: { ...data, version: { increment: 1 } } as object,
      });
      if (count === 0) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'Someone else changed this review after you opened it. Reload it and try again.',
        );
      }
      const saved = await tx.reviewCycle.findUniqueOrThrow({ where: { id: cycle.id } });
      if (also) await also(tx, saved);
      await this.audit.recordChange(tx, viewer, {
        operation,
        recordType: 'ReviewCycle',
        recordId: cycle.id,
        before: cycle,
        after: saved,
      });
      return saved;
    });
  }

  async update(viewer: Viewer, loaders: Loaders, input: UpdateReviewCycleInput): Promise<ReviewCycle> {
    this.assertAdmin(viewer, 'updateReviewCycle');
    const cycle = await this.get(viewer, loaders, input.id);
    if (cycle.status === 'CLOSED')
      throw badInput([{ field: 'id', message: 'A closed review cannot change' }]);
    const opensOn = input.opensOn ?? cycle.opensOn;
    const deadline = input.deadline ?? cycle.deadline;
    this.checkWindow(opensOn, deadline, quarterOfCycle(cycle));
    const data: Partial<ReviewCycle> = { opensOn, deadline };
    if (input.meetingOn !== undefined) data.meetingOn = input.meetingOn;
    return this.guardedUpdate(viewer, cycle, input.expectedVersion, 'updateReviewCycle', data);
  }

  /** What closing would freeze: shown on the confirmation page, and asked for again by `move`. */
  async closingCheck(cycle: ReviewCycle, plan: Plan) {
    const picture = await this.picture(cycle, plan);
    const open = picture.actions.filter((a) => a.status !== 'COMPLETED' && a.status !== 'CANCELLED');
    const missing = open.filter((a) => !a.updatedThisQuarter);
    return {
      actionCount: picture.actions.length,
      actionsWithoutUpdate: missing.length,
      refsWithoutUpdate: missing.map((a) => a.ref),
      openChallenges: picture.actions.filter((a) => a.openChallenge).length,
    };
  }

  async move(viewer: Viewer, loaders: Loaders, input: MoveReviewCycleInput): Promise<ReviewCycle> {
    this.assertAdmin(viewer, 'moveReviewCycle');
    const cycle = await this.get(viewer, loaders, input.id);
    if (cycle.status === 'CLOSED') {
      throw badInput([{ field: 'to', message: 'A closed review is frozen and cannot move' }]);
    }
    if (FORWARD[cycle.status] !== input.to && BACK[cycle.status] !== input.to) {
      const allowed = this.canMoveTo(viewer, cycle).join(' or ');
      throw badInput([
        { field: 'to', message: `A review that is ${cycle.status} can move to ${allowed} only` },
      ]);
    }
    const plan = await this.planOf(viewer, loaders, cycle.planId);
    let saved: ReviewCycle;
    if (input.to === 'CLOSED') {
      if (!input.confirm) {
        const check = await this.closingCheck(cycle, plan);
        throw badInput(
          [
            {
              field: 'confirm',
              message: `Confirm closing ${quarterOfCycle(cycle).label}: ${check.actionsWithoutUpdate} of ${check.actionCount} actions have no update this quarter. Closing freezes the quarter for good.`,
            },
          ],
          'Closing needs confirmation',
        );
      }
      const closedAt = this.clock.now();
      const email = viewer.user!.email;
      saved = await this.guardedUpdate(
        viewer,
        cycle,
        input.expectedVersion,
        'closeReviewCycle',
        { status: 'CLOSED', closedAt, closedByEmail: email },
        async (tx, row) => {
          await freezeCycle(tx, row, plan, { email, closedAt, asAt: null, judgedOn: todayInUk(closedAt) });
        },
      );
    } else {
      saved = await this.guardedUpdate(viewer, cycle, input.expectedVersion, 'moveReviewCycle', {
        status: input.to,
      });
    }
    await publishPlanEvent(this.live, {
      kind: PlanEventKind.CYCLE_STATUS_CHANGED,
      planId: cycle.planId,
      cycleId: cycle.id,
      actorName: actorNameOf(viewer),
    });
    return saved;
  }

  /** The cycle's frozen snapshot; null until it closes. */
  frozen(cycle: ReviewCycle) {
    return this.prisma.quarterSnapshot.findUnique({ where: { cycleId: cycle.id } });
  }

  /** The cycle's picture: frozen once closed, live before. */
  async picture(cycle: ReviewCycle, plan: Plan): Promise<Picture> {
    const snapshot = cycle.status === 'CLOSED' ? await this.frozen(cycle) : null;
    return snapshot ? (snapshot.data as unknown as Picture) : this.pictures.live(plan, cycle);
  }

  async agenda(cycle: ReviewCycle, plan: Plan) {
    const [picture, previous] = await Promise.all([
      this.picture(cycle, plan),
      this.pictures.previousFrozen(plan.id, quarterOfCycle(cycle)),
    ]);
    return buildAgenda(picture, previous, orderOf(cycle));
  }

  async reorderAgenda(viewer: Viewer, loaders: Loaders, input: ReorderAgendaInput): Promise<ReviewCycle> {
    this.assertAdmin(viewer, 'reorderAgenda');
    const cycle = await this.get(viewer, loaders, input.cycleId);
    if (cycle.status === 'CLOSED')
      throw badInput([{ field: 'cycleId', message: 'A closed review cannot change' }]);
    const ids = [...new Set(input.actionIds)];
    const known = await this.prisma.action.count({
      where: { id: { in: ids }, priority: { planId: cycle.planId } },
    });
    if (known !== ids.length) {
      throw badInput([{ field: 'actionIds', message: "Every action must belong to the review's plan" }]);
    }
    const saved = await this.audit.change(
      viewer,
      { operation: 'reorderAgenda', recordType: 'ReviewCycle', before: { agendaOrder: orderOf(cycle) } },
      async (tx) => {
        const row = await tx.reviewCycle.update({ where: { id: cycle.id }, data: { agendaOrder: ids } });
        return { ...row, agendaOrder: ids };
      },
    );
    await publishPlanEvent(this.live, {
      kind: PlanEventKind.AGENDA_REORDERED,
      planId: cycle.planId,
      cycleId: cycle.id,
      actorName: actorNameOf(viewer),
    });
    return saved;
  }
}

export const orderOf = (cycle: Pick<ReviewCycle, 'agendaOrder'>): string[] =>
  Array.isArray(cycle.agendaOrder) ? (cycle.agendaOrder as string[]) : [];
