import { InputType } from '@nestjs/graphql';
import { AuditOutcome } from '../generated/prisma/enums.js';
import { DateField, EnumField, IdField, TextField } from '../common/graphql/input-fields.js';

@InputType({ description: 'Narrows the audit trail. Fields combine with AND.' })
export class AuditFilter {
  @IdField('userId must be a valid id', { presence: 'nullable' })
  userId?: string;

  @IdField('partnerId must be a valid id', { presence: 'nullable', description: "The actor's organisation." })
  partnerId?: string;

  @TextField('Record id', {
    max: 100,
    presence: 'nullable',
    description: 'The changed record, or the action it belongs to.',
  })
  recordId?: string;

  @EnumField(AuditOutcome, { presence: 'nullable' })
  outcome?: AuditOutcome;

  @DateField({ presence: 'nullable', description: 'On or after this day (UK).' })
  from?: Date;

  @DateField({ presence: 'nullable', description: 'On or before this day (UK).' })
  to?: Date;
}
