import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PartnerKind } from '../common/graphql/enums.js';
import { IsOmittable } from '../common/graphql/validation.js';

const PHONE = /^[0-9 +()-]{6,30}$/;

@InputType()
export class CreatePartnerInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Name must be at least 2 characters' })
  @MaxLength(200, { message: 'Name must be 200 characters or fewer' })
  name!: string;

  @Field(() => PartnerKind)
  @IsEnum(PartnerKind, { message: 'Choose what kind of organisation this is' })
  kind!: PartnerKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Enter a web address starting with https://' },
  )
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Description must be 2,000 characters or fewer' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a telephone number, like 01629 000000' })
  contactPhone?: string | null;
}

@InputType()
export class UpdatePartnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id!: string;

  @Field({ nullable: true })
  @IsOmittable()
  @IsString()
  @MinLength(2, { message: 'Name must be at least 2 characters' })
  @MaxLength(200, { message: 'Name must be 200 characters or fewer' })
  name?: string;

  @Field(() => PartnerKind, { nullable: true })
  @IsOmittable()
  @IsEnum(PartnerKind, { message: 'Choose what kind of organisation this is' })
  kind?: PartnerKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Enter a web address starting with https://' },
  )
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Description must be 2,000 characters or fewer' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a telephone number, like 01629 000000' })
  contactPhone?: string | null;
}
