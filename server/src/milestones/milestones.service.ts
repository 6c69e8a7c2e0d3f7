import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { Milestone } from '../generated/prisma/client.js';
import { ActionsService } from '../actions/actions.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import { badInput, forbidden, notFound } from '../common/graphql/errors.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.inputs.js';
import { Clock } from '../common/clock.js';

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
  ) {}

  private async assertCanWorkOn(viewer: Viewer, loaders: Loaders, actionId: string) {
    const action = await this.actions.get(viewer, loaders, actionId);
    if (!(await this.actions.canWorkOn(viewer, loaders, action))) {
      throw forbidden('You can only change milestones of actions your organisation leads or supports');
    }
  }

  private async live(id: string): Promise<Milestone> {
    const milestone = await this.prisma.milestone.findUnique({ where: { id } });
    if (!milestone || milestone.archivedAt) throw notFound('The milestone');
    return milestone;
  }

  async create(viewer: Viewer, loaders: Loaders, input: CreateMilestoneInput): Promise<Milestone> {
    await this.assertCanWorkOn(viewer, loaders, input.actionId);
    assertNotCompletedInFuture(input.completedOn, this.clock.now());
    return this.audit.change(
      viewer,
      { operation: 'createMilestone', recordType: 'Milestone', actionId: (m) => m.actionId },
      (tx) =>
        tx.milestone.create({
          data: { ...input, completedOn: input.completedOn ?? null, evidence: input.evidence ?? null },
        }),
    );
  }

  async update(viewer: Viewer, loaders: Loaders, input: UpdateMilestoneInput): Promise<Milestone> {
    const { id, ...data } = input;
    const milestone = await this.live(id);
    await this.assertCanWorkOn(viewer, loaders, milestone.actionId);
    assertNotCompletedInFuture(data.completedOn, this.clock.now());
    return this.audit.change(
      viewer,
      {
        operation: 'updateMilestone',
        recordType: 'Milestone',
        before: milestone,
        actionId: (m) => m.actionId,
      },
      (tx) => tx.milestone.update({ where: { id }, data }),
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
      (tx) => tx.milestone.update({ where: { id }, data: { archivedAt: this.clock.now() } }),
    );
  }
}
