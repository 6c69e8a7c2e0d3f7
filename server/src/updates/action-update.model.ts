import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatus, Rag } from '../common/graphql/enums.js';
import { GraphQLJSON } from '../audit/json.scalar.js';

@ReadsFrom('ActionUpdate')
@ObjectType('ActionUpdate', {
  description: 'A progress report on an action. Never edited: a correction is a new update.',
})
export class ActionUpdateModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The action version this update produced.' }) version!: number;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => Rag) rag!: Rag;
  @Field(() => Rag, { description: "What the plan's RAG rule suggested at the time." }) suggestedRag!: Rag;
  @Field(() => String, { nullable: true, description: 'Why the RAG differs from the suggestion.' })
  ragReason!: string | null;
  @Field(() => Int) progress!: number;
  @Field() commentary!: string;
  @Field(() => String, { nullable: true, description: 'The difference made.' }) outcome!: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: '[{ milestoneId, title, completedOn, evidence }]',
  })
  milestoneCompletions!: unknown;
  @Field({ description: 'Who reported it: their email, or the update link holder’s.' }) authorEmail!: string;
  @Field({ description: 'USER or UPDATE_LINK.' }) via!: string;
  @Field() createdAt!: Date;
  authorPartnerId!: string | null;
  actionId!: string;
}
