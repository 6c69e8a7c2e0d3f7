import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanStatus } from '../common/graphql/enums.js';
import { DateScalar } from '../common/graphql/scalars.js';

@ReadsFrom('Plan')
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
  @Field(() => String, {
    nullable: true,
    description: 'How residents contact the partnership: a team mailbox, shown publicly.',
  })
  contactEmail!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A web page about the partnership or how to contact it, shown publicly.',
  })
  contactUrl!: string | null;
  @Field(() => Int, { description: 'RAG rule: a milestone more than this many days late suggests red.' })
  ragRedLateDays!: number;
  @Field(() => Int, {
    description: 'RAG rule: progress this many points behind the time elapsed suggests amber.',
  })
  ragAmberBehindPoints!: number;
  @Field(() => Int, { description: 'An open action with no update for this many days is stale.' })
  staleAfterDays!: number;
  @Field(() => Int, { description: "Partners are reminded this many days before a quarter's end." })
  reminderDaysBefore!: number;
  ownerPartnerId!: string;
}
