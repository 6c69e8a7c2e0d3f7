import { LIMITS } from '@partnership-tracker/domain';
import { InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ContactField, TextField } from '../common/graphql/input-fields.js';

@InputType({
  description: 'The first run: who the first admin is, and the organisation that runs the service.',
})
export class CompleteSetupInput {
  @TextField('Link', { max: 100, description: 'The token from the setup link in the server’s log.' })
  token!: string;

  @TextField(LIMITS.partner.name)
  @Matches(/\S/, { message: 'Enter the name of your organisation' })
  organisationName!: string;

  @TextField(LIMITS.user.name)
  @Matches(/\S/, { message: 'Enter your full name' })
  name!: string;

  @ContactField('email', 'Email address', { presence: 'required' })
  email!: string;

  @TextField('Password', { min: 12, max: 200, description: 'The admin’s password: 12 to 200 characters.' })
  password!: string;
}
