import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { DateScalar } from '../common/graphql/scalars.js';
import { IsOmittable } from '../common/graphql/validation.js';

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an action' })
  actionId!: string;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(300, { message: 'Title must be 300 characters or fewer' })
  title!: string;

  @Field(() => DateScalar)
  @IsDate({ message: 'Enter a real date' })
  dueDate!: Date;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  completedOn?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Evidence must be 5,000 characters or fewer' })
  evidence?: string | null;
}

@InputType({ description: 'Changes to a milestone. Set completedOn to null to reopen it.' })
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(300, { message: 'Title must be 300 characters or fewer' })
  title?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOmittable()
  @IsDate({ message: 'Enter a real date' })
  dueDate?: Date;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Enter a real date' })
  completedOn?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Evidence must be 5,000 characters or fewer' })
  evidence?: string | null;
}
