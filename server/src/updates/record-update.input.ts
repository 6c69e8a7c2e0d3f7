import { LIMITS } from '@partnership-tracker/domain';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ActionStatus, Rag } from '../common/graphql/enums.js';
import { DateField, EnumField, IdField, IntField, TextField } from '../common/graphql/input-fields.js';
import { IsOmittable } from '../common/graphql/validation.js';
import { EvidenceFileIdsField } from '../evidence/evidence.inputs.js';

@InputType()
export class MilestoneCompletionInput {
  @IdField('Choose a milestone')
  milestoneId!: string;

  @DateField()
  completedOn!: Date;

  @TextField(LIMITS.update.completionEvidence, {
    description: 'A link or a few words on what shows it was done.',
  })
  evidence!: string;

  @EvidenceFileIdsField()
  evidenceFileIds?: string[];
}

@InputType({
  description:
    'A progress report. Send the version you last saw: a stale one gets CONFLICT with the current state.',
})
export class RecordUpdateInput {
  @IdField('Choose an action')
  actionId!: string;

  @IntField('Version', { min: 1, max: 2_147_483_647, description: 'The action version you last saw.' })
  expectedVersion!: number;

  @EnumField(ActionStatus, { message: 'Choose a status' })
  status!: ActionStatus;

  @EnumField(Rag, { message: 'Choose a RAG rating' })
  rag!: Rag;

  @TextField(LIMITS.update.ragReason, {
    presence: 'nullable',
    description: 'Required when the RAG differs from the suggested one.',
  })
  ragReason?: string | null;

  @IntField(LIMITS.progress.label, { min: LIMITS.progress.min, max: LIMITS.progress.max })
  progress!: number;

  @TextField(LIMITS.update.commentary)
  commentary!: string;

  @TextField(LIMITS.update.outcome, { presence: 'nullable', description: 'The difference made, if any.' })
  outcome?: string | null;

  @Field(() => [MilestoneCompletionInput], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneCompletionInput)
  milestoneCompletions?: MilestoneCompletionInput[];

  @EvidenceFileIdsField()
  evidenceFileIds?: string[];
}
