import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DOMAIN_DEFAULT_ROLES } from '@partnership-tracker/domain';
import { Role } from '../common/graphql/enums.js';

@InputType()
export class AddPartnerDomainInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a partner' })
  partnerId!: string;

  @Field({ description: 'Like derbyshire.police.uk: the part of the address after the @.' })
  @IsString()
  @MaxLength(300, { message: 'An email domain has at most 253 characters' })
  domain!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  providerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'A tenant id has at most 100 characters' })
  tenantId?: string | null;

  @Field(() => Role, { nullable: true, description: 'PARTNER_EDITOR unless set; never ADMIN.' })
  @IsOptional()
  @IsIn(DOMAIN_DEFAULT_ROLES as unknown as string[], {
    message: 'New accounts can be editors, leads or Panel members',
  })
  defaultRole?: Role | null;
}

@InputType()
export class SetIdentityProviderEnabledInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(40)
  id!: string;

  @Field()
  @IsBoolean()
  enabled!: boolean;
}
