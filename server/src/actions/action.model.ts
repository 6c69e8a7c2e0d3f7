import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatus, Area, Rag } from '../common/graphql/enums.js';
import { DateScalar } from '../common/graphql/scalars.js';

@ReadsFrom('Action')
@ObjectType('Action', { description: 'Something a lead partner, with supporting partners, will deliver.' })
export class ActionModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Reference within the plan, e.g. 1.3.' }) ref!: string;
  @Field() title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The working description. Null for the public, who read publicSummary.',
  })
  description!: string | null;
  @Field({
    description: 'Whether the action appears on the public progress page and in open data.',
  })
  published!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Plain-language summary for the public progress page and open data.',
  })
  publicSummary!: string | null;
  @Field(() => DateScalar, { nullable: true }) startDate!: Date | null;
  @Field(() => DateScalar, { nullable: true }) dueDate!: Date | null;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => Rag) rag!: Rag;
  @Field(() => String, {
    nullable: true,
    description: 'Why the RAG differs from the suggested one. Null for the public.',
  })
  ragReason!: string | null;
  @Field(() => Int, { description: 'Per cent complete, 0 to 100.' }) progress!: number;
  @Field(() => Int, { description: 'Relative size of the action when progress is rolled up.' })
  weight!: number;
  @Field(() => Area) area!: Area;
  @Field(() => Int, { description: 'Increases on every change; send it back to update safely.' })
  version!: number;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The due date agreed in the plan’s baseline or the amendment that added it; null in a draft plan.',
  })
  baselineDueDate!: Date | null;
  @Field(() => Int, { description: 'How many applied amendments moved the due date since the baseline.' })
  dueDateMoves!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  priorityId!: string;
  leadPartnerId!: string;
}
