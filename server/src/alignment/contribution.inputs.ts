import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { CONTRIBUTION_LIMITS } from '@partnership-tracker/domain';
import { IdField, TextField } from '../common/graphql/input-fields.js';

@InputType({
  description:
    "Link an action to a priority of another plan. The Commissioner's team's links are agreed at once; a partner's are proposed.",
})
export class AddContributionInput {
  @IdField('Choose an action')
  actionId!: string;

  @IdField('Choose a priority of another plan')
  priorityId!: string;

  @TextField(CONTRIBUTION_LIMITS.outcome, { presence: 'nullable' })
  outcome?: string | null;

  @TextField(CONTRIBUTION_LIMITS.how, { presence: 'nullable' })
  how?: string | null;
}

@InputType({ description: 'Change the outcome or the sentence on how of a contribution.' })
export class UpdateContributionInput {
  @IdField('id must be a valid id')
  id!: string;

  @TextField(CONTRIBUTION_LIMITS.outcome, { presence: 'nullable' })
  outcome?: string | null;

  @TextField(CONTRIBUTION_LIMITS.how, { presence: 'nullable' })
  how?: string | null;
}

@InputType({ description: 'Agree or decline a proposed contribution.' })
export class DecideContributionInput {
  @IdField('id must be a valid id')
  id!: string;

  @Field({ description: 'True to agree it, false to decline it.' })
  @IsBoolean({ message: 'Choose whether to agree or decline' })
  agree!: boolean;
}
