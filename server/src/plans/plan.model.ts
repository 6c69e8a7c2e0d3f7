import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlanStatus } from '../common/graphql/enums.js';
import { DateScalar } from '../common/graphql/scalars.js';

@ObjectType('Plan', { description: 'A multi-year strategy or action plan, with priorities and actions.' })
export class PlanModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The plan’s address in the app, e.g. rural-crime-strategy-2024-2027.' })
  slug!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => DateScalar) startDate!: Date;
  @Field(() => DateScalar) endDate!: Date;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The Commissioner's team's working notes. Null for the public, and for the Panel while a draft.",
  })
  internalNotes!: string | null;
  ownerPartnerId!: string;
}
