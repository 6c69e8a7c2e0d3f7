import { livePlansWhere, planVisibility } from '../common/auth/visibility.js';
import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { Plan } from '../generated/prisma/client.js';
import type { Viewer } from '../common/auth/viewer.js';
import { badInput, notFound } from '../common/graphql/errors.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreatePlanInput, UpdatePlanInput } from './plan.inputs.js';
import { Clock } from '../common/clock.js';
import { confirmedForAudit, guardPublicChange } from '../common/privacy/guardrail.js';
import { freezeBaseline } from '../amendments/plan-version.js';

export function assertDateOrder(
  start: Date | null | undefined,
  end: Date | null | undefined,
  endField: string,
) {
  if (start && end && end < start) {
    throw badInput([
      { field: endField, message: 'The end date must be the same as or after the start date' },
    ]);
  }
}

@Injectable()
export class PlansService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, includeArchived = false): Promise<Plan[]> {
    return this.prisma.plan.findMany({
      where: livePlansWhere(viewer, includeArchived),
      orderBy: [{ startDate: 'desc' }, { title: 'asc' }],
    });
  }

  /** A plan the viewer may read; any other answers NOT_FOUND, so drafts are not revealed. */
  async bySlug(viewer: Viewer, slug: string): Promise<Plan> {
    const plan = await this.prisma.plan.findUnique({ where: { slug } });
    if (!plan || !planVisibility.canSee(viewer, plan)) throw notFound('The plan');
    return plan;
  }

  /** Loads a plan by id through the request's loader and checks the viewer may read it. */
  async readable(viewer: Viewer, loaders: Loaders, planId: string): Promise<Plan> {
    const plan = await loaders.plan.load(planId);
    if (!plan || !planVisibility.canSee(viewer, plan)) throw notFound('The plan');
    return plan;
  }

  async create(viewer: Viewer, input: CreatePlanInput): Promise<Plan> {
    requireAdmin(viewer, 'createPlan');
    const { confirmPersonalData, ...values } = input;
    assertDateOrder(values.startDate, values.endDate, 'endDate');
    // A plan's title and summary are public once it is active; a draft is a plan about to be.
    const confirmed = guardPublicChange('plan', null, values, confirmPersonalData);
    const audited = { operation: 'createPlan', recordType: 'Plan', alsoRecord: confirmedForAudit(confirmed) };
    return this.audit.change(viewer, audited, (tx) =>
      tx.plan.create({
        data: {
          ...values,
          summary: values.summary ?? null,
          internalNotes: values.internalNotes ?? null,
          contactEmail: values.contactEmail || null,
          contactUrl: values.contactUrl || null,
        },
      }),
    );
  }

  async update(viewer: Viewer, input: UpdatePlanInput): Promise<Plan> {
    requireAdmin(viewer, 'updatePlan');
    const { id, confirmPersonalData, ...changes } = input;
    // An emptied contact field clears the contact.
    const data = {
      ...changes,
      ...(changes.contactEmail !== undefined ? { contactEmail: changes.contactEmail || null } : {}),
      ...(changes.contactUrl !== undefined ? { contactUrl: changes.contactUrl || null } : {}),
    };
    const plan = await this.prisma.plan.findUnique({ where: { id } });
    if (!plan || plan.archivedAt) throw notFound('The plan');
    assertDateOrder(data.startDate ?? plan.startDate, data.endDate ?? plan.endDate, 'endDate');
    const confirmed = guardPublicChange('plan', plan, changes, confirmPersonalData);
    return this.audit.change(
      viewer,
      { operation: 'updatePlan', recordType: 'Plan', before: plan, alsoRecord: confirmedForAudit(confirmed) },
      async (tx) => {
        const updated = await tx.plan.update({ where: { id }, data });
        // Becoming active freezes the agreed baseline, in the same transaction.
        if (plan.status === 'DRAFT' && updated.status === 'ACTIVE') {
          await freezeBaseline(tx, updated, { email: viewer.user!.email, at: this.clock.now() });
        }
        return updated;
      },
    );
  }

  async archive(viewer: Viewer, id: string): Promise<Plan> {
    requireAdmin(viewer, 'archivePlan');
    const plan = await this.prisma.plan.findUnique({ where: { id } });
    if (!plan || plan.archivedAt) throw notFound('The plan');
    return this.audit.change(viewer, { operation: 'archivePlan', recordType: 'Plan', before: plan }, (tx) =>
      tx.plan.update({ where: { id }, data: { archivedAt: this.clock.now() } }),
    );
  }
}
