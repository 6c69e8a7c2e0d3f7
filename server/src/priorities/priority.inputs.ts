import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../common/graphql/validation.js';

@InputType()
export class CreatePriorityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a plan' })
  planId!: string;

  @Field(() => Int)
  @IsInt({ message: 'Number must be a whole number' })
  @Min(1, { message: 'Number must be 1 or more' })
  @Max(99, { message: 'Number must be 99 or less' })
  number!: number;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(200, { message: 'Title must be 200 characters or fewer' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Description must be 5,000 characters or fewer' })
  description?: string | null;
}

@InputType()
export class UpdatePriorityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt({ message: 'Number must be a whole number' })
  @Min(1, { message: 'Number must be 1 or more' })
  @Max(99, { message: 'Number must be 99 or less' })
  number?: number;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(3, { message: 'Title must be at least 3 characters' })
  @MaxLength(200, { message: 'Title must be 200 characters or fewer' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Description must be 5,000 characters or fewer' })
  description?: string | null;
}
