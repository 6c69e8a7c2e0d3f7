import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsDate,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ActionStatus, Area, Rag } from '../common/graphql/enums.js';
import { DateScalar } from '../common/graphql/scalars.js';
import { IsOmittable } from '../common/graphql/validation.js';
import { ACTION_REF_PATTERN } from './action-ref.js';

const REF_MESSAGE = 'Reference must be numbers separated by dots, like 1.3';

@InputType()
export class CreateActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a priority' })
  priorityId!: string;

  @Field({ description: 'Reference within the plan, e.g. 1.3.' })
  @Matches(ACTION_REF_PATTERN, { message: REF_MESSAGE })
  ref!: string;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(300, { message: 'Title must be 300 characters or fewer' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Description must be 5,000 characters or fewer' })
  description?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a lead partner' })
  leadPartnerId!: string;

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(30, { message: 'An action can have at most 30 supporting partners' })
  @IsUUID('all', { each: true, message: 'Choose supporting partners from the list' })
  supportingPartnerIds?: string[];

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  dueDate?: Date | null;

  @Field(() => ActionStatus, { nullable: true, defaultValue: ActionStatus.NOT_STARTED })
  @IsOmittable()
  @IsEnum(ActionStatus)
  status?: ActionStatus;

  @Field(() => Rag, { nullable: true, defaultValue: Rag.GREEN })
  @IsOmittable()
  @IsEnum(Rag)
  rag?: Rag;

  @Field(() => Int, { nullable: true, description: 'Defaults to 0, or 100 when completed.' })
  @IsOmittable()
  @IsInt({ message: 'Progress must be a whole number' })
  @Min(0, { message: 'Progress must be between 0 and 100' })
  @Max(100, { message: 'Progress must be between 0 and 100' })
  progress?: number;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOmittable()
  @IsInt({ message: 'Weight must be a whole number' })
  @Min(1, { message: 'Weight must be between 1 and 10' })
  @Max(10, { message: 'Weight must be between 1 and 10' })
  weight?: number;

  @Field(() => Area, { nullable: true, defaultValue: Area.COUNTYWIDE })
  @IsOmittable()
  @IsEnum(Area)
  area?: Area;
}

@InputType({ description: 'Changes to an action. Send the version you read; a stale version gets CONFLICT.' })
export class UpdateActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ID, { nullable: true })
  @IsOmittable()
  @IsUUID('all', { message: 'Choose a priority' })
  priorityId?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @Matches(ACTION_REF_PATTERN, { message: REF_MESSAGE })
  ref?: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(300, { message: 'Title must be 300 characters or fewer' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Description must be 5,000 characters or fewer' })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOmittable()
  @IsUUID('all', { message: 'Choose a lead partner' })
  leadPartnerId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(30, { message: 'An action can have at most 30 supporting partners' })
  @IsUUID('all', { each: true, message: 'Choose supporting partners from the list' })
  supportingPartnerIds?: string[];

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  dueDate?: Date | null;

  @Field(() => ActionStatus, { nullable: true })
  @IsOmittable()
  @IsEnum(ActionStatus)
  status?: ActionStatus;

  @Field(() => Rag, { nullable: true })
  @IsOmittable()
  @IsEnum(Rag)
  rag?: Rag;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt({ message: 'Progress must be a whole number' })
  @Min(0, { message: 'Progress must be between 0 and 100' })
  @Max(100, { message: 'Progress must be between 0 and 100' })
  progress?: number;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt({ message: 'Weight must be a whole number' })
  @Min(1, { message: 'Weight must be between 1 and 10' })
  @Max(10, { message: 'Weight must be between 1 and 10' })
  weight?: number;

  @Field(() => Area, { nullable: true })
  @IsOmittable()
  @IsEnum(Area)
  area?: Area;
}

@InputType({ description: 'Narrows the actions list. Every field is optional; they combine with AND.' })
export class ActionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'planId must be a valid id' })
  planId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  planSlug?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'priorityId must be a valid id' })
  priorityId?: string;

  @Field(() => ID, { nullable: true, description: 'Actions this partner leads or supports.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a valid id' })
  partnerId?: string;

  @Field(() => [ActionStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ActionStatus, { each: true })
  status?: ActionStatus[];

  @Field(() => [Rag], { nullable: true })
  @IsOptional()
  @IsEnum(Rag, { each: true })
  rag?: Rag[];

  @Field(() => DateScalar, { nullable: true, description: 'Due on or before this date.' })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  dueBefore?: Date;

  @Field({
    nullable: true,
    description: 'Only open actions past their due date (true), or only the others (false).',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({ nullable: true, description: 'Words in the reference, title or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Search text must be 200 characters or fewer' })
  text?: string;
}

@InputType({ description: 'Which page of results: at most 100 items.' })
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOmittable()
  @IsInt()
  @Min(0, { message: 'offset must be 0 or more' })
  @Max(1_000_000)
  offset: number = 0;

  @Field(() => Int, { nullable: true, defaultValue: 25 })
  @IsOmittable()
  @IsInt()
  @Min(1, { message: 'limit must be between 1 and 100' })
  @Max(100, { message: 'limit must be between 1 and 100' })
  limit: number = 25;
}
