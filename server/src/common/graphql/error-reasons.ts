import { registerEnumType } from '@nestjs/graphql';
import type { ErrorExtras } from './error-extensions.model.js';
import { ErrorCode } from './error-code.js';
import { AppError } from './errors.js';

// Why an error happened, where a client or an auditor needs to tell causes apart: each domain
// names its own reasons, and CODE_OF_REASON maps every one of them to the ErrorCode it answers
// with. The mapping is exhaustive by type: a reason added to a domain without a code does not
// compile. An error carries its reason in `extensions.reason` beside `extensions.code`.

/** The request itself: a document or variables the API cannot run. Always BAD_USER_INPUT, HTTP 400. */
export enum RequestReason {
  PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST = 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** The abuse limits on a document (graphql-armor and the parser's token count). */
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** From a browser, a document that is not one of the client's own operations (BROWSER_DOCUMENTS). */
  UNTRUSTED_DOCUMENT = 'UNTRUSTED_DOCUMENT',
}

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

/** Amendments to an active plan's baseline. */
export enum AmendmentReason {
  /** The plan is active: the field is part of its agreed baseline, changed only by an amendment. */
  REQUIRED = 'AMENDMENT_REQUIRED',
  /** Amendments are for active plans: a draft is changed directly, a closed plan not at all. */
  PLAN_NOT_ACTIVE = 'AMENDMENT_PLAN_NOT_ACTIVE',
  /** The amendment's status does not allow the move (e.g. applying a proposed one). */
  WRONG_STATE = 'AMENDMENT_WRONG_STATE',
  /** Someone changed the amendment after the caller read it. */
  CHANGED_SINCE_READ = 'AMENDMENT_CHANGED_SINCE_READ',
}

/** Update links sent to partner contacts. */
export enum UpdateLinkReason {
  UNKNOWN = 'UNKNOWN',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

/** Contributions of an action to another plan's priorities (alignment between plans). */
export enum ContributionReason {
  /** The priority is in the action's own plan: an action contributes to other plans only. */
  OWN_PLAN = 'CONTRIBUTION_OWN_PLAN',
  /** The action or the priority is archived. */
  ARCHIVED = 'CONTRIBUTION_ARCHIVED',
  /** The action already contributes, or is proposed to contribute, to that priority. */
  EXISTS = 'CONTRIBUTION_EXISTS',
  /** Only a proposed contribution can be agreed or declined. */
  NOT_PROPOSED = 'CONTRIBUTION_NOT_PROPOSED',
}

/** Evidence files. */
export enum EvidenceReason {
  /** The store that keeps files' bytes (an S3-compatible bucket) cannot be reached or refused us. */
  STORE_UNAVAILABLE = 'EVIDENCE_STORE_UNAVAILABLE',
}

export type ErrorReason =
  | RequestReason
  | AccessReason
  | ActionReason
  | PrivacyReason
  | ImportReason
  | AmendmentReason
  | UpdateLinkReason
  | ContributionReason
  | EvidenceReason;

/** The one mapping from each domain's reasons to the API's error codes. */
export const CODE_OF_REASON: { readonly [R in ErrorReason]: ErrorCode } = {
  [RequestReason.PARSE_FAILED]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.VALIDATION_FAILED]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.PERSISTED_QUERY_NOT_FOUND]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.PERSISTED_QUERY_NOT_SUPPORTED]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.OPERATION_RESOLUTION_FAILURE]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.TOO_MANY_TOKENS]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.TOO_DEEP]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.TOO_MANY_ALIASES]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.TOO_MANY_DIRECTIVES]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.TOO_COSTLY]: ErrorCode.BAD_USER_INPUT,
  [RequestReason.UNTRUSTED_DOCUMENT]: ErrorCode.BAD_USER_INPUT,
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
  [AmendmentReason.REQUIRED]: ErrorCode.BAD_USER_INPUT,
  [AmendmentReason.PLAN_NOT_ACTIVE]: ErrorCode.BAD_USER_INPUT,
  [AmendmentReason.WRONG_STATE]: ErrorCode.CONFLICT,
  [AmendmentReason.CHANGED_SINCE_READ]: ErrorCode.CONFLICT,
  [UpdateLinkReason.UNKNOWN]: ErrorCode.NOT_FOUND,
  [UpdateLinkReason.REVOKED]: ErrorCode.FORBIDDEN,
  [UpdateLinkReason.EXPIRED]: ErrorCode.FORBIDDEN,
  [ContributionReason.OWN_PLAN]: ErrorCode.BAD_USER_INPUT,
  [ContributionReason.ARCHIVED]: ErrorCode.BAD_USER_INPUT,
  [ContributionReason.EXISTS]: ErrorCode.CONFLICT,
  [ContributionReason.NOT_PROPOSED]: ErrorCode.CONFLICT,
  // Our side, not the request's: the files error filter answers it with HTTP 503.
  [EvidenceReason.STORE_UNAVAILABLE]: ErrorCode.INTERNAL_SERVER_ERROR,
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
    'Why an error happened, in `extensions.reason`, where its causes need telling apart. Each reason belongs to one domain (the request, access, actions, privacy, imports, update links, evidence files) and always comes with the same `extensions.code`.',
});

/** An error for a domain's reason, with the code the mapping gives it. */
export function failure(
  reason: ErrorReason,
  message: string,
  extra: Omit<ErrorExtras, 'reason'> = {},
): AppError {
  return new AppError(CODE_OF_REASON[reason], message, { ...extra, reason });
}

// What the parser and graphql-armor say when a document breaks a limit (their messages are the
// only mark of which limit it was).
const LIMIT_MESSAGES: [RegExp, RequestReason][] = [
  [/more tha[nt] \d+ tokens/i, RequestReason.TOO_MANY_TOKENS],
  [/Query depth limit/i, RequestReason.TOO_DEEP],
  [/Aliases limit/i, RequestReason.TOO_MANY_ALIASES],
  [/Directives limit/i, RequestReason.TOO_MANY_DIRECTIVES],
  [/Query Cost limit/i, RequestReason.TOO_COSTLY],
];

const REQUEST_REASONS = new Set<string>(Object.values(RequestReason));

/** The reason for a fault in the request as Apollo reports it (its code), or null if it is not one. */
export function requestReasonOf(apolloCode: string | undefined, message: string): RequestReason | null {
  if (!apolloCode || !REQUEST_REASONS.has(apolloCode)) return null;
  return LIMIT_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? (apolloCode as RequestReason);
}
