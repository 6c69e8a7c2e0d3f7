import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@partnership-tracker/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { ActionStatus, Rag } from '../common/graphql/enums.js';
import { DateField, EnumField, IdField, TextField } from '../common/graphql/input-fields.js';

@InputType({ description: 'One change applied to many actions, all or nothing.' })
export class BulkUpdateActionsInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one action' })
  @ArrayMaxSize(200, { message: 'Choose at most 200 actions at a time' })
  @IsUUID('all', { each: true, message: 'Choose actions from the list' })
  actionIds!: string[];

  @EnumField(ActionStatus, { presence: 'nullable' })
  status?: ActionStatus;

  @EnumField(Rag, { presence: 'nullable' })
  rag?: Rag;

  @TextField(LIMITS.update.ragReason, { presence: 'nullable', description: 'Why, when setting a RAG.' })
  ragReason?: string | null;

  @DateField({ presence: 'nullable', description: 'Admins only: a new due date.' })
  dueDate?: Date;

  @IdField('Choose a lead partner', { presence: 'nullable', description: 'Admins only: a new lead partner.' })
  leadPartnerId?: string;
}
