import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ReadsFrom('Priority')
@ObjectType('Priority', {
  description: 'A priority of a plan, such as "Preventing and Tackling Rural Crime".',
})
export class PriorityModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Position in the plan: 1, 2, 3 ...' }) number!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  planId!: string;
}
