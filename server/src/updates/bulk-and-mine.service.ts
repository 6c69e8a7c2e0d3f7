import { actionVisibility } from '../common/auth/visibility.js';
import { canBulkUpdate } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { Action } from '../generated/prisma/client.js';
import { ActionsService } from '../actions/actions.service.js';
import { compareRefs } from '../actions/action-ref.js';
import { ActionWrites } from '../actions/action-writes.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound } from '../common/graphql/errors.js';
import { ActionReason, failure } from '../common/graphql/error-reasons.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { LiveEventsService } from '../common/live/live-events.service.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import {
  AMENDMENT_REQUIRED_MESSAGE,
  baselinedFieldsChanged,
  isBaselined,
  quarterOf,
  startOfQuarterInstant,
} from '@partnership-tracker/domain';
import { actorNameOf, PlanEventKind, publishPlanEvent } from '../live/plan-events.js';
import { isMilestoneOverdue } from '../plans/rollup.js';
import type { BulkUpdateActionsInput } from './bulk-update.input.js';
import { Clock } from '../common/clock.js';

const CLOSED = ['COMPLETED', 'CANCELLED'];

@Injectable()
export class BulkAndMineService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly actions: ActionsService,
    private readonly writes: ActionWrites,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  /** The viewer's organisation's actions (led or supported, in active plans), sorted by what needs doing. */
  async myActions(viewer: Viewer, loaders: Loaders) {
    const partnerId = viewer.user?.partnerId ?? viewer.link?.partnerId;
    if (!partnerId) return null;
    const partner = await loaders.partner.load(partnerId);
    if (!partner) throw notFound('The partner');
    const actions = await this.prisma.action.findMany({
      where: {
        AND: [
          actionVisibility.where(viewer),
          // Delivery happens in active plans: drafts and closed plans need no updates.
          { priority: { plan: { status: 'ACTIVE' } } },
          { OR: [{ leadPartnerId: partnerId }, { supporters: { some: { partnerId } } }] },
        ],
      },
      include: {
        milestones: { where: { archivedAt: null } },
        updates: { orderBy: { version: 'desc' }, take: 1 },
      },
    });
    const today = this.clock.today();
    const quarter = quarterOf(today);
    const groups = {
      overdueMilestones: [] as Action[],
      needsUpdate: [] as Action[],
      upToDate: [] as Action[],
    };
    for (const { milestones, updates, ...action } of actions.sort((a, b) => compareRefs(a.ref, b.ref))) {
      const open = !CLOSED.includes(action.status);
      if (open && milestones.some((m) => isMilestoneOverdue(m, today))) groups.overdueMilestones.push(action);
      else if (open && !(updates[0] && updates[0].createdAt >= startOfQuarterInstant(quarter)))
        groups.needsUpdate.push(action);
      else groups.upToDate.push(action);
    }
    return { partner, quarter: quarter.label, ...groups };
  }

  /**
   * Applies one change to many actions, all or nothing: if any row may not be changed, nothing
   * is, and the answer lists each refused row with its reason. Every row is audited.
   */
  private async baselined(loaders: Loaders, action: Action, dueDate: Date) {
    const priority = await loaders.priority.load(action.priorityId);
    const plan = priority && (await loaders.plan.load(priority.planId));
    return (
      !!plan && isBaselined(plan.status) && baselinedFieldsChanged('action', action, { dueDate }).length > 0
    );
  }

  async bulkUpdate(viewer: Viewer, loaders: Loaders, input: BulkUpdateActionsInput): Promise<Action[]> {
    const ids = [...new Set(input.actionIds)];
    const change = {
      ...(input.status ? { status: input.status } : {}),
      ...(input.rag ? { rag: input.rag, ragReason: input.ragReason?.trim() || null } : {}),
      ...(input.dueDate ? { dueDate: input.dueDate } : {}),
      ...(input.leadPartnerId ? { leadPartnerId: input.leadPartnerId } : {}),
    };
    if (Object.keys(change).length === 0) {
      throw badInput([{ field: 'status', message: 'Choose what to change' }]);
    }
    const adminOnly = (['dueDate', 'leadPartnerId'] as const).filter((f) => input[f]);
    const canBulk = canBulkUpdate(viewer);
    const rows: { actionId: string; ref: string | null; message: string; refused: boolean }[] = [];
    const found: Action[] = [];
    for (const id of ids) {
      const action = await this.actions.get(viewer, loaders, id).catch(() => null);
      if (!action) {
        rows.push({ actionId: id, ref: null, message: 'Not found', refused: true });
        continue;
      }
      if (!canBulk || !(await this.actions.canWorkOn(viewer, loaders, action))) {
        rows.push({
          actionId: id,
          ref: action.ref,
          message: 'Your organisation does not lead or support this action',
          refused: true,
        });
      } else if (!isAdmin(viewer) && adminOnly.length) {
        rows.push({
          actionId: id,
          ref: action.ref,
          message: `Only the Commissioner's team can change ${adminOnly.join(' and ')}`,
          refused: true,
        });
      } else if (input.status === 'COMPLETED' && action.progress !== 100) {
        rows.push({
          actionId: id,
          ref: action.ref,
          message: 'It is not 100% done yet: record an update instead',
          refused: false,
        });
      } else if (input.dueDate && (await this.baselined(loaders, action, input.dueDate))) {
        // An active plan's due dates are its agreed baseline: they move by amendment.
        rows.push({ actionId: id, ref: action.ref, message: AMENDMENT_REQUIRED_MESSAGE, refused: false });
      } else if (input.dueDate && action.startDate && input.dueDate < action.startDate) {
        rows.push({
          actionId: id,
          ref: action.ref,
          message: 'The due date would be before the start date',
          refused: false,
        });
      }
      found.push(action);
    }
    if (input.leadPartnerId) {
      const lead = await this.prisma.partner.findUnique({ where: { id: input.leadPartnerId } });
      if (!lead || lead.archivedAt)
        throw badInput([{ field: 'leadPartnerId', message: 'Choose a lead partner from the directory' }]);
    }
    if (rows.length) {
      // Any row the viewer may not touch makes the whole request a refusal.
      throw new AppError(
        rows.some((r) => r.refused) ? ErrorCode.FORBIDDEN : ErrorCode.BAD_USER_INPUT,
        `${rows.length} of ${ids.length} actions cannot be changed, so none were`,
        { rows: rows.map(({ refused: _r, ...row }) => row) },
      );
    }
    // A new lead stops being a supporter of the actions it now leads.
    const supporters = input.leadPartnerId
      ? await Promise.all(found.map((a) => loaders.supporterIdsByAction.load(a.id)))
      : null;
    const updated = await this.prisma.$transaction((tx) =>
      this.writes.update(
        tx,
        viewer,
        'bulkUpdateActions',
        found.map((before, i) => ({
          before,
          changes: change,
          ...(supporters && {
            supportersBefore: supporters[i],
            supporterIds: supporters[i]!.filter((p) => p !== input.leadPartnerId),
          }),
        })),
        (before) =>
          failure(
            ActionReason.CHANGED_SINCE_READ,
            `Action ${before.ref} changed while the change was being made, so none were changed. Try again.`,
          ),
      ),
    );
    for (const a of updated) {
      loaders.action.clear(a.id).prime(a.id, a);
      loaders.supporterIdsByAction.clear(a.id);
    }
    // One event per changed action, after the commit, as recordUpdate sends: a viewer refetches
    // only the actions named, and a bulk change is at most a page of actions.
    const actorName = actorNameOf(viewer);
    for (const a of updated) {
      const priority = await loaders.priority.load(a.priorityId);
      if (!priority) continue;
      await publishPlanEvent(this.live, {
        kind: PlanEventKind.ACTION_UPDATED,
        planId: priority.planId,
        actionId: a.id,
        actorName,
      });
    }
    return updated;
  }
}
