import { LIMITS } from '@partnership-tracker/domain';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';
import { InputType } from '@nestjs/graphql';
import { IdField, IntField, TextField } from '../common/graphql/input-fields.js';

@InputType()
export class CreatePriorityInput {
  @IdField('Choose a plan')
  planId!: string;

  @IntField('Number', { min: 1, max: 99 })
  number!: number;

  @TextField(LIMITS.priority.title)
  title!: string;

  @TextField(LIMITS.priority.description, { presence: 'nullable' })
  description?: string | null;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}

@InputType()
export class UpdatePriorityInput {
  @IdField('id must be a valid id')
  id!: string;

  @IntField('Number', { min: 1, max: 99, presence: 'omittable' })
  number?: number;

  @TextField(LIMITS.priority.title, { presence: 'omittable' })
  title?: string;

  @TextField(LIMITS.priority.description, { presence: 'nullable' })
  description?: string | null;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}
