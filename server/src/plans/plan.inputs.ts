import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsDate,
  IsEnum,
  NotEquals,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PlanStatus } from '../common/graphql/enums.js';
import { DateScalar } from '../common/graphql/scalars.js';
import { IsOmittable } from '../common/graphql/validation.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class CreatePlanInput {
  @Field({ description: 'Lower-case words joined by hyphens, e.g. rural-crime-strategy-2024-2027.' })
  @Matches(SLUG, { message: 'Slug must be lower-case letters and numbers joined by hyphens' })
  @MaxLength(80, { message: 'Slug must be 80 characters or fewer' })
  // The client's /plans/new page would hide a plan with this slug.
  @NotEquals('new', { message: 'Slug cannot be "new": choose another' })
  slug!: string;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(200, { message: 'Title must be 200 characters or fewer' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Summary must be 5,000 characters or fewer' })
  summary?: string | null;

  @Field(() => DateScalar)
  @IsDate({ message: 'Enter a real date' })
  startDate!: Date;

  @Field(() => DateScalar)
  @IsDate({ message: 'Enter a real date' })
  endDate!: Date;

  @Field(() => PlanStatus, { nullable: true, defaultValue: PlanStatus.DRAFT })
  @IsOmittable()
  @IsEnum(PlanStatus)
  status?: PlanStatus;

  @Field(() => ID, { description: 'The organisation that owns the plan.' })
  @IsUUID('all', { message: 'Choose the owning organisation' })
  ownerPartnerId!: string;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(200, { message: 'Title must be 200 characters or fewer' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Summary must be 5,000 characters or fewer' })
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOmittable()
  @IsDate({ message: 'Enter a real date' })
  startDate?: Date;

  @Field(() => DateScalar, { nullable: true })
  @IsOmittable()
  @IsDate({ message: 'Enter a real date' })
  endDate?: Date;

  @Field(() => PlanStatus, { nullable: true })
  @IsOmittable()
  @IsEnum(PlanStatus)
  status?: PlanStatus;

  @Field(() => ID, { nullable: true })
  @IsOmittable()
  @IsUUID('all', { message: 'Choose the owning organisation' })
  ownerPartnerId?: string;
}
