import { planVisibility } from '../common/auth/visibility.js';
import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { PublicQuestion, ReviewCycle } from '../generated/prisma/client.js';
import { AuditService, type Tx } from '../audit/audit.service.js';
import { confirmedForAudit, guardPublicText } from '../common/privacy/guardrail.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound } from '../common/graphql/errors.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { LiveEventsService } from '../common/live/live-events.service.js';
import { actorNameOf, PlanEventKind, publishPlanEvent } from '../live/plan-events.js';
import { ReviewCyclesService, quarterOfCycle } from './review-cycles.service.js';
import type { CreatePublicQuestionInput, UpdatePublicQuestionInput } from './reviews.inputs.js';
import type { PublicQuestionModel } from './review.models.js';
import { Clock } from '../common/clock.js';

type QuestionRow = PublicQuestion & { actions: { actionId: string }[]; cycle: ReviewCycle };

export function toQuestionModel(row: QuestionRow, viewer: Viewer): PublicQuestionModel {
  return {
    ...row,
    // Who asked is for the Commissioner's team only, even when the question is published.
    askedBy: isAdmin(viewer) ? row.askedBy : null,
    quarter: quarterOfCycle(row.cycle).label,
    meetingOn: row.cycle.meetingOn,
    actionIds: row.actions.map((a) => a.actionId),
  };
}

const WITH = { actions: { select: { actionId: true } }, cycle: true } as const;

/** Residents' questions for the Performance Scrutiny Meeting. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly cycles: ReviewCyclesService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  private assertAdmin(viewer: Viewer) {
    requireAdmin(viewer, 'createPublicQuestion');
  }

  private async assertActions(planId: string, ids: string[]) {
    const unique = [...new Set(ids)];
    const found = await this.prisma.action.count({
      where: { id: { in: unique }, archivedAt: null, priority: { planId } },
    });
    if (found !== unique.length) {
      throw badInput([{ field: 'actionIds', message: "Link actions of the meeting's plan only" }]);
    }
    return unique;
  }

  /** Signed-in users see every question of a cycle; the public page shows published ones. */
  async forCycle(viewer: Viewer, loaders: Loaders, cycleId: string) {
    await this.cycles.get(viewer, loaders, cycleId);
    const rows = await this.prisma.publicQuestion.findMany({
      where: { cycleId },
      include: WITH,
      orderBy: [{ receivedOn: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map((r) => toQuestionModel(r, viewer));
  }

  /** Public: published questions and answers of a plan the viewer can read, newest meeting first. */
  async published(viewer: Viewer, planSlug: string) {
    const plan = await this.prisma.plan.findUnique({ where: { slug: planSlug } });
    if (!plan || !planVisibility.canSee(viewer, plan)) throw notFound('The plan');
    const rows = await this.prisma.publicQuestion.findMany({
      where: { published: true, cycle: { planId: plan.id } },
      include: WITH,
      orderBy: [{ cycle: { financialYear: 'desc' } }, { cycle: { quarter: 'desc' } }, { receivedOn: 'asc' }],
    });
    return rows.map((r) => toQuestionModel(r, viewer));
  }

  async create(viewer: Viewer, loaders: Loaders, input: CreatePublicQuestionInput) {
    this.assertAdmin(viewer);
    const cycle = await this.cycles.get(viewer, loaders, input.cycleId);
    const actionIds = await this.assertActions(cycle.planId, input.actionIds ?? []);
    const { cycleId, actionIds: _ids, ...fields } = input;
    const row = await this.audit.change(
      viewer,
      { operation: 'createPublicQuestion', recordType: 'PublicQuestion' },
      (tx) =>
        tx.publicQuestion.create({
          data: {
            cycleId,
            question: fields.question,
            askedBy: fields.askedBy ?? null,
            receivedOn: fields.receivedOn,
            answer: fields.answer ?? null,
            answeredBy: fields.answeredBy ?? null,
            actions: { create: actionIds.map((actionId) => ({ actionId })) },
          },
          include: WITH,
        }),
    );
    await this.notify(viewer, cycle);
    return toQuestionModel(row, viewer);
  }

  async update(viewer: Viewer, loaders: Loaders, input: UpdatePublicQuestionInput) {
    this.assertAdmin(viewer);
    const before = await this.prisma.publicQuestion.findUnique({ where: { id: input.id }, include: WITH });
    if (!before) throw notFound('The question');
    const cycle = await this.cycles.get(viewer, loaders, before.cycleId);
    const { id, expectedVersion, actionIds, published, confirmPersonalData, ...fields } = input;
    const linked = actionIds ? await this.assertActions(cycle.planId, actionIds) : null;
    const answer = fields.answer !== undefined ? fields.answer : before.answer;
    if ((published ?? before.published) && !answer?.trim()) {
      throw badInput([{ field: 'answer', message: 'Answer the question before publishing it' }]);
    }
    // Published text must not carry personal data unless the writer confirms it does not.
    const publishing = published === true && !before.published;
    const confirmed =
      (published ?? before.published)
        ? guardPublicText(
            [
              ...(publishing || fields.question !== undefined
                ? [{ field: 'question', text: fields.question ?? before.question }]
                : []),
              ...(publishing || fields.answer !== undefined ? [{ field: 'answer', text: answer }] : []),
            ],
            confirmPersonalData,
          )
        : [];
    const row = await this.prisma.$transaction(async (tx: Tx) => {
      const { count } = await tx.publicQuestion.updateMany({
        where: { id, version: expectedVersion },
        data: {
          ...fields,
          ...(published === undefined
            ? {}
            : { published, publishedAt: published ? (before.publishedAt ?? this.clock.now()) : null }),
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'Someone else changed this question. Reload it and try again.',
        );
      }
      if (linked) {
        await tx.publicQuestionAction.deleteMany({ where: { questionId: id } });
        await tx.publicQuestionAction.createMany({
          data: linked.map((actionId) => ({ questionId: id, actionId })),
        });
      }
      const saved = await tx.publicQuestion.findUniqueOrThrow({ where: { id }, include: WITH });
      await this.audit.recordChange(tx, viewer, {
        operation: 'updatePublicQuestion',
        recordType: 'PublicQuestion',
        recordId: id,
        before: { ...before, cycle: undefined, actions: before.actions.map((a) => a.actionId).sort() },
        after: {
          ...saved,
          cycle: undefined,
          actions: saved.actions.map((a) => a.actionId).sort(),
          ...confirmedForAudit(confirmed),
        },
      });
      return saved;
    });
    await this.notify(viewer, cycle);
    return toQuestionModel(row, viewer);
  }

  private notify(viewer: Viewer, cycle: ReviewCycle) {
    return publishPlanEvent(this.live, {
      kind: PlanEventKind.QUESTION_CHANGED,
      planId: cycle.planId,
      cycleId: cycle.id,
      actorName: actorNameOf(viewer),
    });
  }
}
