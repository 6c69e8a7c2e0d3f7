import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { describePlanSlippage } from '@partnership-tracker/domain';
import type { Amendment, Plan } from '../generated/prisma/client.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Audited } from '../audit/audited.decorator.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { PlanModel } from '../plans/plan.model.js';
import { AmendmentsService, type StoredChange, type VersionRow } from './amendments.service.js';
import {
  CloseAmendmentInput,
  DecideAmendmentInput,
  ProposeAmendmentInput,
  type AmendmentChangeKind,
} from './amendment.inputs.js';
import {
  AmendmentChangeModel,
  AmendmentModel,
  NewActionSpecModel,
  PlanVersionComparisonModel,
  PlanVersionModel,
  type VersionActionModel,
} from './amendment.models.js';
import { versionData, type VersionAction } from './plan-version.js';
import { quarterOfCycle } from '../reviews/review-cycles.service.js';

const asDay = (s: string | null | undefined) => (s ? new Date(`${s}T00:00:00.000Z`) : null);

function toChangeModel(c: StoredChange): AmendmentChangeModel {
  return {
    kind: c.kind as AmendmentChangeKind,
    summary: c.summary,
    refs: c.refs,
    actionId: c.actionId ?? null,
    actionIds: c.actionIds ?? null,
    milestoneId: c.milestoneId ?? null,
    startDate: asDay(c.startDate),
    dueDate: asDay(c.dueDate),
    title: c.title ?? null,
    description: c.description ?? null,
    weight: c.weight ?? null,
    newActions:
      c.newActions?.map((n) => ({
        ...n,
        description: n.description ?? null,
        startDate: asDay(n.startDate),
        dueDate: asDay(n.dueDate)!,
        weight: n.weight ?? null,
        milestones: (n.milestones ?? []).map((m) => ({ ...m, dueDate: asDay(m.dueDate)! })),
      })) ?? null,
  };
}

export function toAmendmentModel(
  a: Amendment & { planVersion?: { number: number } | null },
): Omit<AmendmentModel, 'agreedAtReview'> & { knownVersion: boolean } {
  const { planVersion, ...row } = a;
  return {
    ...row,
    changes: (a.changes as unknown as StoredChange[]).map(toChangeModel),
    planVersionNumber: planVersion?.number ?? null,
    // Lists read the version with the amendment; a mutation's answer leaves it to the field.
    knownVersion: planVersion !== undefined,
  };
}

const toVersionAction = (a: VersionAction): VersionActionModel => ({
  ...a,
  startDate: asDay(a.startDate),
  dueDate: asDay(a.dueDate),
  milestones: a.milestones.map((m) => ({ ...m, dueDate: asDay(m.dueDate)! })),
});

function toVersionModel(v: VersionRow): PlanVersionModel {
  return {
    id: v.id,
    number: v.number,
    takenAt: v.takenAt,
    takenByEmail: v.takenByEmail,
    amendmentNumber: v.amendment?.number ?? null,
    amendmentTitle: v.amendment?.title ?? null,
    actions: versionData(v).actions.map(toVersionAction),
  };
}

/** Amendments to a plan and its versions: the mutations, and their fields on Plan. */
@Resolver(() => AmendmentModel)
export class AmendmentsResolver {
  constructor(private readonly service: AmendmentsService) {}

  @Audited({ record: 'Amendment', id: null })
  @Mutation(() => AmendmentModel, {
    description: "The Commissioner's team: propose an amendment to an active plan.",
  })
  async proposeAmendment(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: ProposeAmendmentInput,
  ) {
    return toAmendmentModel(await this.service.propose(viewer, loaders, input));
  }

  @Audited({ record: 'Amendment', id: 'input.id' })
  @Mutation(() => AmendmentModel, { description: "The Commissioner's team: approve a proposed amendment." })
  async approveAmendment(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: DecideAmendmentInput,
  ) {
    return toAmendmentModel(await this.service.approve(viewer, loaders, input));
  }

  @Audited({ record: 'Amendment', id: 'input.id' })
  @Mutation(() => AmendmentModel, {
    description: "The Commissioner's team: apply an approved amendment, making the plan's next version.",
  })
  async applyAmendment(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: DecideAmendmentInput,
  ) {
    return toAmendmentModel(await this.service.apply(viewer, loaders, input));
  }

  @Audited({ record: 'Amendment', id: 'input.id' })
  @Mutation(() => AmendmentModel, {
    description: "The Commissioner's team: reject an amendment, saying why.",
  })
  async rejectAmendment(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: CloseAmendmentInput,
  ) {
    return toAmendmentModel(await this.service.close(viewer, loaders, input, 'REJECTED'));
  }

  @Audited({ record: 'Amendment', id: 'input.id' })
  @Mutation(() => AmendmentModel, {
    description: "The Commissioner's team: withdraw an amendment, saying why.",
  })
  async withdrawAmendment(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('input') input: CloseAmendmentInput,
  ) {
    return toAmendmentModel(await this.service.close(viewer, loaders, input, 'WITHDRAWN'));
  }

  @ReadsFrom('ReviewCycle')
  @ResolveField(() => String, { nullable: true })
  async agreedAtReview(@Parent() amendment: AmendmentModel, @Loaders() loaders: RequestLoaders) {
    const cycle = amendment.cycleId ? await loaders.reviewCycle.load(amendment.cycleId) : null;
    return cycle ? quarterOfCycle(cycle).label : null;
  }

  @ReadsFrom('PlanVersion')
  @ResolveField(() => Int, { nullable: true })
  planVersionNumber(@Parent() amendment: AmendmentModel & { knownVersion?: boolean }) {
    if (amendment.knownVersion || amendment.status !== 'APPLIED') return amendment.planVersionNumber;
    return this.service.versionNumberOf(amendment.id);
  }
}

/** An action an amendment adds: its lead partner by name, for the page that shows it. */
@Resolver(() => NewActionSpecModel)
export class NewActionSpecResolver {
  @ReadsFrom('Partner')
  @ResolveField(() => String, {
    nullable: true,
    description: "The lead partner's name; null if the partner has since been deleted.",
  })
  async leadPartnerName(@Parent() spec: NewActionSpecModel, @Loaders() loaders: RequestLoaders) {
    return (await loaders.partner.load(spec.leadPartnerId))?.name ?? null;
  }
}

/** A plan's amendments, versions and slippage against its baseline. Signed-in users only. */
@Resolver(() => PlanModel)
export class PlanAmendmentsResolver {
  constructor(private readonly service: AmendmentsService) {}

  @ReadsFrom('Amendment')
  @ResolveField(() => [AmendmentModel], { description: 'Amendments, newest first. Signed-in users only.' })
  async amendments(
    @Parent() plan: Plan,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return (await this.service.list(viewer, loaders, plan)).map(toAmendmentModel);
  }

  @ReadsFrom('Amendment')
  @ResolveField(() => AmendmentModel, {
    nullable: true,
    description: 'One amendment by its number (A3 is 3).',
  })
  async amendment(
    @Parent() plan: Plan,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('number', { type: () => Int }) number: number,
  ) {
    const found = await this.service.byNumber(viewer, loaders, plan, number);
    return found && toAmendmentModel(found);
  }

  @ReadsFrom('PlanVersion')
  @ResolveField(() => [PlanVersionModel], {
    description: 'The plan’s versions, the baseline (1) first. Signed-in users only.',
  })
  async versions(@Parent() plan: Plan, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders) {
    return (await this.service.versions(viewer, loaders, plan)).map(toVersionModel);
  }

  @ReadsFrom('PlanVersion')
  @ResolveField(() => PlanVersionModel, { nullable: true, description: 'One version by its number.' })
  async version(
    @Parent() plan: Plan,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('number', { type: () => Int }) number: number,
  ) {
    const found = await this.service.version(viewer, loaders, plan, number);
    return found && toVersionModel(found);
  }

  @ReadsFrom('PlanVersion', 'Amendment')
  @ResolveField(() => PlanVersionComparisonModel, {
    description: 'Two versions side by side, action by action.',
  })
  async versionComparison(
    @Parent() plan: Plan,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ) {
    const c = await this.service.compare(viewer, loaders, plan, from, to);
    return {
      ...c,
      rows: c.rows.map((r) => ({
        ...r,
        from: r.from && toVersionAction(r.from),
        to: r.to && toVersionAction(r.to),
      })),
    };
  }

  @ReadsFrom('Priority', 'Action')
  @ResolveField(() => String, {
    nullable: true,
    description: 'Slippage against the baseline in words; null until the plan has a baseline.',
  })
  async baselineSlippage(@Parent() plan: Plan, @Loaders() loaders: RequestLoaders) {
    const priorities = await loaders.prioritiesByPlan.load(plan.id);
    const actions = (await loaders.actionsByPriority.loadMany(priorities.map((p) => p.id))).flatMap((a) =>
      a instanceof Error ? [] : a,
    );
    return describePlanSlippage(actions);
  }
}
