import { LIMITS } from '@partnership-tracker/domain';
import { InputType } from '@nestjs/graphql';
import { IsEmail, IsUrl, Matches } from 'class-validator';
import { PartnerKind } from '../common/graphql/enums.js';
import { EnumField, IdField, TextField, type Presence } from '../common/graphql/input-fields.js';
import { applyDecorators } from '@nestjs/common';

const PHONE = /^[0-9 +()-]{6,30}$/;
const KIND_MESSAGE = 'Choose what kind of organisation this is';

const WebsiteField = () =>
  applyDecorators(
    TextField('Website', { max: 300, presence: 'nullable' }),
    IsUrl(
      { protocols: ['https', 'http'], require_protocol: true },
      { message: 'Enter a web address starting with https://' },
    ),
  );
const EmailField = () =>
  applyDecorators(
    TextField('Contact email', { max: 254, presence: 'nullable' }),
    IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' }),
  );
const PhoneField = () =>
  applyDecorators(
    TextField('Contact telephone', { max: 30, presence: 'nullable' }),
    Matches(PHONE, { message: 'Enter a telephone number, like 01629 000000' }),
  );
const NameField = (presence: Presence) => TextField(LIMITS.partner.name, { presence });

@InputType()
export class CreatePartnerInput {
  @NameField('required')
  name!: string;

  @EnumField(PartnerKind, { message: KIND_MESSAGE })
  kind!: PartnerKind;

  @WebsiteField()
  website?: string | null;

  @TextField(LIMITS.partner.description, { presence: 'nullable' })
  description?: string | null;

  @EmailField()
  contactEmail?: string | null;

  @PhoneField()
  contactPhone?: string | null;
}

@InputType()
export class UpdatePartnerInput {
  @IdField('id must be a valid id')
  id!: string;

  @NameField('omittable')
  name?: string;

  @EnumField(PartnerKind, { message: KIND_MESSAGE, presence: 'omittable' })
  kind?: PartnerKind;

  @WebsiteField()
  website?: string | null;

  @TextField(LIMITS.partner.description, { presence: 'nullable' })
  description?: string | null;

  @EmailField()
  contactEmail?: string | null;

  @PhoneField()
  contactPhone?: string | null;
}
