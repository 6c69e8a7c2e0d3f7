import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActionModel } from './action.model.js';

@ObjectType('ActionPage', { description: 'One page of actions, with the total that match.' })
export class ActionPage {
  @Field(() => [ActionModel]) items!: ActionModel[];
  @Field(() => Int) totalCount!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
  @Field() hasNextPage!: boolean;
}
