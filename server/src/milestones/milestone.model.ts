import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/scalars.js';

@ReadsFrom('Milestone')
@ObjectType('Milestone', { description: 'A dated step of an action.' })
export class MilestoneModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => DateScalar) dueDate!: Date;
  @Field(() => DateScalar, { nullable: true, description: 'When it was done; null while open.' })
  completedOn!: Date | null;
  @Field(() => String, { nullable: true, description: 'What shows it was done.' }) evidence!: string | null;
  actionId!: string;
}
