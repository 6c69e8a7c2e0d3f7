import { registerEnumType } from '@nestjs/graphql';
import type { ErrorExtras } from './error-extensions.model.js';
import { AppError, ErrorCode } from './errors.js';

// Why an error happened, where a client or an auditor needs to tell causes apart: each domain
// names its own reasons, and CODE_OF_REASON maps every one of them to the ErrorCode it answers
// with. The mapping is exhaustive by type: a reason added to a domain without a code does not
// compile. An error carries its reason in `extensions.reason` beside `extensions.code`.

/** Access: who may act at all. */
export enum AccessReason {
  /** The operation is for the Commissioner's team. */
  ADMIN_ONLY = 'ADMIN_ONLY',
  /** The action is neither led nor supported by the caller's organisation. */
  NOT_YOUR_ACTION = 'NOT_YOUR_ACTION',
}

/** Actions and their progress reports. */
export enum ActionReason {
  /** Someone changed the action after the caller read it: `current` says how it is now. */
  CHANGED_SINCE_READ = 'ACTION_CHANGED_SINCE_READ',
  /** The chosen RAG differs from the plan's rule without a reason: `suggestedRag` says what it suggests. */
  RAG_REASON_REQUIRED = 'RAG_REASON_REQUIRED',
  /** The plan already has an action with this reference. */
  REF_TAKEN = 'ACTION_REF_TAKEN',
}

/** The privacy guardrail on published text. */
export enum PrivacyReason {
  /** Text to be published looks like personal data: `personalData` lists it, `confirmField` confirms it. */
  PERSONAL_DATA_UNCONFIRMED = 'PERSONAL_DATA_UNCONFIRMED',
}

/** Plan imports. */
export enum ImportReason {
  ALREADY_APPLIED = 'IMPORT_ALREADY_APPLIED',
  BEING_APPLIED = 'IMPORT_BEING_APPLIED',
  STILL_CHECKING = 'IMPORT_STILL_CHECKING',
  /** The file has problems: `problems` lists them by row and column. */
  FILE_HAS_PROBLEMS = 'IMPORT_FILE_HAS_PROBLEMS',
  /** The import's check found problems earlier, so it cannot be applied: upload a corrected file. */
  CHECK_FOUND_PROBLEMS = 'IMPORT_CHECK_FOUND_PROBLEMS',
  FAILED = 'IMPORT_FAILED',
}

/** Update links sent to partner contacts. */
export enum UpdateLinkReason {
  UNKNOWN = 'UNKNOWN',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

export type ErrorReason = AccessReason | ActionReason | PrivacyReason | ImportReason | UpdateLinkReason;

/** The one mapping from each domain's reasons to the API's error codes. */
export const CODE_OF_REASON: { readonly [R in ErrorReason]: ErrorCode } = {
  [AccessReason.ADMIN_ONLY]: ErrorCode.FORBIDDEN,
  [AccessReason.NOT_YOUR_ACTION]: ErrorCode.FORBIDDEN,
  [ActionReason.CHANGED_SINCE_READ]: ErrorCode.CONFLICT,
  [ActionReason.RAG_REASON_REQUIRED]: ErrorCode.BAD_USER_INPUT,
  [ActionReason.REF_TAKEN]: ErrorCode.CONFLICT,
  [PrivacyReason.PERSONAL_DATA_UNCONFIRMED]: ErrorCode.BAD_USER_INPUT,
  [ImportReason.ALREADY_APPLIED]: ErrorCode.CONFLICT,
  [ImportReason.BEING_APPLIED]: ErrorCode.CONFLICT,
  [ImportReason.STILL_CHECKING]: ErrorCode.CONFLICT,
  [ImportReason.FILE_HAS_PROBLEMS]: ErrorCode.BAD_USER_INPUT,
  [ImportReason.CHECK_FOUND_PROBLEMS]: ErrorCode.CONFLICT,
  [ImportReason.FAILED]: ErrorCode.CONFLICT,
  [UpdateLinkReason.UNKNOWN]: ErrorCode.NOT_FOUND,
  [UpdateLinkReason.REVOKED]: ErrorCode.FORBIDDEN,
  [UpdateLinkReason.EXPIRED]: ErrorCode.FORBIDDEN,
};

/** Every reason, as the schema's ErrorReason enum lists them. */
export const ERROR_REASONS = Object.keys(CODE_OF_REASON) as ErrorReason[];

/** The reasons as one GraphQL enum. */
export const ErrorReasonEnum = Object.fromEntries(ERROR_REASONS.map((r) => [r, r])) as Record<
  ErrorReason,
  ErrorReason
>;

registerEnumType(ErrorReasonEnum, {
  name: 'ErrorReason',
  description:
    'Why an error happened, in `extensions.reason`, where its causes need telling apart. Each reason belongs to one domain (access, actions, privacy, imports, update links) and always comes with the same `extensions.code`.',
});

/** An error for a domain's reason, with the code the mapping gives it. */
export function failure(
  reason: ErrorReason,
  message: string,
  extra: Omit<ErrorExtras, 'reason'> = {},
): AppError {
  return new AppError(CODE_OF_REASON[reason], message, { ...extra, reason });
}
