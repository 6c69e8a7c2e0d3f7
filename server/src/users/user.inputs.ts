import { LIMITS } from '@partnership-tracker/domain';
import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, Matches } from 'class-validator';
import { Role } from '../common/graphql/enums.js';
import { EnumField, IdField, TextField, type Presence } from '../common/graphql/input-fields.js';
import { UserStatus } from './user-rules.js';

const EmailField = () =>
  applyDecorators(
    TextField('Email address', { max: 254 }),
    IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' }),
  );

export const PasswordField = () =>
  TextField('Password', {
    min: 12,
    max: 200,
    description: 'The new password: 12 to 200 characters.',
  });

export const TokenField = () =>
  TextField('Link', { max: 100, description: 'The token from the link in the email.' });

const RoleField = (presence: Presence = 'required') =>
  EnumField(Role, { message: 'Choose what the user may do', presence });

const PartnerField = (presence: Presence = 'required') =>
  IdField('Choose an organisation from the partner directory', {
    presence,
    description: 'The organisation the user works for.',
  });

@InputType({ description: 'Invites someone by email to make an account.' })
export class InviteUserInput {
  @EmailField()
  email!: string;

  @TextField(LIMITS.user.name)
  @Matches(/\S/, { message: 'Enter a name' })
  name!: string;

  @RoleField()
  role!: Role;

  @PartnerField()
  partnerId!: string;
}

@InputType({ description: 'Which user.' })
export class UserIdInput {
  @IdField('id must be a valid id')
  id!: string;
}

@InputType({ description: 'Changes what a user may do, and optionally the organisation they work for.' })
export class ChangeUserRoleInput {
  @IdField('id must be a valid id')
  id!: string;

  @RoleField()
  role!: Role;

  @PartnerField('omittable')
  partnerId?: string;
}

@InputType({ description: 'Accepts an invitation by choosing a password.' })
export class AcceptInviteInput {
  @TokenField()
  token!: string;

  @PasswordField()
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @EmailField()
  email!: string;
}

@InputType({ description: 'Chooses a new password with the link from a password reset email.' })
export class ResetPasswordInput {
  @TokenField()
  token!: string;

  @PasswordField()
  password!: string;
}

@InputType({ description: 'Narrows the users list. Every field is optional; they combine with AND.' })
export class UserFilter {
  @PartnerField('nullable')
  partnerId?: string;

  @RoleField('nullable')
  role?: Role;

  @Field({ nullable: true, description: 'Not deactivated (true), or deactivated (false).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @EnumField(UserStatus, { presence: 'nullable' })
  status?: UserStatus;

  @TextField('Search text', { max: 200, presence: 'nullable', description: 'Words in the name or email.' })
  text?: string;
}
