import { planVisibility } from '../common/auth/visibility.js';
import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { Action, Partner } from '../generated/prisma/client.js';
import type { Viewer } from '../common/auth/viewer.js';
import { conflict, notFound } from '../common/graphql/errors.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { compareRefs } from '../actions/action-ref.js';
import type { CreatePartnerInput, UpdatePartnerInput } from './partner.inputs.js';
import { Clock } from '../common/clock.js';

@Injectable()
export class PartnersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<Partner[]> {
    return this.prisma.partner.findMany({ where: { archivedAt: null }, orderBy: { name: 'asc' } });
  }

  async get(loaders: Loaders, id: string): Promise<Partner> {
    const partner = await loaders.partner.load(id);
    if (!partner || partner.archivedAt) throw notFound('The partner');
    return partner;
  }

  /** Actions the partner leads or supports, limited to plans the viewer may read. */
  async actionsOf(viewer: Viewer, loaders: Loaders, partnerId: string, role: 'led' | 'supported') {
    const ids = await loaders.actionIdsByPartner.load(partnerId);
    const wanted = ids[role];
    const actions = (await loaders.action.loadMany(wanted)).filter(
      (a): a is Action => a !== null && !(a instanceof Error),
    );
    const priorities = await loaders.priority.loadMany(actions.map((a) => a.priorityId));
    const plans = await loaders.plan.loadMany(
      priorities.map((p) => (p && !(p instanceof Error) ? p.planId : '')).filter(Boolean),
    );
    const readablePlanIds = new Set(
      plans.flatMap((p) => (p && !(p instanceof Error) && planVisibility.canSee(viewer, p) ? [p.id] : [])),
    );
    const planOf = new Map(
      priorities.flatMap((p) =>
        p && !(p instanceof Error) && !p.archivedAt ? [[p.id, p.planId] as const] : [],
      ),
    );
    return actions
      .filter((a) => readablePlanIds.has(planOf.get(a.priorityId) ?? ''))
      .sort((a, b) => compareRefs(a.ref, b.ref));
  }

  private async assertNameFree(name: string, exceptId?: string) {
    const clash = await this.prisma.partner.findFirst({
      where: { name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    });
    if (clash) throw conflict(`There is already a partner called ${clash.name}`);
  }

  async create(viewer: Viewer, input: CreatePartnerInput): Promise<Partner> {
    requireAdmin(viewer, 'createPartner');
    const name = input.name.trim();
    await this.assertNameFree(name);
    return this.audit.change(viewer, { operation: 'createPartner', recordType: 'Partner' }, (tx) =>
      tx.partner.create({ data: { ...input, name } }),
    );
  }

  async update(viewer: Viewer, input: UpdatePartnerInput): Promise<Partner> {
    requireAdmin(viewer, 'updatePartner');
    const { id, ...data } = input;
    const partner = await this.prisma.partner.findUnique({ where: { id } });
    if (!partner || partner.archivedAt) throw notFound('The partner');
    if (data.name !== undefined) {
      data.name = data.name.trim();
      await this.assertNameFree(data.name, id);
    }
    return this.audit.change(
      viewer,
      { operation: 'updatePartner', recordType: 'Partner', before: partner },
      (tx) => tx.partner.update({ where: { id }, data }),
    );
  }

  async archive(viewer: Viewer, id: string): Promise<Partner> {
    requireAdmin(viewer, 'archivePartner');
    const partner = await this.prisma.partner.findUnique({ where: { id } });
    if (!partner || partner.archivedAt) throw notFound('The partner');
    const leads = await this.prisma.action.count({ where: { leadPartnerId: id, archivedAt: null } });
    if (leads > 0) {
      throw conflict(`${partner.name} leads ${leads} action(s). Give them a new lead partner first.`);
    }
    return this.audit.change(
      viewer,
      { operation: 'archivePartner', recordType: 'Partner', before: partner },
      (tx) => tx.partner.update({ where: { id }, data: { archivedAt: this.clock.now() } }),
    );
  }
}
