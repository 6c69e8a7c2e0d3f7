import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionStatus } from '../generated/prisma/enums.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { RagCounts, StatusCounts } from '../common/graphql/rollup.model.js';
import { PlanModel } from '../plans/plan.model.js';

registerEnumType(ContributionStatus, {
  name: 'ContributionStatus',
  description: 'Whether a contribution to another plan is agreed. Only agreed ones count anywhere.',
  valuesMap: {
    PROPOSED: { description: "Proposed by a partner; waits for the Commissioner's team." },
    AGREED: { description: "Agreed by the Commissioner's team: counts in rollups, reports and open data." },
    DECLINED: { description: "Declined by the Commissioner's team." },
  },
});

@ReadsFrom('AllActions')
@ObjectType('Contribution', {
  description:
    "An action's contribution to a priority (or a named outcome of it) of another plan, such as a Rural Crime Strategy action delivering the Police and Crime Plan.",
})
export class ContributionModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'A named outcome of the priority, if one.' })
  outcome!: string | null;
  @Field(() => String, { nullable: true, description: 'One sentence on how the action contributes.' })
  how!: string | null;
  @Field(() => ContributionStatus) status!: ContributionStatus;
  @Field(() => Date, { nullable: true, description: 'When it was agreed or declined.' })
  decidedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  actionId!: string;
  priorityId!: string;
  proposedById!: string | null;
  proposedByEmail!: string;
  decidedByEmail!: string | null;
  archivedAt!: Date | null;
}

@ReadsFrom()
@ObjectType('ContributionRollup', {
  description:
    'The contributing actions rolled up by the same rule as a priority of their own plan: weighted progress, RAG and status counts.',
})
export class ContributionRollup {
  @Field(() => Int, { description: 'Progress of the contributing actions, weighted (cancelled left out).' })
  progress!: number;
  @Field(() => Int) actionCount!: number;
  @Field(() => RagCounts) ragCounts!: RagCounts;
  @Field(() => StatusCounts) statusCounts!: StatusCounts;
  @Field(() => Int, { description: 'Open contributing actions past their due date.' })
  overdueActionCount!: number;
}

@ReadsFrom('AllActions')
@ObjectType('DeliveringPlan', {
  description: "A plan whose actions deliver another plan's priorities, with its agreed contributions.",
})
export class DeliveringPlan {
  @Field(() => PlanModel) plan!: PlanModel;
  @Field(() => [ContributionModel], { description: 'By receiving priority, then action reference.' })
  contributions!: ContributionModel[];
  @Field(() => ContributionRollup) rollup!: ContributionRollup;
}
