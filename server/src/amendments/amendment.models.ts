import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmendmentStatus } from '../generated/prisma/enums.js';
import { DateScalar } from '../common/graphql/scalars.js';
import { AmendmentChangeKind } from './amendment.inputs.js';
import { ReadsFrom } from '../common/graphql/reads-from.js';

registerEnumType(AmendmentStatus, {
  name: 'AmendmentStatus',
  description:
    'PROPOSED, then APPROVED, then APPLIED (a new plan version); or REJECTED or WITHDRAWN, with a reason.',
});

export { AmendmentStatus };

@ReadsFrom('Amendment')
@ObjectType('NewMilestoneSpec', { description: 'A milestone of an action an amendment adds.' })
export class NewMilestoneSpecModel {
  @Field() title!: string;
  @Field(() => DateScalar) dueDate!: Date;
}

@ReadsFrom('Amendment')
@ObjectType('NewActionSpec', { description: 'An action an amendment adds.' })
export class NewActionSpecModel {
  @Field(() => ID) priorityId!: string;
  @Field() ref!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ID) leadPartnerId!: string;
  @Field(() => DateScalar, { nullable: true }) startDate!: Date | null;
  @Field(() => DateScalar) dueDate!: Date;
  @Field(() => Int, { nullable: true }) weight!: number | null;
  @Field(() => [NewMilestoneSpecModel], { description: 'Its milestones; none when it has none.' })
  milestones!: NewMilestoneSpecModel[];
}

@ReadsFrom('Amendment')
@ObjectType('AmendmentChange', {
  description: 'One change of an amendment, with a sentence saying what it does.',
})
export class AmendmentChangeModel {
  @Field(() => AmendmentChangeKind) kind!: AmendmentChangeKind;
  @Field({ description: 'What the change does, in words, with the values before it (as proposed).' })
  summary!: string;
  @Field(() => [String], { description: 'The refs of the actions it changes, retires or adds.' })
  refs!: string[];
  @Field(() => ID, { nullable: true }) actionId!: string | null;
  @Field(() => [ID], { nullable: true }) actionIds!: string[] | null;
  @Field(() => ID, { nullable: true }) milestoneId!: string | null;
  @Field(() => DateScalar, { nullable: true }) startDate!: Date | null;
  @Field(() => DateScalar, { nullable: true }) dueDate!: Date | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { nullable: true }) weight!: number | null;
  @Field(() => [NewActionSpecModel], { nullable: true }) newActions!: NewActionSpecModel[] | null;
}

@ReadsFrom('Amendment')
@ObjectType('Amendment', {
  description: 'A recorded change set to an active plan, with its reason and who agreed it.',
})
export class AmendmentModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1, 2, ... within the plan; shown as A1, A2.' }) number!: number;
  @Field() title!: string;
  @Field() reason!: string;
  @Field(() => AmendmentStatus) status!: AmendmentStatus;
  @Field(() => [AmendmentChangeModel]) changes!: AmendmentChangeModel[];
  @Field(() => String, {
    nullable: true,
    description: 'The review at which it was agreed, e.g. "2025/26 Q2".',
  })
  agreedAtReview!: string | null;
  @Field() proposedByEmail!: string;
  @Field() proposedAt!: Date;
  @Field(() => String, { nullable: true }) approvedByEmail!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) appliedByEmail!: string | null;
  @Field(() => Date, { nullable: true }) appliedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected or withdrawn.' })
  closedReason!: string | null;
  @Field(() => Int, { nullable: true, description: 'The plan version applying it made.' })
  planVersionNumber!: number | null;
  @Field(() => Int, { description: 'Send it back when approving, applying, rejecting or withdrawing.' })
  version!: number;
  planId!: string;
  cycleId!: string | null;
}

@ReadsFrom('PlanVersion')
@ObjectType('VersionMilestone')
export class VersionMilestoneModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => DateScalar) dueDate!: Date;
}

@ReadsFrom('PlanVersion')
@ObjectType('VersionAction', { description: 'An action as a plan version froze it.' })
export class VersionActionModel {
  @Field(() => ID) id!: string;
  @Field() ref!: string;
  @Field(() => Int) priorityNumber!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() leadPartnerName!: string;
  @Field(() => DateScalar, { nullable: true }) startDate!: Date | null;
  @Field(() => DateScalar, { nullable: true }) dueDate!: Date | null;
  @Field(() => Int) weight!: number;
  @Field(() => [VersionMilestoneModel]) milestones!: VersionMilestoneModel[];
}

@ReadsFrom('PlanVersion')
@ObjectType('PlanVersion', {
  description:
    'The plan’s agreed shape at one moment: 1 is the baseline; each applied amendment makes the next.',
})
export class PlanVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() takenAt!: Date;
  @Field() takenByEmail!: string;
  @Field(() => Int, { nullable: true, description: 'The amendment that made it; null for the baseline.' })
  amendmentNumber!: number | null;
  @Field(() => String, { nullable: true }) amendmentTitle!: string | null;
  @Field(() => [VersionActionModel]) actions!: VersionActionModel[];
}

@ReadsFrom('PlanVersion')
@ObjectType('VersionComparisonRow', { description: 'One action in two versions, side by side.' })
export class VersionComparisonRowModel {
  @Field() ref!: string;
  @Field(() => VersionActionModel, {
    nullable: true,
    description: 'Null when the action is not in the first.',
  })
  from!: VersionActionModel | null;
  @Field(() => VersionActionModel, {
    nullable: true,
    description: 'Null when the action is not in the second.',
  })
  to!: VersionActionModel | null;
  @Field({ description: 'ADDED, RETIRED, CHANGED or SAME.' }) change!: string;
  @Field(() => [String], { description: 'The fields that differ, in words: "Due date", "Title".' })
  changedFields!: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'For an action split or merged between the versions, in words: "Split into 1.5 and 1.6 by A3", "Merged from 1.2 and 1.3 by A4".',
  })
  reshaped!: string | null;
}

@ReadsFrom('PlanVersion')
@ObjectType('PlanVersionComparison', { description: 'Two versions of a plan side by side.' })
export class PlanVersionComparisonModel {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => [VersionComparisonRowModel]) rows!: VersionComparisonRowModel[];
}
