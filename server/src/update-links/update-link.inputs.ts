import { InputType } from '@nestjs/graphql';
import { IsEmail } from 'class-validator';
import { IdField, IntField, TextField } from '../common/graphql/input-fields.js';

@InputType()
export class IssueUpdateLinkInput {
  @IdField('Choose a partner')
  partnerId!: string;

  @TextField('Email address', { max: 254, description: 'The partner contact the link is for.' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.org' })
  email!: string;

  @IntField('Days', {
    min: 1,
    max: 90,
    presence: 'omittable',
    defaultValue: 14,
    description: 'Days until it expires.',
  })
  expiresInDays?: number;
}

@InputType()
export class OpenUpdateLinkInput {
  @TextField('Link', { max: 100 })
  token!: string;
}

@InputType()
export class RevokeUpdateLinkInput {
  @IdField('id must be a valid id')
  id!: string;
}
