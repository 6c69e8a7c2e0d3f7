import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanEventKind } from './plan-events.js';

registerEnumType(PlanEventKind, {
  name: 'PlanEventKind',
  description: 'What changed in a plan.',
  valuesMap: {
    ACTION_UPDATED: { description: 'An action changed: a progress update, an edit or a bulk change.' },
    REVIEW_NOTE_ADDED: { description: 'A note or decision was added to a quarterly review.' },
    FOLLOW_UP_CHANGED: { description: 'A follow-up from a review was added or changed.' },
    CYCLE_STATUS_CHANGED: { description: 'A review cycle opened, started or closed.' },
    AGENDA_REORDERED: { description: 'The order of a review meeting’s agenda changed.' },
    QUESTION_CHANGED: { description: 'A question to a partner was asked, answered or changed.' },
  },
});

@ObjectType('PlanEvent', {
  description:
    'Something changed in a plan. It names what changed, not its content: refetch that part, so each viewer reads it with their own permissions.',
})
export class PlanEventModel {
  @Field(() => PlanEventKind) kind!: PlanEventKind;
  @Field(() => ID) planId!: string;
  @Field(() => ID, { nullable: true, description: 'The action that changed, if the event is about one.' })
  actionId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The review cycle concerned, if any.' })
  cycleId!: string | null;
  @Field({ description: 'When the change was saved.' }) at!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Who made the change: their name, or their email if they have none.',
  })
  actorName!: string | null;
}
