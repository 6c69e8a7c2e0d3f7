import { LIMITS } from '@partnership-tracker/domain';
import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { ActionStatus, Area, Rag } from '../common/graphql/enums.js';
import { IsOmittable } from '../common/graphql/validation.js';
import {
  DateField,
  EnumField,
  IdField,
  IdListField,
  IntField,
  TextField,
  type Presence,
} from '../common/graphql/input-fields.js';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';
import { ACTION_REF_PATTERN } from './action-ref.js';

const PublishedField = () =>
  applyDecorators(
    Field({
      nullable: true,
      description: 'Show the action on the public progress page and in open data. Defaults to true.',
    }),
    IsOmittable(),
    IsBoolean({ message: 'Published must be true or false' }),
  );

const PublicSummaryField = () =>
  TextField(LIMITS.action.publicSummary, {
    presence: 'nullable',
    description: 'Plain-language summary the public reads. No personal details.',
  });

const RefField = (presence: Presence) =>
  applyDecorators(
    TextField('Reference', { max: 20, presence, description: 'Reference within the plan, e.g. 1.3.' }),
    Matches(ACTION_REF_PATTERN, { message: 'Reference must be numbers separated by dots, like 1.3' }),
  );

const SupportersField = (defaultValue?: string[]) =>
  IdListField('Choose supporting partners from the list', {
    max: 30,
    tooMany: 'An action can have at most 30 supporting partners',
    presence: 'omittable',
    defaultValue,
  });

const ProgressField = (description?: string) =>
  IntField('Progress', { min: 0, max: 100, presence: 'omittable', description });

@InputType()
export class CreateActionInput {
  @IdField('Choose a priority')
  priorityId!: string;

  @RefField('required')
  ref!: string;

  @TextField(LIMITS.action.title)
  title!: string;

  @TextField(LIMITS.action.description, { presence: 'nullable' })
  description?: string | null;

  @IdField('Choose a lead partner')
  leadPartnerId!: string;

  @SupportersField([])
  supportingPartnerIds?: string[];

  @DateField({ presence: 'nullable' })
  startDate?: Date | null;

  @DateField({ presence: 'nullable' })
  dueDate?: Date | null;

  @EnumField(ActionStatus, { presence: 'omittable', defaultValue: ActionStatus.NOT_STARTED })
  status?: ActionStatus;

  @EnumField(Rag, { presence: 'omittable', defaultValue: Rag.GREEN })
  rag?: Rag;

  @ProgressField('Defaults to 0, or 100 when completed.')
  progress?: number;

  @IntField('Weight', { min: 1, max: 10, presence: 'omittable', defaultValue: 1 })
  weight?: number;

  @EnumField(Area, { presence: 'omittable', defaultValue: Area.COUNTYWIDE })
  area?: Area;

  @PublishedField()
  published?: boolean;

  @PublicSummaryField()
  publicSummary?: string | null;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}

@InputType({ description: 'Changes to an action. Send the version you read; a stale version gets CONFLICT.' })
export class UpdateActionInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Version', { min: 1, max: 2_147_483_647, description: 'The version you last read.' })
  version!: number;

  @IdField('Choose a priority', { presence: 'omittable' })
  priorityId?: string;

  @RefField('omittable')
  ref?: string;

  @TextField(LIMITS.action.title, { presence: 'omittable' })
  title?: string;

  @TextField(LIMITS.action.description, { presence: 'nullable' })
  description?: string | null;

  @IdField('Choose a lead partner', { presence: 'omittable' })
  leadPartnerId?: string;

  @SupportersField()
  supportingPartnerIds?: string[];

  @DateField({ presence: 'nullable' })
  startDate?: Date | null;

  @DateField({ presence: 'nullable' })
  dueDate?: Date | null;

  @EnumField(ActionStatus, { presence: 'omittable' })
  status?: ActionStatus;

  @EnumField(Rag, { presence: 'omittable' })
  rag?: Rag;

  @ProgressField()
  progress?: number;

  @IntField('Weight', { min: 1, max: 10, presence: 'omittable' })
  weight?: number;

  @EnumField(Area, { presence: 'omittable' })
  area?: Area;

  @PublishedField()
  published?: boolean;

  @PublicSummaryField()
  publicSummary?: string | null;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}

@InputType({ description: 'Narrows the actions list. Every field is optional; they combine with AND.' })
export class ActionFilter {
  @IdField('planId must be a valid id', { presence: 'nullable' })
  planId?: string;

  @TextField('Plan slug', { max: 80, presence: 'nullable' })
  planSlug?: string;

  @IdField('priorityId must be a valid id', { presence: 'nullable' })
  priorityId?: string;

  @IdField('partnerId must be a valid id', {
    presence: 'nullable',
    description: 'Actions this partner leads or supports.',
  })
  partnerId?: string;

  @Field(() => [ActionStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ActionStatus, { each: true })
  status?: ActionStatus[];

  @Field(() => [Rag], { nullable: true })
  @IsOptional()
  @IsEnum(Rag, { each: true })
  rag?: Rag[];

  @DateField({ presence: 'nullable', description: 'Due on or before this date.' })
  dueBefore?: Date;

  @Field({
    nullable: true,
    description: 'Only open actions past their due date (true), or only the others (false).',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @TextField('Search text', {
    max: 200,
    presence: 'nullable',
    description: 'Words in the reference, title or description.',
  })
  text?: string;
}

@InputType({ description: 'Which page of results: at most 100 items.' })
export class PageInput {
  @IntField('offset', { min: 0, max: 1_000_000, presence: 'omittable', defaultValue: 0 })
  offset: number = 0;

  @IntField('limit', { min: 1, max: 100, presence: 'omittable', defaultValue: 25 })
  limit: number = 25;
}
