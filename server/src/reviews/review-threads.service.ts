import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { FollowUp, ReviewCycle, ReviewEntry } from '../generated/prisma/client.js';
import { ActionsService } from '../actions/actions.service.js';
import { AuditService, type Tx } from '../audit/audit.service.js';
import { isAdmin, isSignedIn } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import {
  AppError,
  badInput,
  ErrorCode,
  forbidden,
  notFound,
  unauthenticated,
} from '../common/graphql/errors.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { LiveEventsService } from '../common/live/live-events.service.js';
import { actorNameOf, PlanEventKind, publishPlanEvent } from '../live/plan-events.js';
import { threadState } from './picture.js';
import { ReviewCyclesService } from './review-cycles.service.js';
import { Clock } from '../common/clock.js';
import type {
  AddFollowUpInput,
  NewFollowUpInput,
  RecordReviewDecisionInput,
  RespondToReviewInput,
  UpdateFollowUpInput,
} from './reviews.inputs.js';

export interface ReviewThread {
  actionId: string;
  cycleId: string;
  decision: ReviewEntry['decision'];
  escalatedTo: ReviewEntry['escalatedTo'];
  openChallenge: boolean;
  entries: ReviewEntry[];
  followUps: FollowUp[];
}

function thread(
  cycleId: string,
  actionId: string,
  entries: ReviewEntry[],
  followUps: FollowUp[],
): ReviewThread {
  return { cycleId, actionId, ...threadState(entries), entries, followUps };
}

/** Review notes, decisions, partners' responses and follow-ups. */
@Injectable()
export class ReviewThreadsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly actions: ActionsService,
    private readonly cycles: ReviewCyclesService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  /** The cycle and action, checked to belong together and to be open for notes. */
  private async cycleAndAction(viewer: Viewer, loaders: Loaders, cycleId: string, actionId: string) {
    const cycle = await this.cycles.get(viewer, loaders, cycleId);
    const action = await this.actions.get(viewer, loaders, actionId);
    const priority = await loaders.priority.load(action.priorityId);
    if (priority?.planId !== cycle.planId) {
      throw badInput([{ field: 'actionId', message: "The action is not in this review's plan" }]);
    }
    if (cycle.status === 'CLOSED') {
      throw badInput([{ field: 'cycleId', message: 'This review is closed: its quarter is frozen' }]);
    }
    return { cycle, action };
  }

  private author(viewer: Viewer) {
    if (viewer.user) {
      return {
        authorUserId: viewer.user.id,
        authorName: viewer.user.name,
        authorEmail: viewer.user.email,
        authorPartnerId: viewer.user.partnerId,
      };
    }
    const link = viewer.link!;
    return {
      authorUserId: null,
      authorName: link.email,
      authorEmail: link.email,
      authorPartnerId: link.partnerId,
    };
  }

  private async assertPartners(ids: string[], field: string) {
    const unique = [...new Set(ids)];
    const found = await this.prisma.partner.count({ where: { id: { in: unique }, archivedAt: null } });
    if (found !== unique.length) throw badInput([{ field, message: 'Choose a current partner' }]);
  }

  private followUpRows(cycleId: string, actionId: string, entryId: string | null, items: NewFollowUpInput[]) {
    return items.map((f) => ({
      cycleId,
      actionId,
      entryId,
      description: f.description,
      ownerPartnerId: f.ownerPartnerId,
      dueOn: f.dueOn,
    }));
  }

  async recordDecision(
    viewer: Viewer,
    loaders: Loaders,
    input: RecordReviewDecisionInput,
  ): Promise<ReviewThread> {
    requireAdmin(viewer, 'recordReviewDecision');
    const { cycle, action } = await this.cycleAndAction(viewer, loaders, input.cycleId, input.actionId);
    if (cycle.status === 'PLANNED') {
      throw badInput([{ field: 'cycleId', message: 'Open the review before recording decisions' }]);
    }
    const fields = [];
    if (input.decision === 'ESCALATED' && !input.escalatedTo) {
      fields.push({ field: 'escalatedTo', message: 'Choose where it is escalated to' });
    }
    if (input.decision !== 'ESCALATED' && input.escalatedTo) {
      fields.push({ field: 'escalatedTo', message: 'Only an escalation goes somewhere' });
    }
    if (input.decision === 'ACCEPTED_COMPLETE' && action.status !== 'COMPLETED') {
      fields.push({ field: 'decision', message: 'Only a completed action can be accepted as complete' });
    }
    if (fields.length) throw badInput(fields);
    const followUps = input.followUps ?? [];
    await this.assertPartners(
      followUps.map((f) => f.ownerPartnerId),
      'followUps',
    );
    await this.prisma.$transaction(async (tx) => {
      const entry = await tx.reviewEntry.create({
        data: {
          createdAt: this.clock.now(),
          cycleId: cycle.id,
          actionId: action.id,
          kind: 'DECISION',
          decision: input.decision,
          escalatedTo: input.escalatedTo ?? null,
          body: input.note,
          ...this.author(viewer),
        },
      });
      await tx.followUp.createMany({ data: this.followUpRows(cycle.id, action.id, entry.id, followUps) });
      await this.audit.recordChange(tx, viewer, {
        operation: 'recordReviewDecision',
        recordType: 'ReviewEntry',
        recordId: entry.id,
        actionId: action.id,
        after: {
          cycleId: cycle.id,
          decision: entry.decision,
          escalatedTo: entry.escalatedTo,
          note: entry.body,
          followUps,
        },
      });
    });
    await this.notify(viewer, cycle, action.id, PlanEventKind.REVIEW_NOTE_ADDED);
    return this.thread(cycle.id, action.id);
  }

  /** A partner answers a challenge on an action their organisation leads or supports. */
  async respond(viewer: Viewer, loaders: Loaders, input: RespondToReviewInput): Promise<ReviewThread> {
    const { cycle, action } = await this.cycleAndAction(viewer, loaders, input.cycleId, input.actionId);
    if (!(await this.actions.canWorkOn(viewer, loaders, action))) {
      throw forbidden('Only the partners working on this action can answer its review');
    }
    await this.prisma.$transaction(async (tx) => {
      const current = await this.threadIn(tx, cycle.id, action.id);
      if (!current.openChallenge) {
        throw badInput([{ field: 'actionId', message: 'There is no challenge waiting for an answer' }]);
      }
      const entry = await tx.reviewEntry.create({
        data: {
          createdAt: this.clock.now(),
          cycleId: cycle.id,
          actionId: action.id,
          kind: 'RESPONSE',
          body: input.response,
          ...this.author(viewer),
        },
      });
      await this.audit.recordChange(tx, viewer, {
        operation: 'respondToReview',
        recordType: 'ReviewEntry',
        recordId: entry.id,
        actionId: action.id,
        after: { cycleId: cycle.id, response: entry.body },
      });
    });
    await this.notify(viewer, cycle, action.id, PlanEventKind.REVIEW_NOTE_ADDED);
    return this.thread(cycle.id, action.id);
  }

  async addFollowUp(viewer: Viewer, loaders: Loaders, input: AddFollowUpInput): Promise<FollowUp> {
    requireAdmin(viewer, 'addFollowUp');
    const { cycle, action } = await this.cycleAndAction(viewer, loaders, input.cycleId, input.actionId);
    await this.assertPartners([input.ownerPartnerId], 'ownerPartnerId');
    const [row] = this.followUpRows(cycle.id, action.id, null, [input]);
    const saved = await this.audit.change<FollowUp>(
      viewer,
      { operation: 'addFollowUp', recordType: 'FollowUp', actionId: (f) => f.actionId },
      (tx) => tx.followUp.create({ data: row! }),
    );
    await this.notify(viewer, cycle, action.id, PlanEventKind.FOLLOW_UP_CHANGED);
    return saved;
  }

  /** The owner partner's staff mark a follow-up done; admins may change everything about it. */
  async updateFollowUp(viewer: Viewer, loaders: Loaders, input: UpdateFollowUpInput): Promise<FollowUp> {
    if (!isSignedIn(viewer)) throw unauthenticated();
    const followUp = await this.prisma.followUp.findUnique({ where: { id: input.id } });
    if (!followUp) throw notFound('The follow-up');
    const cycle = await this.cycles.get(viewer, loaders, followUp.cycleId);
    const user = viewer.user!;
    const owner = user.partnerId === followUp.ownerPartnerId && user.role !== 'PANEL_VIEWER';
    if (!isAdmin(viewer) && !owner) throw forbidden('Only the owning partner can update this follow-up');
    const { id: _id, expectedVersion, ...changes } = input;
    if (!isAdmin(viewer) && (changes.description || changes.ownerPartnerId || changes.dueOn)) {
      throw forbidden("Only the Commissioner's team can change a follow-up's description, owner or due date");
    }
    if (changes.ownerPartnerId) await this.assertPartners([changes.ownerPartnerId], 'ownerPartnerId');
    const saved = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.followUp.updateMany({
        where: { id: followUp.id, version: expectedVersion },
        data: { ...changes, version: { increment: 1 } },
      });
      if (count === 0) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'Someone else changed this follow-up. Reload it and try again.',
        );
      }
      const row = await tx.followUp.findUniqueOrThrow({ where: { id: followUp.id } });
      await this.audit.recordChange(tx, viewer, {
        operation: 'updateFollowUp',
        recordType: 'FollowUp',
        recordId: row.id,
        actionId: row.actionId,
        before: followUp,
        after: row,
      });
      return row;
    });
    await this.notify(viewer, cycle, followUp.actionId, PlanEventKind.FOLLOW_UP_CHANGED);
    return saved;
  }

  private async notify(viewer: Viewer, cycle: ReviewCycle, actionId: string, kind: PlanEventKind) {
    await publishPlanEvent(this.live, {
      kind,
      planId: cycle.planId,
      cycleId: cycle.id,
      actionId,
      actorName: actorNameOf(viewer),
    });
  }

  private async threadIn(db: Tx, cycleId: string, actionId: string): Promise<ReviewThread> {
    const [entries, followUps] = await Promise.all([
      db.reviewEntry.findMany({ where: { cycleId, actionId }, orderBy: { createdAt: 'asc' } }),
      db.followUp.findMany({
        where: { cycleId, actionId },
        orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
      }),
    ]);
    return thread(cycleId, actionId, entries, followUps);
  }

  thread(cycleId: string, actionId: string) {
    return this.threadIn(this.prisma, cycleId, actionId);
  }

  /** Every action's thread in a cycle that has any entry or follow-up, in two statements. */
  async threads(cycleId: string): Promise<ReviewThread[]> {
    const [entries, followUps] = await Promise.all([
      this.prisma.reviewEntry.findMany({ where: { cycleId }, orderBy: { createdAt: 'asc' } }),
      this.prisma.followUp.findMany({
        where: { cycleId },
        orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
      }),
    ]);
    const ids = [...new Set([...entries.map((e) => e.actionId), ...followUps.map((f) => f.actionId)])];
    return ids.map((id) =>
      thread(
        cycleId,
        id,
        entries.filter((e) => e.actionId === id),
        followUps.filter((f) => f.actionId === id),
      ),
    );
  }

  /**
   * What a partner must do after reviews: challenges on their organisation's actions still
   * waiting for an answer, and open follow-ups their organisation owns.
   */
  async tasksFor(viewer: Viewer) {
    if (!isSignedIn(viewer)) throw unauthenticated();
    const partnerId = viewer.user!.partnerId;
    const [followUps, challenged] = await Promise.all([
      this.prisma.followUp.findMany({
        where: { ownerPartnerId: partnerId, status: 'OPEN' },
        orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
      }),
      this.prisma.reviewEntry.findMany({
        where: {
          cycle: { status: { not: 'CLOSED' } },
          action: {
            archivedAt: null,
            OR: [{ leadPartnerId: partnerId }, { supporters: { some: { partnerId } } }],
          },
        },
        orderBy: { createdAt: 'asc' },
      }),
    ]);
    const byThread = new Map<string, ReviewEntry[]>();
    for (const e of challenged) {
      const key = `${e.cycleId}:${e.actionId}`;
      byThread.set(key, [...(byThread.get(key) ?? []), e]);
    }
    const challenges = [...byThread.values()]
      .map((entries) => thread(entries[0]!.cycleId, entries[0]!.actionId, entries, []))
      .filter((t) => t.openChallenge);
    return { followUps, challenges };
  }
}
