import { Field, ObjectType } from '@nestjs/graphql';
import { ActionModel } from '../actions/action.model.js';
import { PartnerModel } from '../partners/partner.model.js';

@ObjectType('MyActions', {
  description: 'The actions a partner leads or supports, sorted by what needs doing.',
})
export class MyActions {
  @Field(() => PartnerModel) partner!: PartnerModel;
  @Field({ description: 'The current UK financial-year quarter, e.g. "2026/27 Q3".' }) quarter!: string;
  @Field(() => [ActionModel], { description: 'Open actions with a milestone past its due date.' })
  overdueMilestones!: ActionModel[];
  @Field(() => [ActionModel], { description: 'Open actions with no progress report this quarter.' })
  needsUpdate!: ActionModel[];
  @Field(() => [ActionModel], { description: 'Everything else: reported this quarter, or finished.' })
  upToDate!: ActionModel[];
}
