import { actionVisibility, isPublicViewer } from '../common/auth/visibility.js';
import { requireAdmin } from '../common/auth/access.js';
import { changedPublicTexts, progressForStatus, publicTextsOf } from '@partnership-tracker/domain';
import { Injectable } from '@nestjs/common';
import type { Action, Prisma } from '../generated/prisma/client.js';
import { canWorkOnAction, isAdmin, PARTNER_EDITABLE_ACTION_FIELDS } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { badInput, forbidden, notFound } from '../common/graphql/errors.js';
import { AccessReason, ActionReason, failure } from '../common/graphql/error-reasons.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { likeLiteral } from '../common/prisma/like.js';
import {
  confirmedForAudit,
  guardPublicChange,
  guardPublicText,
  type PublicText,
} from '../common/privacy/guardrail.js';
import { AuditService } from '../audit/audit.service.js';
import { ActionWrites } from './action-writes.js';
import { assertDateOrder } from '../plans/plans.service.js';
import { compareRefs } from './action-ref.js';
import type { ActionFilter, CreateActionInput, PageInput, UpdateActionInput } from './action.inputs.js';
import { Clock } from '../common/clock.js';
import { refuseBaselinedChange } from '../amendments/baseline-guard.js';

const CLOSED_STATUSES = ['COMPLETED', 'CANCELLED'] as const;

/**
 * The public text an update sets, for the privacy guardrail: each public field that changes,
 * or all of them when the action is being published. Nothing while it stays unpublished.
 */
function publicTextChanges(
  action: Action,
  changes: { published?: boolean; title?: string; publicSummary?: string | null },
): PublicText[] {
  if (!(changes.published ?? action.published)) return [];
  const publishing = changes.published === true && !action.published;
  return publishing
    ? publicTextsOf('action', {
        title: changes.title ?? action.title,
        publicSummary: changes.publicSummary === undefined ? action.publicSummary : changes.publicSummary,
      })
    : changedPublicTexts('action', action, changes);
}

@Injectable()
export class ActionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly writes: ActionWrites,
    private readonly clock: Clock,
  ) {}

  /** An action the viewer may read (its plan is visible to them), or NOT_FOUND. */
  async get(viewer: Viewer, loaders: Loaders, id: string): Promise<Action> {
    const action = await loaders.action.load(id);
    const priority = action && (await loaders.priority.load(action.priorityId));
    const plan = priority && (await loaders.plan.load(priority.planId));
    if (!action || !priority || !plan || !actionVisibility.canSee(viewer, action, priority, plan)) {
      throw notFound('The action');
    }
    return action;
  }

  /** Whether the viewer may update this action's delivery (status, RAG, progress, milestones). */
  async canWorkOn(
    viewer: Viewer,
    loaders: Loaders,
    action: { id: string; leadPartnerId: string },
  ): Promise<boolean> {
    if (!viewer.user && !viewer.link) return false;
    return canWorkOnAction(viewer, action, await loaders.supporterIdsByAction.load(action.id));
  }

  private where(viewer: Viewer, filter: ActionFilter): Prisma.ActionWhereInput {
    const today = this.clock.today();
    const and: Prisma.ActionWhereInput[] = [actionVisibility.where(viewer)];
    if (filter.priorityId) and.push({ priorityId: filter.priorityId });
    if (filter.planId) and.push({ priority: { planId: filter.planId } });
    if (filter.planSlug) and.push({ priority: { plan: { slug: filter.planSlug } } });
    if (filter.partnerId) {
      and.push({
        OR: [{ leadPartnerId: filter.partnerId }, { supporters: { some: { partnerId: filter.partnerId } } }],
      });
    }
    if (filter.status?.length) and.push({ status: { in: filter.status } });
    if (filter.rag?.length) and.push({ rag: { in: filter.rag } });
    if (filter.dueBefore) and.push({ dueDate: { lte: filter.dueBefore } });
    const overdue: Prisma.ActionWhereInput = {
      dueDate: { lt: today },
      status: { notIn: [...CLOSED_STATUSES] },
    };
    if (filter.overdue === true) and.push(overdue);
    if (filter.overdue === false) and.push({ NOT: overdue });
    const text = filter.text?.trim();
    if (text) {
      and.push({
        OR: [
          { ref: { startsWith: likeLiteral(text) } },
          { title: { contains: likeLiteral(text), mode: 'insensitive' } },
          // The public searches what it can read: the public summary, not the description.
          isPublicViewer(viewer)
            ? { publicSummary: { contains: likeLiteral(text), mode: 'insensitive' } }
            : { description: { contains: likeLiteral(text), mode: 'insensitive' } },
        ],
      });
    }
    return { AND: and };
  }

  /** One page of matching actions, ordered by plan, priority and reference. */
  async list(viewer: Viewer, filter: ActionFilter, page: PageInput) {
    const where = this.where(viewer, filter);
    // References sort as numbers (1.2 before 1.10), which SQL text ordering cannot do:
    // order the matching keys here, then fetch only the page's rows.
    const keys = await this.prisma.action.findMany({
      where,
      select: {
        id: true,
        ref: true,
        priority: { select: { number: true, plan: { select: { title: true } } } },
      },
    });
    keys.sort(
      (a, b) =>
        a.priority.plan.title.localeCompare(b.priority.plan.title) ||
        a.priority.number - b.priority.number ||
        compareRefs(a.ref, b.ref),
    );
    const pageIds = keys.slice(page.offset, page.offset + page.limit).map((k) => k.id);
    const rows = await this.prisma.action.findMany({ where: { id: { in: pageIds } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      items: pageIds.map((id) => byId.get(id)).filter((a): a is Action => a !== undefined),
      totalCount: keys.length,
      offset: page.offset,
      limit: page.limit,
      hasNextPage: page.offset + page.limit < keys.length,
    };
  }

  private async assertPartners(ids: string[], field: string) {
    if (ids.length === 0) return;
    const found = await this.prisma.partner.count({ where: { id: { in: ids }, archivedAt: null } });
    if (found !== new Set(ids).size) {
      throw badInput([{ field, message: 'Choose partners from the partner directory' }]);
    }
  }

  private async assertRefFree(priorityId: string, ref: string, exceptId?: string) {
    const priority = await this.prisma.priority.findUnique({ where: { id: priorityId } });
    if (!priority || priority.archivedAt)
      throw badInput([{ field: 'priorityId', message: 'Choose a priority' }]);
    const clash = await this.prisma.action.findFirst({
      where: { ref, priority: { planId: priority.planId }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    });
    if (clash) throw failure(ActionReason.REF_TAKEN, `The plan already has an action ${ref}`);
  }

  /** Once the plan is active, its agreed baseline changes only by amendment (baseline-guard.ts). */
  private async refuseBaselined(priorityId: string, before: Action | null, changes: object | null) {
    const priority = await this.prisma.priority.findUnique({
      where: { id: priorityId },
      select: { plan: { select: { status: true } } },
    });
    if (priority) refuseBaselinedChange(priority.plan.status, 'action', before, changes);
  }

  async create(viewer: Viewer, input: CreateActionInput): Promise<Action> {
    requireAdmin(viewer, 'createAction');
    const { supportingPartnerIds = [], confirmPersonalData, ...data } = input;
    await this.refuseBaselined(data.priorityId, null, null);
    const supporters = [...new Set(supportingPartnerIds)].filter((id) => id !== data.leadPartnerId);
    const confirmed =
      data.published === false ? [] : guardPublicChange('action', null, data, confirmPersonalData);
    await this.assertRefFree(data.priorityId, data.ref);
    await this.assertPartners([data.leadPartnerId], 'leadPartnerId');
    await this.assertPartners(supporters, 'supportingPartnerIds');
    assertDateOrder(data.startDate, data.dueDate, 'dueDate');
    const { progress, problem } = progressForStatus(data.status, data.progress);
    if (problem) throw badInput([{ field: 'progress', message: problem }]);
    return this.prisma.$transaction(async (tx) => {
      const [created] = await this.writes.create(tx, viewer, 'createAction', [
        {
          values: {
            ...data,
            progress,
            description: data.description ?? null,
            publicSummary: data.publicSummary ?? null,
          },
          supporterIds: supporters,
          alsoRecord: confirmedForAudit(confirmed),
        },
      ]);
      return created!;
    });
  }

  async update(viewer: Viewer, loaders: Loaders, input: UpdateActionInput): Promise<Action> {
    const { id, version, supportingPartnerIds, confirmPersonalData, ...changes } = input;
    const action = await this.get(viewer, loaders, id);
    if (!(await this.canWorkOn(viewer, loaders, action))) {
      throw failure(
        AccessReason.NOT_YOUR_ACTION,
        'You can only change actions your organisation leads or supports',
      );
    }
    const changed = [
      ...Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined),
      ...(supportingPartnerIds !== undefined ? ['supportingPartnerIds'] : []),
    ];
    if (!isAdmin(viewer)) {
      const notAllowed = changed.filter(
        (k) => !(PARTNER_EDITABLE_ACTION_FIELDS as readonly string[]).includes(k),
      );
      if (notAllowed.length) {
        throw forbidden(`Only the Commissioner's team can change: ${notAllowed.join(', ')}`);
      }
    }
    await this.refuseBaselined(action.priorityId, action, changes);
    if (changes.ref !== undefined || changes.priorityId !== undefined) {
      await this.assertRefFree(changes.priorityId ?? action.priorityId, changes.ref ?? action.ref, id);
    }
    const lead = changes.leadPartnerId ?? action.leadPartnerId;
    if (changes.leadPartnerId) await this.assertPartners([changes.leadPartnerId], 'leadPartnerId');
    const supporters = supportingPartnerIds && [...new Set(supportingPartnerIds)].filter((p) => p !== lead);
    if (supporters) await this.assertPartners(supporters, 'supportingPartnerIds');
    assertDateOrder(
      changes.startDate === undefined ? action.startDate : changes.startDate,
      changes.dueDate === undefined ? action.dueDate : changes.dueDate,
      'dueDate',
    );
    const confirmed = guardPublicText(publicTextChanges(action, changes), confirmPersonalData);
    const completed = progressForStatus(changes.status ?? action.status, changes.progress);
    if (completed.problem) throw badInput([{ field: 'progress', message: completed.problem }]);
    if (completed.progress !== undefined) changes.progress = completed.progress;

    const supportersBefore = await loaders.supporterIdsByAction.load(id);
    const [updated] = await this.prisma.$transaction((tx) =>
      this.writes.update(
        tx,
        viewer,
        'updateAction',
        [
          {
            // The version the editor read, not the one loaded now: a change made since is a conflict.
            before: { ...action, version },
            changes,
            supportersBefore,
            supporterIds: supporters,
            alsoRecord: confirmedForAudit(confirmed),
          },
        ],
        () =>
          failure(
            ActionReason.CHANGED_SINCE_READ,
            'Someone else changed this action after you opened it. Reload the page to see their changes.',
          ),
      ),
    );
    // The permission check cached the old row and supporters; the answer must show the new ones.
    loaders.action.clear(id).prime(id, updated!);
    loaders.supporterIdsByAction.clear(id);
    return updated!;
  }

  async archive(viewer: Viewer, loaders: Loaders, id: string): Promise<Action> {
    requireAdmin(viewer, 'archiveAction');
    const before = await this.get(viewer, loaders, id);
    await this.refuseBaselined(before.priorityId, before, null);
    return this.audit.change(
      viewer,
      { operation: 'archiveAction', recordType: 'Action', before, actionId: (a) => a.id },
      (tx) => {
        // Archiving takes the action off the public page: a published change, at the same moment.
        const now = this.clock.now();
        return tx.action.update({
          where: { id },
          data: { archivedAt: now, publicChangedAt: now, version: { increment: 1 } },
        });
      },
    );
  }
}
