import { LIMITS } from '@partnership-tracker/domain';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  DateField,
  IdListField,
  EnumField,
  IdField,
  IntField,
  TextField,
} from '../common/graphql/input-fields.js';
import { EscalationTarget, FollowUpStatus, ReviewCycleStatus, ReviewDecision } from './review-enums.js';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';

@InputType({ description: 'Admins: set up the review of a quarter.' })
export class CreateReviewCycleInput {
  @IdField('Choose a plan')
  planId!: string;

  @TextField('Quarter', {
    min: 7,
    max: 10,
    description: 'e.g. "2025/26 Q1". It must fall within the plan’s period.',
  })
  quarter!: string;

  @DateField({ presence: 'omittable', description: 'Defaults to the first day of the quarter’s last month.' })
  opensOn?: Date;

  @DateField({ presence: 'omittable', description: 'Defaults to the quarter’s last day.' })
  deadline?: Date;

  @DateField({ presence: 'nullable' })
  meetingOn?: Date | null;
}

@InputType({ description: 'Admins: change a cycle’s dates (not once closed).' })
export class UpdateReviewCycleInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Expected version', { min: 1, max: 2_000_000_000 })
  expectedVersion!: number;

  @DateField({ presence: 'omittable' })
  opensOn?: Date;

  @DateField({ presence: 'omittable' })
  deadline?: Date;

  @DateField({ presence: 'nullable' })
  meetingOn?: Date | null;
}

@InputType({ description: 'Admins: move a cycle one step forward or back. Closing freezes the quarter.' })
export class MoveReviewCycleInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Expected version', { min: 1, max: 2_000_000_000 })
  expectedVersion!: number;

  @EnumField(ReviewCycleStatus, { message: 'Choose a status' })
  to!: ReviewCycleStatus;

  @Field({ nullable: true, defaultValue: false, description: 'Must be true to close.' })
  @IsOptional()
  @IsBoolean({ message: 'confirm must be true or false' })
  confirm?: boolean;
}

@InputType()
export class NewFollowUpInput {
  @TextField(LIMITS.review.followUp)
  description!: string;

  @IdField('Choose the partner who owns the follow-up')
  ownerPartnerId!: string;

  @DateField()
  dueOn!: Date;
}

@InputType({ description: 'Admins: record a decision and note on an action in a cycle.' })
export class RecordReviewDecisionInput {
  @IdField('Choose a review cycle')
  cycleId!: string;

  @IdField('Choose an action')
  actionId!: string;

  @EnumField(ReviewDecision, { message: 'Choose a decision' })
  decision!: ReviewDecision;

  @EnumField(EscalationTarget, { presence: 'nullable', message: 'Choose where it is escalated to' })
  escalatedTo?: EscalationTarget | null;

  @TextField(LIMITS.review.decisionNote)
  note!: string;

  @Field(() => [NewFollowUpInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'Add at most 10 follow-ups at a time' })
  @ValidateNested({ each: true })
  @Type(() => NewFollowUpInput)
  followUps?: NewFollowUpInput[];
}

@InputType({ description: "A partner's answer to a challenge." })
export class RespondToReviewInput {
  @IdField('Choose a review cycle')
  cycleId!: string;

  @IdField('Choose an action')
  actionId!: string;

  @TextField(LIMITS.review.answer)
  response!: string;
}

@InputType({ description: 'Admins: add a follow-up to an action in a cycle.' })
export class AddFollowUpInput extends NewFollowUpInput {
  @IdField('Choose a review cycle')
  cycleId!: string;

  @IdField('Choose an action')
  actionId!: string;
}

@InputType({
  description: "Change a follow-up's status (its owner or an admin); admins may change the rest.",
})
export class UpdateFollowUpInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Expected version', { min: 1, max: 2_000_000_000 })
  expectedVersion!: number;

  @EnumField(FollowUpStatus, { presence: 'omittable', message: 'Choose a status' })
  status?: FollowUpStatus;

  @TextField(LIMITS.review.followUp, { presence: 'omittable' })
  description?: string;

  @IdField('Choose the partner who owns the follow-up', { presence: 'omittable' })
  ownerPartnerId?: string;

  @DateField({ presence: 'omittable' })
  dueOn?: Date;
}

@InputType({ description: "Admins: put the agenda's actions in order; the rest follow." })
export class ReorderAgendaInput {
  @IdField('Choose a review cycle')
  cycleId!: string;

  @IdListField('Each action must be a valid id', { max: 1000 })
  actionIds!: string[];
}

@InputType({ description: "Admins: record a resident's question for a meeting." })
export class CreatePublicQuestionInput {
  @IdField('Choose a review cycle')
  cycleId!: string;

  @TextField(LIMITS.question.question)
  question!: string;

  @TextField(LIMITS.question.askedBy, { presence: 'nullable' })
  askedBy?: string | null;

  @DateField()
  receivedOn!: Date;

  @TextField(LIMITS.question.answer, { presence: 'nullable' })
  answer?: string | null;

  @TextField(LIMITS.question.answeredBy, { presence: 'nullable' })
  answeredBy?: string | null;

  @IdListField('Each action must be a valid id', {
    max: 50,
    presence: 'omittable',
    description: 'Actions the question is about.',
  })
  actionIds?: string[];
}

@InputType({ description: 'Admins: change, answer or publish a question. Publishing needs an answer.' })
export class UpdatePublicQuestionInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Expected version', { min: 1, max: 2_000_000_000 })
  expectedVersion!: number;

  @TextField(LIMITS.question.question, { presence: 'omittable' })
  question?: string;

  @TextField(LIMITS.question.askedBy, { presence: 'nullable' })
  askedBy?: string | null;

  @DateField({ presence: 'omittable' })
  receivedOn?: Date;

  @TextField(LIMITS.question.answer, { presence: 'nullable' })
  answer?: string | null;

  @TextField(LIMITS.question.answeredBy, { presence: 'nullable' })
  answeredBy?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'published must be true or false' })
  published?: boolean;

  @IdListField('Each action must be a valid id', { max: 50, presence: 'omittable' })
  actionIds?: string[];

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}
