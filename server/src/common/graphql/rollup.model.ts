import { ReadsFrom } from './reads-from.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ReadsFrom()
@ObjectType({ description: 'How many actions are red, amber and green.' })
export class RagCounts {
  @Field(() => Int) green!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) red!: number;
}

@ReadsFrom()
@ObjectType({ description: 'How many actions are in each status.' })
export class StatusCounts {
  @Field(() => Int) notStarted!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) deferred!: number;
  @Field(() => Int) cancelled!: number;
}
