import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorDirection, IndicatorUnit, TargetStatus, Trend } from '../indicators/indicator-enums.js';
import { ActionStatus, Rag } from '../common/graphql/enums.js';
import { RagCounts, StatusCounts } from '../common/graphql/rollup.model.js';
import { DateScalar } from '../common/graphql/scalars.js';
import {
  EscalationTarget,
  ExceptionReason,
  FollowUpStatus,
  ReviewCycleStatus,
  ReviewDecision,
  ReviewEntryKind,
} from './review-enums.js';

@ObjectType('ReviewCycle', { description: "One plan's review of one UK financial-year quarter." })
export class ReviewCycleModel {
  @Field(() => ID) id!: string;
  @Field(() => ReviewCycleStatus) status!: ReviewCycleStatus;
  @Field(() => DateScalar, { description: 'When partners are asked to start updating.' }) opensOn!: Date;
  @Field(() => DateScalar, { description: "The partners' update deadline." }) deadline!: Date;
  @Field(() => DateScalar, { nullable: true, description: 'The Performance Scrutiny Meeting.' })
  meetingOn!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closedByEmail!: string | null;
  @Field(() => Int, { description: 'Send it back with a move, so two reviewers cannot both move it.' })
  version!: number;
  planId!: string;
  financialYear!: number;
  /** 1 to 4; the API's `quarter` is the label. */
  quarter!: number;
  agendaOrder!: unknown;
}

@ObjectType('ReviewEntry', { description: "A reviewer's decision and note, or a partner's response." })
export class ReviewEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => ReviewEntryKind) kind!: ReviewEntryKind;
  @Field(() => ReviewDecision, { nullable: true }) decision!: ReviewDecision | null;
  @Field(() => EscalationTarget, { nullable: true }) escalatedTo!: EscalationTarget | null;
  @Field() body!: string;
  @Field() authorName!: string;
  @Field() createdAt!: Date;
  actionId!: string;
  cycleId!: string;
}

@ObjectType('FollowUp', { description: 'Something a partner must do after a review.' })
export class FollowUpModel {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => DateScalar) dueOn!: Date;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => Int) version!: number;
  ownerPartnerId!: string;
  actionId!: string;
  cycleId!: string;
}

@ObjectType('ReviewThread', {
  description: "An action's review in one cycle: decisions, responses and follow-ups.",
})
export class ReviewThreadModel {
  @Field(() => ID) actionId!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => ReviewDecision, { nullable: true, description: 'The latest decision.' })
  decision!: ReviewDecision | null;
  @Field(() => EscalationTarget, { nullable: true }) escalatedTo!: EscalationTarget | null;
  @Field({ description: 'Challenged, and the partner has not answered since.' }) openChallenge!: boolean;
  @Field(() => [ReviewEntryModel], { description: 'Oldest first.' }) entries!: ReviewEntryModel[];
  @Field(() => [FollowUpModel]) followUps!: FollowUpModel[];
}

@ObjectType('ReviewTasks', { description: "What the viewer's organisation must do after reviews." })
export class ReviewTasksModel {
  @Field(() => [ReviewThreadModel], { description: 'Challenges waiting for an answer.' })
  challenges!: ReviewThreadModel[];
  @Field(() => [FollowUpModel], { description: 'Open follow-ups the organisation owns, soonest first.' })
  followUps!: FollowUpModel[];
}

@ObjectType('ClosingCheck', {
  description: 'What closing the cycle would freeze, for the confirmation page.',
})
export class ClosingCheckModel {
  @Field(() => Int) actionCount!: number;
  @Field(() => Int, { description: 'Open actions with no progress update this quarter.' })
  actionsWithoutUpdate!: number;
  @Field(() => Int, { description: 'Challenges the partner has not answered.' }) openChallenges!: number;
  @Field(() => [String], { description: 'References of the actions with no update this quarter.' })
  refsWithoutUpdate!: string[];
}

@ObjectType('SnapshotMilestone')
export class SnapshotMilestoneModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => DateScalar, { nullable: true }) completedOn!: string | null;
}

@ObjectType('SnapshotReviewEntry')
export class SnapshotEntryModel {
  @Field(() => ReviewEntryKind) kind!: ReviewEntryKind;
  @Field(() => ReviewDecision, { nullable: true }) decision!: ReviewDecision | null;
  @Field(() => EscalationTarget, { nullable: true }) escalatedTo!: EscalationTarget | null;
  @Field() body!: string;
  @Field() authorName!: string;
  @Field() at!: Date;
}

@ObjectType('SnapshotFollowUp')
export class SnapshotFollowUpModel {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field() ownerName!: string;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
}

@ObjectType('SnapshotAction', { description: 'An action as it stood in the quarter’s picture.' })
export class SnapshotActionModel {
  @Field(() => ID) id!: string;
  @Field() ref!: string;
  @Field() title!: string;
  @Field(() => Int) priorityNumber!: number;
  @Field() leadPartnerName!: string;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => Rag) rag!: Rag;
  @Field(() => String, { nullable: true }) ragReason!: string | null;
  @Field(() => Int) progress!: number;
  @Field(() => DateScalar, { nullable: true }) dueDate!: string | null;
  @Field(() => String, { nullable: true }) latestCommentary!: string | null;
  @Field(() => Date, { nullable: true }) latestUpdateAt!: Date | null;
  @Field() updatedThisQuarter!: boolean;
  @Field(() => [SnapshotMilestoneModel]) milestones!: SnapshotMilestoneModel[];
  @Field(() => ReviewDecision, { nullable: true }) decision!: ReviewDecision | null;
  @Field(() => EscalationTarget, { nullable: true }) escalatedTo!: EscalationTarget | null;
  @Field() openChallenge!: boolean;
  @Field(() => [SnapshotEntryModel]) entries!: SnapshotEntryModel[];
  @Field(() => [SnapshotFollowUpModel]) followUps!: SnapshotFollowUpModel[];
}

@ObjectType('SnapshotRollup', { description: 'Counts and weighted progress of a plan or priority.' })
export class SnapshotRollupModel {
  @Field(() => Int) progress!: number;
  @Field(() => Int) actionCount!: number;
  @Field(() => RagCounts) ragCounts!: RagCounts;
  @Field(() => StatusCounts) statusCounts!: StatusCounts;
  @Field(() => Int) overdueActionCount!: number;
  @Field(() => Int) overdueMilestoneCount!: number;
}

@ObjectType('SnapshotPriority')
export class SnapshotPriorityModel extends SnapshotRollupModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
}

@ObjectType('SnapshotIndicator', { description: "An indicator's latest value as it stood in the quarter." })
export class SnapshotIndicatorModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => IndicatorDirection) direction!: IndicatorDirection;
  @Field() baselineLabel!: string;
  @Field() baselineText!: string;
  @Field(() => String, { nullable: true }) targetText!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "2025/26 Q1".' }) latestPeriod!: string | null;
  @Field(() => Float, { nullable: true }) latestValue!: number | null;
  @Field(() => String, { nullable: true }) latestText!: string | null;
  @Field(() => String, { nullable: true, description: 'Against the baseline.' }) changeText!: string | null;
  @Field(() => String, { nullable: true }) changePercentText!: string | null;
  @Field(() => TargetStatus, { nullable: true }) status!: TargetStatus | null;
  @Field(() => Trend, { nullable: true }) trend!: Trend | null;
  @Field() published!: boolean;
  @Field() exampleData!: boolean;
}

@ObjectType('PlanSnapshot', {
  description:
    "A plan's picture in a quarter: frozen when the quarter's review closed (never changes), or the live data.",
})
export class PlanSnapshotModel {
  @Field({ description: 'e.g. "2025/26 Q1".' }) quarter!: string;
  @Field({ description: 'False for a frozen quarter; true for the live data.' }) live!: boolean;
  @Field({ description: 'The moment the picture shows.' }) asAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was frozen.' }) takenAt!: Date | null;
  @Field(() => String, { nullable: true }) takenByEmail!: string | null;
  @Field(() => SnapshotRollupModel) rollup!: SnapshotRollupModel;
  @Field(() => [SnapshotPriorityModel]) priorities!: SnapshotPriorityModel[];
  @Field(() => [SnapshotActionModel]) actions!: SnapshotActionModel[];
  @Field(() => [SnapshotIndicatorModel], {
    description: "The plan's indicators as reported; empty for quarters frozen before indicators existed.",
  })
  indicators!: SnapshotIndicatorModel[];
}

@ObjectType('QuarterSummary', { description: 'A frozen quarter of a plan.' })
export class QuarterSummaryModel {
  @Field() quarter!: string;
  @Field() takenAt!: Date;
  @Field(() => ID) cycleId!: string;
}

@ObjectType('ComparedAction')
export class ComparedActionModel {
  @Field(() => ID) id!: string;
  @Field() ref!: string;
  @Field() title!: string;
}

@ObjectType('RagMovement', { description: 'Actions that moved from one RAG to another.' })
export class RagMovementModel {
  @Field(() => Rag) from!: Rag;
  @Field(() => Rag) to!: Rag;
  @Field(() => Int) count!: number;
  @Field(() => [ComparedActionModel]) actions!: ComparedActionModel[];
}

@ObjectType('ProgressChange')
export class ProgressChangeModel {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => Int, { description: 'Percentage points; negative when it went back.' }) change!: number;
}

@ObjectType('ActionProgressChange')
export class ActionProgressChangeModel extends ProgressChangeModel {
  @Field(() => ID) id!: string;
  @Field() ref!: string;
  @Field() title!: string;
}

@ObjectType('PriorityProgressChange')
export class PriorityProgressChangeModel extends ProgressChangeModel {
  @Field(() => Int) number!: number;
  @Field() title!: string;
}

@ObjectType('SlippedMilestone', { description: 'A milestone whose due date moved later.' })
export class SlippedMilestoneModel {
  @Field(() => ComparedActionModel) action!: ComparedActionModel;
  @Field(() => ID) milestoneId!: string;
  @Field() title!: string;
  @Field(() => DateScalar) fromDue!: string;
  @Field(() => DateScalar) toDue!: string;
  @Field(() => Int) days!: number;
}

@ObjectType('QuarterComparison', { description: 'What moved between two quarters, or a quarter and now.' })
export class QuarterComparisonModel {
  @Field() from!: string;
  @Field({ description: 'A quarter, or "Live".' }) to!: string;
  @Field(() => [RagMovementModel], { description: 'Worsening first.' }) ragMovements!: RagMovementModel[];
  @Field(() => ProgressChangeModel) plan!: ProgressChangeModel;
  @Field(() => [PriorityProgressChangeModel]) priorities!: PriorityProgressChangeModel[];
  @Field(() => [ActionProgressChangeModel]) actions!: ActionProgressChangeModel[];
  @Field(() => [ComparedActionModel]) completed!: ComparedActionModel[];
  @Field(() => [ComparedActionModel]) added!: ComparedActionModel[];
  @Field(() => [ComparedActionModel], { description: 'Archived since.' }) removed!: ComparedActionModel[];
  @Field(() => [ComparedActionModel]) deferred!: ComparedActionModel[];
  @Field(() => [SlippedMilestoneModel], { description: 'Most days first.' })
  slippedMilestones!: SlippedMilestoneModel[];
}

@ObjectType('AgendaItem', { description: 'An exception on the meeting’s agenda.' })
export class AgendaItemModel {
  @Field(() => Int) position!: number;
  @Field(() => [ExceptionReason]) reasons!: ExceptionReason[];
  @Field(() => SnapshotActionModel) action!: SnapshotActionModel;
}

@ObjectType('PublicQuestion', { description: "A resident's question for a Performance Scrutiny Meeting." })
export class PublicQuestionModel {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field(() => String, { nullable: true, description: 'Who asked, without naming them. Never public.' })
  askedBy!: string | null;
  @Field(() => DateScalar) receivedOn!: Date;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => String, { nullable: true }) answeredBy!: string | null;
  @Field() published!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field({ description: 'The quarter of the meeting, e.g. "2025/26 Q1".' }) quarter!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The meeting date.' }) meetingOn!: Date | null;
  actionIds!: string[];
  cycleId!: string;
}
