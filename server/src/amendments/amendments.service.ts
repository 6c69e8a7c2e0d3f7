import { Injectable } from '@nestjs/common';
import {
  amendablePlanProblem,
  amendmentTransitionProblem,
  checkAmendment,
  isoDay,
  type AmendablePlan,
  type AmendmentChange,
  type AmendmentStatus,
  type NewActionSpec,
} from '@partnership-tracker/domain';
import type { Action, Amendment, Plan, PlanVersion, Prisma } from '../generated/prisma/client.js';
import { requireAdmin } from '../common/auth/access.js';
import { planVisibility } from '../common/auth/visibility.js';
import type { Viewer } from '../common/auth/viewer.js';
import { badInput, notFound } from '../common/graphql/errors.js';
import { AmendmentReason, failure } from '../common/graphql/error-reasons.js';
import type { Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Clock } from '../common/clock.js';
import { AuditService, type Tx } from '../audit/audit.service.js';
import { confirmedForAudit, guardPublicText } from '../common/privacy/guardrail.js';
import { ActionWrites } from '../actions/action-writes.js';
import { freezeBaseline, takePlanVersion, versionData } from './plan-version.js';
import { summariseChange } from './change-summary.js';
import { compareVersions } from './version-comparison.js';
import type {
  AmendmentChangeInput,
  CloseAmendmentInput,
  DecideAmendmentInput,
  ProposeAmendmentInput,
} from './amendment.inputs.js';

/** A change as stored in Amendment.changes: the domain's form, with its words and refs. */
export type StoredChange = AmendmentChange & { summary: string; refs: string[] };

const day = (d: Date | null | undefined) => (d === undefined ? undefined : d === null ? null : isoDay(d));

/** The input's change in the domain library's form: dates as 'YYYY-MM-DD', fields left out stay out. */
function toDomainChange(c: AmendmentChangeInput): AmendmentChange {
  const out: AmendmentChange = { kind: c.kind };
  if (c.actionId != null) out.actionId = c.actionId;
  if (c.actionIds != null) out.actionIds = c.actionIds;
  if (c.milestoneId != null) out.milestoneId = c.milestoneId;
  if (c.startDate !== undefined) out.startDate = day(c.startDate);
  if (c.dueDate != null) out.dueDate = day(c.dueDate);
  if (c.title != null) out.title = c.title;
  if (c.description !== undefined) out.description = c.description;
  if (c.weight != null) out.weight = c.weight;
  if (c.newActions != null) {
    out.newActions = c.newActions.map((n): NewActionSpec => ({
      priorityId: n.priorityId,
      ref: n.ref,
      title: n.title,
      description: n.description ?? null,
      leadPartnerId: n.leadPartnerId,
      startDate: day(n.startDate) ?? null,
      dueDate: isoDay(n.dueDate),
      ...(n.weight !== undefined ? { weight: n.weight } : {}),
      ...(n.milestones?.length
        ? { milestones: n.milestones.map((m) => ({ title: m.title, dueDate: isoDay(m.dueDate) })) }
        : {}),
    }));
  }
  return out;
}

const asDay = (s: string | null | undefined) => (s == null ? s : new Date(`${s}T00:00:00.000Z`));

/**
 * Amendments to an active plan: proposing, approving, applying (a new plan version), rejecting
 * and withdrawing, and the plan's versions. The Commissioner's team makes and decides them;
 * anyone signed in who can read the plan can read them. Which changes are valid is the domain
 * library's `checkAmendment`, judged on proposal and again on approval and application.
 */
@Injectable()
export class AmendmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly writes: ActionWrites,
    private readonly clock: Clock,
  ) {}

  /** A plan the signed-in viewer may read, or NOT_FOUND. */
  async planOf(viewer: Viewer, loaders: Loaders, planId: string): Promise<Plan> {
    const plan = await loaders.plan.load(planId);
    if (!plan || !viewer.user || !planVisibility.canSee(viewer, plan)) throw notFound('The plan');
    return plan;
  }

  /** The plan as the domain rules judge an amendment against it. */
  async amendable(db: Tx | PrismaService, plan: Plan): Promise<AmendablePlan & { rows: Action[] }> {
    const [priorities, actions, partners] = await Promise.all([
      db.priority.findMany({ where: { planId: plan.id } }),
      db.action.findMany({ where: { priority: { planId: plan.id } } }),
      db.partner.findMany({ where: { archivedAt: null }, select: { id: true } }),
    ]);
    const milestones = await db.milestone.findMany({ where: { actionId: { in: actions.map((a) => a.id) } } });
    return {
      status: plan.status,
      priorities: priorities.map((p) => ({
        id: p.id,
        archived: p.archivedAt !== null || plan.archivedAt !== null,
      })),
      actions: actions.map((a) => ({
        id: a.id,
        ref: a.ref,
        title: a.title,
        startDate: a.startDate,
        dueDate: a.dueDate,
        weight: a.weight,
        archived: a.archivedAt !== null || priorities.find((p) => p.id === a.priorityId)!.archivedAt !== null,
      })),
      milestones: milestones.map((m) => ({
        id: m.id,
        actionId: m.actionId,
        dueDate: m.dueDate,
        archived: m.archivedAt !== null,
      })),
      partnerIds: partners.map((p) => p.id),
      rows: actions,
    };
  }

  private async assertValid(db: Tx | PrismaService, plan: Plan, changes: AmendmentChange[]) {
    const notActive = amendablePlanProblem(plan.status);
    if (notActive || plan.archivedAt) {
      throw failure(
        AmendmentReason.PLAN_NOT_ACTIVE,
        notActive ?? 'The plan is archived: it cannot be amended',
      );
    }
    const state = await this.amendable(db, plan);
    const problems = checkAmendment(state, changes);
    if (problems.length) throw badInput(problems, 'The amendment cannot be made as it stands');
    return state;
  }

  /**
   * The baseline, version 1, for a plan that became active before baselines were kept: made the
   * first time it is needed. Idempotent, and safe when two requests race: the second one's
   * insert meets the unique (planId, number) and leaves the first one's.
   */
  async ensureBaseline(plan: Plan, byEmail: string): Promise<void> {
    if (plan.status === 'DRAFT') return;
    const found = await this.prisma.planVersion.findUnique({
      where: { planId_number: { planId: plan.id, number: 1 } },
    });
    if (found) return;
    try {
      await this.prisma.$transaction((tx) =>
        freezeBaseline(tx, plan, { email: byEmail, at: this.clock.now() }),
      );
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002') throw error;
    }
  }

  async list(viewer: Viewer, loaders: Loaders, plan: Plan): Promise<Amendment[]> {
    await this.planOf(viewer, loaders, plan.id);
    return this.prisma.amendment.findMany({
      where: { planId: plan.id },
      orderBy: { number: 'desc' },
      include: { planVersion: { select: { number: true } } },
    });
  }

  async byNumber(viewer: Viewer, loaders: Loaders, plan: Plan, number: number): Promise<Amendment | null> {
    await this.planOf(viewer, loaders, plan.id);
    return this.prisma.amendment.findUnique({
      where: { planId_number: { planId: plan.id, number } },
      include: { planVersion: { select: { number: true } } },
    });
  }

  async propose(viewer: Viewer, loaders: Loaders, input: ProposeAmendmentInput): Promise<Amendment> {
    requireAdmin(viewer, 'proposeAmendment');
    const plan = await this.planOf(viewer, loaders, input.planId);
    if (input.cycleId) {
      const cycle = await this.prisma.reviewCycle.findUnique({ where: { id: input.cycleId } });
      if (!cycle || cycle.planId !== plan.id) {
        throw badInput([{ field: 'cycleId', message: 'Choose a review of this plan' }]);
      }
    }
    const changes = input.changes.map(toDomainChange);
    // Applied, its title, reason and new titles are published (open data): the privacy guardrail.
    const confirmed = guardPublicText(
      [
        { field: 'title', text: input.title },
        { field: 'reason', text: input.reason },
        ...changes.flatMap((c, i) => [
          ...(c.title ? [{ field: `changes.${i}.title`, text: c.title }] : []),
          ...(c.newActions ?? []).flatMap((n, j) => [
            { field: `changes.${i}.newActions.${j}.title`, text: n.title },
            ...(n.milestones ?? []).map((m, k) => ({
              field: `changes.${i}.newActions.${j}.milestones.${k}.title`,
              text: m.title,
            })),
          ]),
        ]),
      ],
      input.confirmPersonalData,
    );
    const state = await this.assertValid(this.prisma, plan, changes);
    await this.ensureBaseline(plan, viewer.user!.email);
    return this.proposeChecked(viewer, plan, state, {
      title: input.title,
      reason: input.reason,
      cycleId: input.cycleId ?? null,
      changes,
      alsoRecord: confirmedForAudit(confirmed),
    });
  }

  /**
   * Records a proposal already checked against `state` (the API's proposal and the plan
   * import's both come here), inside the caller's transaction when given one.
   */
  async proposeChecked(
    viewer: Viewer,
    plan: Plan,
    state: Awaited<ReturnType<AmendmentsService['amendable']>>,
    values: {
      title: string;
      reason: string;
      cycleId: string | null;
      changes: AmendmentChange[];
      /** More for the audit row, e.g. what the writer confirmed to the privacy guardrail. */
      alsoRecord?: object;
    },
    tx?: Tx,
  ): Promise<Amendment> {
    const rows = new Map(state.rows.map((a) => [a.id, a]));
    const milestones = await (tx ?? this.prisma).milestone.findMany({
      where: { id: { in: values.changes.flatMap((c) => (c.milestoneId ? [c.milestoneId] : [])) } },
    });
    const stored: StoredChange[] = values.changes.map((c) => ({
      ...c,
      ...summariseChange(c, {
        action: (id) => rows.get(id),
        milestone: (id) => {
          const m = milestones.find((x) => x.id === id);
          return m && { title: m.title, dueDate: m.dueDate, actionRef: rows.get(m.actionId)?.ref ?? '?' };
        },
      }),
    }));
    const write = async (db: Tx) => {
      const last = await db.amendment.aggregate({ where: { planId: plan.id }, _max: { number: true } });
      const created = await db.amendment.create({
        data: {
          planId: plan.id,
          number: (last._max.number ?? 0) + 1,
          title: values.title,
          reason: values.reason,
          cycleId: values.cycleId,
          changes: stored as unknown as Prisma.InputJsonValue,
          proposedById: viewer.user?.id ?? null,
          proposedByEmail: viewer.user!.email,
          proposedAt: this.clock.now(),
        },
      });
      await this.audit.recordChange(db, viewer, {
        operation: 'proposeAmendment',
        recordType: 'Amendment',
        recordId: created.id,
        after: { ...created, ...values.alsoRecord },
        amendmentId: created.id,
      });
      return created;
    };
    return tx ? write(tx) : this.prisma.$transaction(write);
  }

  /** The amendment, its plan, and the check that it may move from its status to `to` at the version read. */
  private async forMove(viewer: Viewer, loaders: Loaders, input: DecideAmendmentInput, to: AmendmentStatus) {
    const amendment = await this.prisma.amendment.findUnique({ where: { id: input.id } });
    if (!amendment) throw notFound('The amendment');
    const plan = await this.planOf(viewer, loaders, amendment.planId);
    const refused = amendmentTransitionProblem(amendment.status, to);
    if (refused) throw failure(AmendmentReason.WRONG_STATE, refused);
    if (amendment.version !== input.expectedVersion) throw this.stale();
    return { amendment, plan };
  }

  private stale() {
    return failure(
      AmendmentReason.CHANGED_SINCE_READ,
      'Someone else changed this amendment after you opened it. Reload the page to see where it stands.',
    );
  }

  /** Moves the status in one statement that also checks the version and status read. */
  private async move(tx: Tx, amendment: Amendment, data: Prisma.AmendmentUpdateManyMutationInput) {
    const [after] = await tx.amendment.updateManyAndReturn({
      where: { id: amendment.id, version: amendment.version, status: amendment.status },
      data: { ...data, version: { increment: 1 } },
    });
    if (!after) throw this.stale();
    return after;
  }

  async approve(viewer: Viewer, loaders: Loaders, input: DecideAmendmentInput): Promise<Amendment> {
    requireAdmin(viewer, 'approveAmendment');
    const { amendment, plan } = await this.forMove(viewer, loaders, input, 'APPROVED');
    await this.assertValid(this.prisma, plan, amendment.changes as unknown as StoredChange[]);
    return this.prisma.$transaction(async (tx) => {
      const after = await this.move(tx, amendment, {
        status: 'APPROVED',
        approvedById: viewer.user!.id,
        approvedByEmail: viewer.user!.email,
        approvedAt: this.clock.now(),
      });
      await this.recordMove(tx, viewer, 'approveAmendment', amendment, after);
      return after;
    });
  }

  async close(
    viewer: Viewer,
    loaders: Loaders,
    input: CloseAmendmentInput,
    to: 'REJECTED' | 'WITHDRAWN',
  ): Promise<Amendment> {
    const operation = to === 'REJECTED' ? 'rejectAmendment' : 'withdrawAmendment';
    requireAdmin(viewer, operation);
    const { amendment } = await this.forMove(viewer, loaders, input, to);
    return this.prisma.$transaction(async (tx) => {
      const after = await this.move(tx, amendment, { status: to, closedReason: input.reason });
      await this.recordMove(tx, viewer, operation, amendment, after);
      return after;
    });
  }

  private recordMove(tx: Tx, viewer: Viewer, operation: string, before: Amendment, after: Amendment) {
    return this.audit.recordChange(tx, viewer, {
      operation,
      recordType: 'Amendment',
      recordId: after.id,
      before,
      after,
      amendmentId: after.id,
    });
  }

  /**
   * Applies an approved amendment in one transaction: its changes to the actions and milestones,
   * each audited under the amendment; the amendment marked applied; and the plan's next version.
   */
  async apply(viewer: Viewer, loaders: Loaders, input: DecideAmendmentInput): Promise<Amendment> {
    requireAdmin(viewer, 'applyAmendment');
    const { amendment, plan } = await this.forMove(viewer, loaders, input, 'APPLIED');
    const changes = amendment.changes as unknown as StoredChange[];
    await this.assertValid(this.prisma, plan, changes);
    await this.ensureBaseline(plan, viewer.user!.email);
    const now = this.clock.now();
    return this.prisma.$transaction(async (tx) => {
      // First, so that of two people applying it at once only one goes on.
      const after = await this.move(tx, amendment, {
        status: 'APPLIED',
        appliedById: viewer.user!.id,
        appliedByEmail: viewer.user!.email,
        appliedAt: now,
      });
      // Judged again inside the transaction, against the rows it is about to change.
      await this.assertValid(tx, plan, changes);
      const current = new Map(
        (await tx.action.findMany({ where: { priority: { planId: plan.id } } })).map((a) => [a.id, a]),
      );
      const under = { amendmentId: amendment.id };
      const update = async (id: string, changes: Prisma.ActionUncheckedUpdateManyInput) => {
        const [saved] = await this.writes.update(
          tx,
          viewer,
          'applyAmendment',
          [{ before: current.get(id)!, changes, ...under }],
          () => this.stale(),
        );
        current.set(id, saved!);
      };
      const retire = (id: string) => update(id, { archivedAt: now, retiredByAmendmentId: amendment.id });
      const add = async (specs: NewActionSpec[], like?: Action) => {
        const created = await this.writes.create(
          tx,
          viewer,
          'applyAmendment',
          specs.map((s) => ({
            values: {
              priorityId: s.priorityId,
              ref: s.ref,
              title: s.title,
              description: s.description ?? null,
              leadPartnerId: s.leadPartnerId,
              startDate: asDay(s.startDate) ?? null,
              dueDate: asDay(s.dueDate),
              baselineDueDate: asDay(s.dueDate),
              weight: s.weight ?? like?.weight ?? 1,
              area: like?.area,
              published: like?.published,
            },
            supporterIds: [],
            ...under,
          })),
        );
        for (const a of created) current.set(a.id, a);
        // Each new action's agreed milestones, made with it and audited under the amendment.
        for (const [i, a] of created.entries()) {
          for (const m of specs[i]!.milestones ?? []) {
            const saved = await tx.milestone.create({
              data: { actionId: a.id, title: m.title, dueDate: asDay(m.dueDate)!, publicChangedAt: now },
            });
            await this.audit.recordChange(tx, viewer, {
              operation: 'applyAmendment',
              recordType: 'Milestone',
              recordId: saved.id,
              actionId: a.id,
              before: null,
              after: saved,
              ...under,
            });
          }
        }
      };
      for (const c of changes) {
        switch (c.kind) {
          case 'MOVE_DATES': {
            const a = current.get(c.actionId!)!;
            const due = c.dueDate ? asDay(c.dueDate)! : undefined;
            const moved = due !== undefined && due.getTime() !== a.dueDate?.getTime();
            await update(a.id, {
              ...(c.startDate !== undefined ? { startDate: asDay(c.startDate) } : {}),
              ...(due ? { dueDate: due } : {}),
              ...(moved ? { dueDateMoves: { increment: 1 } } : {}),
            });
            break;
          }
          case 'MOVE_MILESTONE': {
            const before = await tx.milestone.findUniqueOrThrow({ where: { id: c.milestoneId! } });
            const saved = await tx.milestone.update({
              where: { id: before.id },
              data: { dueDate: asDay(c.dueDate)! },
            });
            await this.audit.recordChange(tx, viewer, {
              operation: 'applyAmendment',
              recordType: 'Milestone',
              recordId: saved.id,
              actionId: saved.actionId,
              before,
              after: saved,
              ...under,
            });
            break;
          }
          case 'CHANGE_SCOPE':
            await update(c.actionId!, {
              ...(c.title ? { title: c.title } : {}),
              ...(c.description !== undefined ? { description: c.description } : {}),
            });
            break;
          case 'CHANGE_WEIGHT':
            await update(c.actionId!, { weight: c.weight! });
            break;
          case 'ADD_ACTION':
            await add(c.newActions!);
            break;
          case 'RETIRE_ACTION':
            await retire(c.actionId!);
            break;
          case 'SPLIT_ACTION': {
            const old = current.get(c.actionId!)!;
            await add(c.newActions!, old);
            await retire(old.id);
            break;
          }
          case 'MERGE_ACTIONS': {
            const first = current.get(c.actionIds![0]!)!;
            await add(c.newActions!, first);
            for (const id of c.actionIds!) await retire(id);
            break;
          }
        }
      }
      const last = await tx.planVersion.aggregate({ where: { planId: plan.id }, _max: { number: true } });
      await takePlanVersion(tx, plan, {
        number: (last._max.number ?? 0) + 1,
        amendmentId: amendment.id,
        byEmail: viewer.user!.email,
        at: now,
      });
      await this.recordMove(tx, viewer, 'applyAmendment', amendment, after);
      return after;
    });
  }

  // Reading versions: anyone signed in who can read the plan.

  /**
   * A readable plan whose baseline exists: a plan active before baselines were kept has none
   * until something needs it, and a list of versions without version 1 would say the plan has
   * no agreed shape. Made on read like on proposal (ensureBaseline is idempotent and race-safe).
   */
  private async planWithBaseline(viewer: Viewer, loaders: Loaders, plan: Plan) {
    const readable = await this.planOf(viewer, loaders, plan.id);
    await this.ensureBaseline(readable, viewer.user!.email);
    return readable;
  }

  async versions(viewer: Viewer, loaders: Loaders, plan: Plan) {
    await this.planWithBaseline(viewer, loaders, plan);
    return this.prisma.planVersion.findMany({
      where: { planId: plan.id },
      orderBy: { number: 'asc' },
      include: { amendment: { select: { number: true, title: true } } },
    });
  }

  async version(viewer: Viewer, loaders: Loaders, plan: Plan, number: number) {
    await this.planWithBaseline(viewer, loaders, plan);
    return this.prisma.planVersion.findUnique({
      where: { planId_number: { planId: plan.id, number } },
      include: { amendment: { select: { number: true, title: true } } },
    });
  }

  async compare(viewer: Viewer, loaders: Loaders, plan: Plan, from: number, to: number) {
    const [a, b] = await Promise.all([
      this.version(viewer, loaders, plan, from),
      this.version(viewer, loaders, plan, to),
    ]);
    if (!a || !b) throw notFound(`Version ${!a ? from : to}`);
    // The splits and merges applied between the two, to say how retired and added rows relate.
    const [low, high] = from < to ? [from, to] : [to, from];
    const between = await this.prisma.planVersion.findMany({
      where: { planId: plan.id, number: { gt: low, lte: high }, amendmentId: { not: null } },
      orderBy: { number: 'asc' },
      include: { amendment: { select: { number: true, changes: true } } },
    });
    const reshapings = between.flatMap((v) =>
      ((v.amendment?.changes ?? []) as unknown as StoredChange[]).map((change) => ({
        amendmentNumber: v.amendment!.number,
        change,
      })),
    );
    return { from, to, rows: compareVersions(versionData(a), versionData(b), reshapings) };
  }

  async versionNumberOf(amendmentId: string): Promise<number | null> {
    const v = await this.prisma.planVersion.findUnique({ where: { amendmentId }, select: { number: true } });
    return v?.number ?? null;
  }
}

export type VersionRow = PlanVersion & { amendment: { number: number; title: string } | null };
