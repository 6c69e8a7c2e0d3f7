import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many actions are red, amber and green.' })
export class RagCounts {
  @Field(() => Int) green!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) red!: number;
}

@ObjectType({ description: 'How many actions are in each status.' })
export class StatusCounts {
  @Field(() => Int) notStarted!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) deferred!: number;
  @Field(() => Int) cancelled!: number;
}
