import { LIMITS } from '@partnership-tracker/domain';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';
import { InputType } from '@nestjs/graphql';
import { DateField, IdField, TextField } from '../common/graphql/input-fields.js';
import { EvidenceFileIdsField } from '../evidence/evidence.inputs.js';

@InputType()
export class CreateMilestoneInput {
  @IdField('Choose an action')
  actionId!: string;

  @TextField(LIMITS.milestone.title)
  title!: string;

  @DateField()
  dueDate!: Date;

  @DateField({ presence: 'nullable' })
  completedOn?: Date | null;

  @TextField(LIMITS.milestone.evidence, { presence: 'nullable' })
  evidence?: string | null;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}

@InputType({ description: 'Changes to a milestone. Set completedOn to null to reopen it.' })
export class UpdateMilestoneInput {
  @IdField('id must be a valid id')
  id!: string;

  @TextField(LIMITS.milestone.title, { presence: 'omittable' })
  title?: string;

  @DateField({ presence: 'omittable' })
  dueDate?: Date;

  @DateField({ presence: 'nullable' })
  completedOn?: Date | null;

  @TextField(LIMITS.milestone.evidence, { presence: 'nullable' })
  evidence?: string | null;

  /** Files to attach as evidence of its completion: the milestone must be complete once changed. */
  @EvidenceFileIdsField()
  evidenceFileIds?: string[];

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}
