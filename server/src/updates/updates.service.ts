import { Injectable } from '@nestjs/common';
import type { ActionUpdate } from '../generated/prisma/client.js';
import { ActionsService } from '../actions/actions.service.js';
import { ActionWrites } from '../actions/action-writes.js';
import type { Tx } from '../audit/audit.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import { AppError, ErrorCode, notFound } from '../common/graphql/errors.js';
import { AccessReason, ActionReason, failure } from '../common/graphql/error-reasons.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { formatIsoDate } from '../common/graphql/scalars.js';
import { LiveEventsService } from '../common/live/live-events.service.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { actorNameOf, PlanEventKind, publishPlanEvent } from '../live/plan-events.js';
import {
  needsRagReason,
  normaliseText,
  progressForStatus,
  ragReasonMissingMessage,
  ruleOf,
  suggestRagForUpdate,
} from '@partnership-tracker/domain';
import type { RecordUpdateInput } from './record-update.input.js';
import { Clock } from '../common/clock.js';
import { EvidenceService } from '../evidence/evidence.service.js';

@Injectable()
export class UpdatesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly actions: ActionsService,
    private readonly writes: ActionWrites,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
    private readonly evidence: EvidenceService,
  ) {}

  /** The plan an action belongs to, through the request's loaders. */
  async planOf(loaders: Loaders, action: { priorityId: string }) {
    const priority = await loaders.priority.load(action.priorityId);
    const plan = priority && (await loaders.plan.load(priority.planId));
    if (!plan) throw notFound('The plan');
    return plan;
  }

  /**
   * Records a progress report and applies it to the action, in one transaction with its audit
   * event. Only one of several reports based on the same version can win.
   */
  async record(viewer: Viewer, loaders: Loaders, input: RecordUpdateInput): Promise<ActionUpdate> {
    const action = await this.actions.get(viewer, loaders, input.actionId);
    if (!(await this.actions.canWorkOn(viewer, loaders, action))) {
      throw failure(
        AccessReason.NOT_YOUR_ACTION,
        'You can only update actions your organisation leads or supports',
      );
    }
    const plan = await this.planOf(loaders, action);
    const milestones = await loaders.milestonesByAction.load(action.id);
    const completions = input.milestoneCompletions ?? [];
    const today = this.clock.today();
    const fields = completions.flatMap((c, i) => {
      const m = milestones.find((x) => x.id === c.milestoneId);
      if (!m)
        return [
          { field: `milestoneCompletions.${i}.milestoneId`, message: 'Choose a milestone of this action' },
        ];
      if (m.completedOn)
        return [
          { field: `milestoneCompletions.${i}.milestoneId`, message: `"${m.title}" is already complete` },
        ];
      if (c.completedOn > today)
        return [
          {
            field: `milestoneCompletions.${i}.completedOn`,
            message: 'The completion date cannot be in the future',
          },
        ];
      return [];
    });
    const { problem } = progressForStatus(input.status, input.progress);
    if (problem) fields.push({ field: 'progress', message: problem });
    // The same function the form runs as the partner types: the saved action with what is sent.
    const suggestedRag = suggestRagForUpdate(
      action,
      milestones,
      { status: input.status, progress: input.progress, milestoneCompletions: completions },
      ruleOf(plan),
      today,
    );
    const reason = normaliseText(input.ragReason);
    const reasonMissing = needsRagReason(input.rag, suggestedRag) && !reason;
    if (reasonMissing) {
      fields.push({ field: 'ragReason', message: ragReasonMissingMessage(input.rag, suggestedRag) });
    }
    if (fields.length) {
      // With the suggestion, so the form can show it when today's differs from the one it showed.
      const extra = { fields, ...(reasonMissing ? { suggestedRag } : {}) };
      throw reasonMissing
        ? failure(ActionReason.RAG_REASON_REQUIRED, 'Check the values you entered', extra)
        : new AppError(ErrorCode.BAD_USER_INPUT, 'Check the values you entered', extra);
    }

    const author = viewer.user
      ? {
          authorUserId: viewer.user.id,
          authorEmail: viewer.user.email,
          authorPartnerId: viewer.user.partnerId,
          via: 'USER',
        }
      : {
          authorUserId: null,
          authorEmail: viewer.link!.email,
          authorPartnerId: viewer.link!.partnerId,
          via: 'UPDATE_LINK',
        };
    const change = {
      status: input.status,
      rag: input.rag,
      ragReason: needsRagReason(input.rag, suggestedRag) ? reason : null,
      progress: input.progress,
    };

    const update = await this.prisma.$transaction(async (tx) => {
      // Of many reports based on the same version, exactly one wins; the others find the
      // version already moved on. The action's audit event carries the report's commentary.
      const [saved] = await this.writes.update(
        tx,
        viewer,
        'recordUpdate',
        [
          {
            before: { ...action, version: input.expectedVersion },
            changes: change,
            alsoRecord: {
              commentary: input.commentary,
              // By title, as people read the history: an id says nothing to them.
              completedMilestones: completions.map(
                (c) => milestones.find((m) => m.id === c.milestoneId)!.title,
              ),
            },
          },
        ],
        // Read the current state inside the transaction: PGlite has one connection, held by it.
        () => this.conflict(tx, action.id),
      );
      for (const c of completions) {
        // Completing a milestone is a published change: the public page lists milestones met.
        await tx.milestone.update({
          where: { id: c.milestoneId },
          data: { completedOn: c.completedOn, evidence: c.evidence, publicChangedAt: this.clock.now() },
        });
      }
      const row = await tx.actionUpdate.create({
        data: {
          // From the clock: "updated this quarter" and staleness compare it with today.
          createdAt: this.clock.now(),
          actionId: action.id,
          version: saved!.version,
          ...change,
          suggestedRag,
          commentary: input.commentary,
          outcome: normaliseText(input.outcome),
          milestoneCompletions: completions.length
            ? completions.map((c) => ({
                milestoneId: c.milestoneId,
                title: milestones.find((m) => m.id === c.milestoneId)!.title,
                completedOn: formatIsoDate(c.completedOn),
                evidence: c.evidence,
              }))
            : undefined,
          ...author,
        },
      });
      // Evidence files go with the update (and a ticked milestone's with its milestone), or not at all.
      await this.evidence.attach(
        tx,
        viewer,
        input.evidenceFileIds,
        { actionId: action.id, updateId: row.id },
        'evidenceFileIds',
      );
      for (const [i, c] of completions.entries()) {
        await this.evidence.attach(
          tx,
          viewer,
          c.evidenceFileIds,
          { actionId: action.id, milestoneId: c.milestoneId, updateId: row.id },
          `milestoneCompletions.${i}.evidenceFileIds`,
        );
      }
      return row;
    });
    loaders.action.clear(action.id);
    loaders.milestonesByAction.clear(action.id);
    loaders.updatesByAction.clear(action.id);
    loaders.latestUpdateByAction.clear(action.id);
    // After the commit, so whoever refetches on hearing it finds the update.
    await publishPlanEvent(this.live, {
      kind: PlanEventKind.ACTION_UPDATED,
      planId: plan.id,
      actionId: action.id,
      actorName: actorNameOf(viewer),
    });
    return update;
  }

  /** CONFLICT, carrying the action as it is now so the author can see what changed. */
  private async conflict(tx: Tx, actionId: string) {
    const current = await tx.action.findUnique({
      where: { id: actionId },
      include: { updates: { orderBy: { version: 'desc' }, take: 1 } },
    });
    const latest = current?.updates[0];
    return failure(
      ActionReason.CHANGED_SINCE_READ,
      'Someone else updated this action after you opened it. Check their update, then apply yours again.',
      {
        current: current && {
          version: current.version,
          status: current.status,
          rag: current.rag,
          ragReason: current.ragReason,
          progress: current.progress,
          updatedAt: current.updatedAt.toISOString(),
          latestUpdate: latest
            ? {
                commentary: latest.commentary,
                authorEmail: latest.authorEmail,
                createdAt: latest.createdAt.toISOString(),
              }
            : null,
        },
      },
    );
  }
}
