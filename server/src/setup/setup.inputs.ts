import { LIMITS } from '@partnership-tracker/domain';
import { InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ContactField, TextField } from '../common/graphql/input-fields.js';
import { PasswordField, TokenField } from '../users/user.inputs.js';

@InputType({
  description: 'The first run: who the first admin is, and the organisation that runs the service.',
})
export class CompleteSetupInput {
  @TokenField()
  token!: string;

  @TextField(LIMITS.partner.name)
  @Matches(/\S/, { message: 'Enter the name of your organisation' })
  organisationName!: string;

  @TextField(LIMITS.user.name)
  @Matches(/\S/, { message: 'Enter your full name' })
  name!: string;

  @ContactField('email', 'Email address', { presence: 'required' })
  email!: string;

  @PasswordField()
  password!: string;
}
