import { InputType } from '@nestjs/graphql';
import { IdField, IntField, TextField } from '../common/graphql/input-fields.js';

@InputType()
export class CreatePriorityInput {
  @IdField('Choose a plan')
  planId!: string;

  @IntField('Number', { min: 1, max: 99 })
  number!: number;

  @TextField('Title', { min: 3, max: 200 })
  title!: string;

  @TextField('Description', { max: 5000, presence: 'nullable' })
  description?: string | null;
}

@InputType()
export class UpdatePriorityInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Number', { min: 1, max: 99, presence: 'omittable' })
  number?: number;

  @TextField('Title', { min: 3, max: 200, presence: 'omittable' })
  title?: string;

  @TextField('Description', { max: 5000, presence: 'nullable' })
  description?: string | null;
}
