import {
  AMENDMENT_LIMITS,
  AMENDMENT_MAX_CHANGES,
  LIMITS,
  MERGE_SOURCES,
  NEW_ACTION_MAX_MILESTONES,
  SPLIT_PARTS,
  WEIGHT_RANGE,
} from '@partnership-tracker/domain';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';
import {
  DateField,
  EnumField,
  IdField,
  IdListField,
  IntField,
  TextField,
} from '../common/graphql/input-fields.js';

export enum AmendmentChangeKind {
  MOVE_DATES = 'MOVE_DATES',
  MOVE_MILESTONE = 'MOVE_MILESTONE',
  CHANGE_SCOPE = 'CHANGE_SCOPE',
  CHANGE_WEIGHT = 'CHANGE_WEIGHT',
  ADD_ACTION = 'ADD_ACTION',
  RETIRE_ACTION = 'RETIRE_ACTION',
  SPLIT_ACTION = 'SPLIT_ACTION',
  MERGE_ACTIONS = 'MERGE_ACTIONS',
}

registerEnumType(AmendmentChangeKind, {
  name: 'AmendmentChangeKind',
  description:
    'What one change of an amendment does: move an action’s dates or a milestone’s due date, change an action’s scope or weight, add or retire an action, split one action into new ones, or merge actions into a new one.',
});

@InputType({ description: 'A milestone of an action an amendment adds.' })
export class NewMilestoneSpecInput {
  @TextField(LIMITS.milestone.title)
  title!: string;

  @DateField()
  dueDate!: Date;
}

@InputType({ description: 'An action an amendment adds, alone or in a split or merge.' })
export class NewActionSpecInput {
  @IdField('Choose a priority')
  priorityId!: string;

  @TextField('Reference', {
    max: 20,
    description: 'Reference within the plan, e.g. 1.3; not one the plan has had.',
  })
  ref!: string;

  @TextField(LIMITS.action.title)
  title!: string;

  @TextField(LIMITS.action.description, { presence: 'nullable' })
  description?: string | null;

  @IdField('Choose a lead partner')
  leadPartnerId!: string;

  @DateField({ presence: 'nullable' })
  startDate?: Date | null;

  @DateField({ description: 'The agreed due date: it becomes the new action’s baseline.' })
  dueDate!: Date;

  @IntField('Weight', { ...WEIGHT_RANGE, presence: 'omittable' })
  weight?: number;

  @Field(() => [NewMilestoneSpecInput], {
    nullable: true,
    description: 'Its milestones, made with it when the amendment is applied.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NEW_ACTION_MAX_MILESTONES, {
    message: `At most ${NEW_ACTION_MAX_MILESTONES} milestones for one new action`,
  })
  @ValidateNested({ each: true })
  @Type(() => NewMilestoneSpecInput)
  milestones?: NewMilestoneSpecInput[] | null;
}

@InputType({
  description:
    'One change of an amendment. Which fields a kind needs, and the rules they meet, are the domain library’s checkAmendment.',
})
export class AmendmentChangeInput {
  @EnumField(AmendmentChangeKind, { message: 'Choose what the change does' })
  kind!: AmendmentChangeKind;

  @IdField('Choose an action', { presence: 'nullable' })
  actionId?: string | null;

  @IdListField('Choose actions of this plan', {
    max: MERGE_SOURCES.max,
    presence: 'nullable',
    description: 'MERGE_ACTIONS.',
  })
  actionIds?: string[] | null;

  @IdField('Choose a milestone', { presence: 'nullable' })
  milestoneId?: string | null;

  @DateField({ presence: 'nullable', description: 'MOVE_DATES: the new start date (null clears it).' })
  startDate?: Date | null;

  @DateField({ presence: 'nullable', description: 'MOVE_DATES and MOVE_MILESTONE: the new due date.' })
  dueDate?: Date | null;

  @TextField(LIMITS.action.title, { presence: 'nullable', description: 'CHANGE_SCOPE.' })
  title?: string | null;

  @TextField(LIMITS.action.description, { presence: 'nullable', description: 'CHANGE_SCOPE.' })
  description?: string | null;

  @IntField('Weight', { ...WEIGHT_RANGE, presence: 'nullable', description: 'CHANGE_WEIGHT.' })
  weight?: number | null;

  @Field(() => [NewActionSpecInput], {
    nullable: true,
    description: 'ADD_ACTION and MERGE_ACTIONS: one; SPLIT_ACTION: two or more.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SPLIT_PARTS.max, { message: `At most ${SPLIT_PARTS.max} new actions in one change` })
  @ValidateNested({ each: true })
  @Type(() => NewActionSpecInput)
  newActions?: NewActionSpecInput[] | null;
}

@InputType({ description: 'Admins: propose an amendment to an active plan.' })
export class ProposeAmendmentInput {
  @IdField('Choose a plan')
  planId!: string;

  @TextField(AMENDMENT_LIMITS.title)
  title!: string;

  @TextField(AMENDMENT_LIMITS.reason, {
    description: 'Why the plan changes: shown to the Panel and in open data.',
  })
  reason!: string;

  @IdField('Choose a review of this plan', {
    presence: 'nullable',
    description: 'The quarterly review at which it was agreed, if any.',
  })
  cycleId?: string | null;

  @Field(() => [AmendmentChangeInput])
  @IsArray()
  @ArrayMaxSize(AMENDMENT_MAX_CHANGES, {
    message: `An amendment can make at most ${AMENDMENT_MAX_CHANGES} changes`,
  })
  @ValidateNested({ each: true })
  @Type(() => AmendmentChangeInput)
  changes!: AmendmentChangeInput[];

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}

@InputType({ description: 'Admins: approve or apply an amendment.' })
export class DecideAmendmentInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Expected version', { min: 1, max: 2_000_000_000 })
  expectedVersion!: number;
}

@InputType({ description: 'Admins: reject or withdraw an amendment, saying why.' })
export class CloseAmendmentInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Expected version', { min: 1, max: 2_000_000_000 })
  expectedVersion!: number;

  @TextField(AMENDMENT_LIMITS.closedReason)
  reason!: string;
}
