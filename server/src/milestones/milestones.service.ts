import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import { changesPublicly } from '@partnership-tracker/domain';
import type { Milestone } from '../generated/prisma/client.js';
import { ActionsService } from '../actions/actions.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import { badInput, notFound } from '../common/graphql/errors.js';
import { AccessReason, failure } from '../common/graphql/error-reasons.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.inputs.js';
import { Clock } from '../common/clock.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { refuseBaselinedChange } from '../amendments/baseline-guard.js';
import { confirmedForAudit, guardPublicChange, type ConfirmedFinding } from '../common/privacy/guardrail.js';

function assertNotCompletedInFuture(completedOn: Date | null | undefined, today: Date) {
  if (completedOn && completedOn.getTime() > today.getTime() + 86_400_000) {
    throw badInput([{ field: 'completedOn', message: 'The completion date cannot be in the future' }]);
  }
}

@Injectable()
export class MilestonesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly actions: ActionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly evidence: EvidenceService,
  ) {}

  /** The milestone's action, when the viewer may work on it; FORBIDDEN otherwise. */
  private async assertCanWorkOn(viewer: Viewer, loaders: Loaders, actionId: string) {
    const action = await this.actions.get(viewer, loaders, actionId);
    if (!(await this.actions.canWorkOn(viewer, loaders, action))) {
      throw failure(
        AccessReason.NOT_YOUR_ACTION,
        'You can only change milestones of actions your organisation leads or supports',
      );
    }
    return action;
  }

  /** A published action's milestone titles are public: the guardrail checks a new or changed one. */
  private guard(
    action: { published: boolean },
    before: Milestone | null,
    changes: { title?: string },
    confirm: boolean | undefined,
  ): ConfirmedFinding[] {
    return action.published ? guardPublicChange('milestone', before, changes, confirm) : [];
  }

  private async live(id: string): Promise<Milestone> {
    const milestone = await this.prisma.milestone.findUnique({ where: { id } });
    if (!milestone || milestone.archivedAt) throw notFound('The milestone');
    return milestone;
  }

  async create(viewer: Viewer, loaders: Loaders, input: CreateMilestoneInput): Promise<Milestone> {
    const action = await this.assertCanWorkOn(viewer, loaders, input.actionId);
    const { confirmPersonalData, ...values } = input;
    assertNotCompletedInFuture(values.completedOn, this.clock.now());
    const confirmed = this.guard(action, null, values, confirmPersonalData);
    return this.audit.change(
      viewer,
      {
        operation: 'createMilestone',
        recordType: 'Milestone',
        actionId: (m) => m.actionId,
        alsoRecord: confirmedForAudit(confirmed),
      },
      (tx) =>
        tx.milestone.create({
          data: {
            ...values,
            completedOn: values.completedOn ?? null,
            evidence: values.evidence ?? null,
            publicChangedAt: this.clock.now(),
          },
        }),
    );
  }

  async update(viewer: Viewer, loaders: Loaders, input: UpdateMilestoneInput): Promise<Milestone> {
    const { id, confirmPersonalData, evidenceFileIds, ...data } = input;
    const milestone = await this.live(id);
    const action = await this.assertCanWorkOn(viewer, loaders, milestone.actionId);
    const priority = await loaders.priority.load(action.priorityId);
    const plan = priority && (await loaders.plan.load(priority.planId));
    if (plan) refuseBaselinedChange(plan.status, 'milestone', milestone, data);
    assertNotCompletedInFuture(data.completedOn, this.clock.now());
    const completed = data.completedOn !== undefined ? data.completedOn : milestone.completedOn;
    if (evidenceFileIds?.length && !completed) {
      throw badInput([
        { field: 'completedOn', message: 'Enter the date it was completed, to attach evidence of it' },
      ]);
    }
    const confirmed = this.guard(action, milestone, data, confirmPersonalData);
    return this.audit.change(
      viewer,
      {
        operation: 'updateMilestone',
        recordType: 'Milestone',
        before: milestone,
        actionId: (m) => m.actionId,
        alsoRecord: confirmedForAudit(confirmed),
      },
      async (tx) => {
        // The files go with the completion, in its transaction (their names stay off the action's
        // trail, which every signed-in user reads).
        await this.evidence.attach(
          tx,
          viewer,
          evidenceFileIds,
          { actionId: milestone.actionId, milestoneId: id },
          'evidenceFileIds',
        );
        return tx.milestone.update({
          where: { id },
          data: {
            ...data,
            ...(changesPublicly('milestone', milestone, data) ? { publicChangedAt: this.clock.now() } : {}),
          },
        });
      },
    );
  }

  async archive(viewer: Viewer, loaders: Loaders, id: string): Promise<Milestone> {
    const milestone = await this.live(id);
    await this.actions.get(viewer, loaders, milestone.actionId);
    requireAdmin(viewer, 'archiveMilestone');
    return this.audit.change(
      viewer,
      {
        operation: 'archiveMilestone',
        recordType: 'Milestone',
        before: milestone,
        actionId: (m) => m.actionId,
      },
      (tx) => {
        const now = this.clock.now();
        return tx.milestone.update({ where: { id }, data: { archivedAt: now, publicChangedAt: now } });
      },
    );
  }
}
