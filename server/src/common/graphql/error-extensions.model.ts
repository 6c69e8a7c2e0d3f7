import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportProblemModel } from '../../imports/import-run.model.js';
import { ActionStatus, Rag } from './enums.js';
import { ErrorCode } from './errors.js';
import { ErrorReasonEnum, type ErrorReason } from './error-reasons.js';

// What an error from this API carries in `extensions`, as GraphQL types. No field returns them:
// they are in the schema (as orphaned types) so that server/schema.gql documents them and the
// client's codegen types them, and AppError's extras are typed by them on the server.
// docs/decisions/0005-typed-error-extensions.md says why extensions and not result unions.

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'The kind of error, in `extensions.code` of every error the API returns.',
});

@ObjectType('FieldProblem', { description: 'A message for one input field, shown next to it.' })
export class FieldProblem {
  @Field({
    description: 'The input field, e.g. "title", "milestoneCompletions.0.completedOn", "row 5: Due date".',
  })
  field!: string;
  @Field() message!: string;
}

@ObjectType('ConflictLatestUpdate', { description: 'The progress report that won, in a CONFLICT.' })
export class ConflictLatestUpdate {
  @Field() commentary!: string;
  @Field() authorEmail!: string;
  @Field({ description: 'ISO 8601.' }) createdAt!: string;
}

@ObjectType('ConflictState', {
  description: 'The action as it is now, sent with a CONFLICT so the author can see what changed.',
})
export class ConflictState {
  @Field(() => Int) version!: number;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => Rag) rag!: Rag;
  @Field(() => String, { nullable: true }) ragReason!: string | null;
  @Field(() => Int) progress!: number;
  @Field({ description: 'ISO 8601.' }) updatedAt!: string;
  @Field(() => ConflictLatestUpdate, { nullable: true }) latestUpdate!: ConflictLatestUpdate | null;
}

@ObjectType('PersonalDataFinding', {
  description: 'Text about to be published that looks like personal data, and the field it is in.',
})
export class PersonalDataFinding {
  @Field() field!: string;
  @Field({ description: 'NAME, EMAIL, PHONE, POSTCODE or VEHICLE_REGISTRATION.' }) kind!: string;
  @Field({ description: 'The text as written.' }) text!: string;
}

@ObjectType('RefusedRow', { description: 'An action a bulk change could not change, and why.' })
export class RefusedRow {
  @Field(() => ID) actionId!: string;
  @Field(() => String, { nullable: true }) ref!: string | null;
  @Field() message!: string;
}

@ObjectType('ErrorExtensions', {
  description:
    'What an error may carry in `extensions`, by key. No field returns it: it documents and types the payloads.',
})
export class ErrorExtensions {
  @Field(() => ErrorCode) code!: ErrorCode;
  @Field(() => ErrorReasonEnum, {
    nullable: true,
    description: 'Why, where a code has several causes: see ErrorReason.',
  })
  reason?: ErrorReason;
  @Field(() => [FieldProblem], { nullable: true, description: 'BAD_USER_INPUT: a message per field.' })
  fields?: FieldProblem[];
  @Field(() => Rag, {
    nullable: true,
    description:
      'BAD_USER_INPUT from recordUpdate: the rating the plan’s rule suggests, when a reason is needed.',
  })
  suggestedRag?: Rag;
  @Field(() => ConflictState, { nullable: true, description: 'CONFLICT from recordUpdate: the action now.' })
  current?: ConflictState | null;
  @Field(() => [PersonalDataFinding], {
    nullable: true,
    description: 'BAD_USER_INPUT: published text that looks like personal data.',
  })
  personalData?: PersonalDataFinding[];
  @Field(() => String, {
    nullable: true,
    description: 'With personalData: the input flag that confirms it, confirmPersonalData.',
  })
  confirmField?: string;
  @Field(() => [ImportProblemModel], {
    nullable: true,
    description: 'BAD_USER_INPUT from an import: by row and column.',
  })
  problems?: ImportProblemModel[];
  @Field(() => Int, {
    nullable: true,
    description: 'TOO_MANY_REQUESTS: seconds to wait before trying again.',
  })
  retryAfterSeconds?: number;
  @Field(() => [RefusedRow], {
    nullable: true,
    description: 'From bulkUpdateActions: each action it could not change.',
  })
  rows?: RefusedRow[];
}

/** The extras an AppError may carry beside its code. */
export type ErrorExtras = Partial<Omit<ErrorExtensions, 'code'>>;

/** Types the API puts in the schema although no field returns them. */
export const ORPHANED_TYPES = [ErrorExtensions];
