import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether a first-run setup link can still be used.' })
export class SetupStatus {
  @Field({ description: 'True while the link can create the first admin.' }) usable!: boolean;
  @Field(() => Date, { nullable: true, description: 'When it stops working, while it is usable.' })
  expiresAt!: Date | null;
}
