import { InputType } from '@nestjs/graphql';
import { DateField, IdField, TextField } from '../common/graphql/input-fields.js';

@InputType()
export class CreateMilestoneInput {
  @IdField('Choose an action')
  actionId!: string;

  @TextField('Title', { min: 3, max: 300 })
  title!: string;

  @DateField()
  dueDate!: Date;

  @DateField({ presence: 'nullable' })
  completedOn?: Date | null;

  @TextField('Evidence', { max: 5000, presence: 'nullable' })
  evidence?: string | null;
}

@InputType({ description: 'Changes to a milestone. Set completedOn to null to reopen it.' })
export class UpdateMilestoneInput {
  @IdField('id must be a valid id')
  id!: string;

  @TextField('Title', { min: 3, max: 300, presence: 'omittable' })
  title?: string;

  @DateField({ presence: 'omittable' })
  dueDate?: Date;

  @DateField({ presence: 'nullable' })
  completedOn?: Date | null;

  @TextField('Evidence', { max: 5000, presence: 'nullable' })
  evidence?: string | null;
}
