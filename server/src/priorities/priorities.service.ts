import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { Priority } from '../generated/prisma/client.js';
import type { Viewer } from '../common/auth/viewer.js';
import { planVisibility } from '../common/auth/visibility.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { conflict, notFound } from '../common/graphql/errors.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreatePriorityInput, UpdatePriorityInput } from './priority.inputs.js';
import { Clock } from '../common/clock.js';
import { confirmedForAudit, guardPublicChange } from '../common/privacy/guardrail.js';

@Injectable()
export class PrioritiesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A live priority of a plan the viewer may see, or NOT_FOUND. */
  async get(viewer: Viewer, loaders: Loaders, id: string): Promise<Priority> {
    const priority = await loaders.priority.load(id);
    const plan = priority && (await loaders.plan.load(priority.planId));
    if (!priority || priority.archivedAt || !plan || !planVisibility.canSee(viewer, plan)) {
      throw notFound('The priority');
    }
    return priority;
  }

  private async assertNumberFree(planId: string, number: number, exceptId?: string) {
    const clash = await this.prisma.priority.findFirst({
      where: { planId, number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    });
    // Archived priorities keep their number, so old references stay unambiguous.
    if (clash) {
      throw conflict(
        clash.archivedAt
          ? `Priority ${number} was used by an archived priority; choose another number`
          : `The plan already has a priority ${number}`,
      );
    }
  }

  async create(viewer: Viewer, input: CreatePriorityInput): Promise<Priority> {
    requireAdmin(viewer, 'createPriority');
    const plan = await this.prisma.plan.findUnique({ where: { id: input.planId } });
    if (!plan || plan.archivedAt) throw notFound('The plan');
    const { confirmPersonalData, ...values } = input;
    const confirmed = guardPublicChange('priority', null, values, confirmPersonalData);
    await this.assertNumberFree(values.planId, values.number);
    return this.audit.change(
      viewer,
      { operation: 'createPriority', recordType: 'Priority', alsoRecord: confirmedForAudit(confirmed) },
      (tx) => tx.priority.create({ data: { ...values, description: values.description ?? null } }),
    );
  }

  async update(viewer: Viewer, input: UpdatePriorityInput): Promise<Priority> {
    requireAdmin(viewer, 'updatePriority');
    const { id, confirmPersonalData, ...data } = input;
    const priority = await this.prisma.priority.findUnique({ where: { id } });
    if (!priority || priority.archivedAt) throw notFound('The priority');
    const confirmed = guardPublicChange('priority', priority, data, confirmPersonalData);
    if (data.number !== undefined) await this.assertNumberFree(priority.planId, data.number, id);
    return this.audit.change(
      viewer,
      {
        operation: 'updatePriority',
        recordType: 'Priority',
        before: priority,
        alsoRecord: confirmedForAudit(confirmed),
      },
      (tx) => tx.priority.update({ where: { id }, data }),
    );
  }

  async archive(viewer: Viewer, id: string): Promise<Priority> {
    requireAdmin(viewer, 'archivePriority');
    const priority = await this.prisma.priority.findUnique({ where: { id } });
    if (!priority || priority.archivedAt) throw notFound('The priority');
    return this.audit.change(
      viewer,
      { operation: 'archivePriority', recordType: 'Priority', before: priority },
      (tx) => tx.priority.update({ where: { id }, data: { archivedAt: this.clock.now() } }),
    );
  }
}
