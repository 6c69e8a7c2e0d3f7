import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from './json.scalar.js';
import { AuditOutcome } from '../generated/prisma/enums.js';

registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'Whether the attempted change was made, refused, or failed.',
});

@ObjectType('AuditEvent', { description: 'One attempt to change something, kept for ever.' })
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'When it happened.' }) at!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Who: the signed-in email, or the email typed at sign-in.',
  })
  actorEmail!: string | null;
  @Field(() => String, { nullable: true }) actorRole!: string | null;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => ID, { nullable: true }) actorPartnerId!: string | null;
  @Field({ description: 'The operation, e.g. updateAction.' }) operation!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Plan, Priority, Action, Milestone, Partner or Session.',
  })
  recordType!: string | null;
  @Field(() => String, { nullable: true }) recordId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The action the record belongs to, if any.' })
  actionId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Changed fields: { field: { before, after } }.' })
  changes!: unknown;
  @Field(() => AuditOutcome) outcome!: AuditOutcome;
  @Field(() => String, { nullable: true, description: 'The error code of a refused or failed attempt.' })
  errorCode!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The applied amendment the change was made under, if any.',
  })
  amendmentId!: string | null;
}

@ObjectType('AuditEventPage', { description: 'One page of the audit trail, newest first.' })
export class AuditEventPage {
  @Field(() => [AuditEventModel]) items!: AuditEventModel[];
  @Field() totalCount!: number;
  @Field() hasNextPage!: boolean;
}
