import { LIMITS } from '@partnership-tracker/domain';
import { InputType } from '@nestjs/graphql';
import { PartnerKind } from '../common/graphql/enums.js';
import {
  ContactField,
  EnumField,
  IdField,
  TextField,
  type Presence,
} from '../common/graphql/input-fields.js';

const KIND_MESSAGE = 'Choose what kind of organisation this is';

const WebsiteField = () => ContactField('webAddress', 'Website');
const EmailField = () => ContactField('email', 'Contact email');
const PhoneField = () => ContactField('phone', 'Contact telephone');
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
