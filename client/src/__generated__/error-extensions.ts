export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date with no time of day, as 'YYYY-MM-DD' (for example '2026-04-01'). */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A JSON value, such as the changed fields of an audit event. */
  JSON: { input: unknown; output: unknown; }
};

/** Accepts an invitation by choosing a password. */
export type AcceptInviteInput = {
  /** The new password: 12 to 200 characters. */
  password: Scalars['String']['input'];
  /** The token from the link in the email. */
  token: Scalars['String']['input'];
};

/** How far the service meets WCAG 2.2 AA, as its accessibility statement says. */
export type AccessibilityCompliance =
  | 'FULLY'
  | 'NOT'
  | 'PARTIALLY';

/** Something a lead partner, with supporting partners, will deliver. */
export type Action = {
  area: Area;
  /** The due date agreed in the plan’s baseline or the amendment that added it; null in a draft plan. */
  baselineDueDate?: Maybe<Scalars['Date']['output']>;
  /** Whether you may update this action’s progress and milestones. */
  canEdit: Scalars['Boolean']['output'];
  /** Priorities of other plans the action contributes to: agreed ones, and proposals for the Commissioner's team and the proposer's organisation. */
  contributesTo: Array<Contribution>;
  createdAt: Scalars['DateTime']['output'];
  /** The working description. Null for the public, who read publicSummary. */
  description?: Maybe<Scalars['String']['output']>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** How many applied amendments moved the due date since the baseline. */
  dueDateMoves: Scalars['Int']['output'];
  /** Evidence files the viewer may read, oldest first (archived ones for admins only). */
  evidenceFiles: Array<EvidenceFile>;
  /** Every attempt to change this action or its milestones, newest first. Null for the public. */
  history?: Maybe<Array<AuditEvent>>;
  id: Scalars['ID']['output'];
  /** The latest progress report. */
  latestUpdate?: Maybe<ActionUpdate>;
  leadPartner: Partner;
  /** Milestones by due date. */
  milestones: Array<Milestone>;
  /** Past its due date and neither completed nor cancelled. */
  overdue: Scalars['Boolean']['output'];
  plan: Plan;
  priority: Priority;
  /** Per cent complete, 0 to 100. */
  progress: Scalars['Int']['output'];
  /** Plain-language summary for the public progress page and open data. */
  publicSummary?: Maybe<Scalars['String']['output']>;
  /** Whether the action appears on the public progress page and in open data. */
  published: Scalars['Boolean']['output'];
  rag: Rag;
  /** Why the RAG differs from the suggested one. Null for the public. */
  ragReason?: Maybe<Scalars['String']['output']>;
  /** Reference within the plan, e.g. 1.3. */
  ref: Scalars['String']['output'];
  /** No progress report for longer than the plan's staleness period. */
  stale: Scalars['Boolean']['output'];
  startDate?: Maybe<Scalars['Date']['output']>;
  status: ActionStatus;
  /** What the plan's RAG rule suggests for the action as it is now. */
  suggestedRag: Rag;
  supportingPartners: Array<Partner>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Progress reports, newest first. */
  updates: Array<ActionUpdate>;
  /** Increases on every change; send it back to update safely. */
  version: Scalars['Int']['output'];
  /** Relative size of the action when progress is rolled up. */
  weight: Scalars['Int']['output'];
};

/** Narrows the actions list. Every field is optional; they combine with AND. */
export type ActionFilter = {
  /** Due on or before this date. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Only open actions past their due date (true), or only the others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Actions this partner leads or supports. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  planSlug?: InputMaybe<Scalars['String']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  rag?: InputMaybe<Array<Rag>>;
  status?: InputMaybe<Array<ActionStatus>>;
  /** Words in the reference, title or description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One page of actions, with the total that match. */
export type ActionPage = {
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<Action>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type ActionProgressChange = {
  /** Percentage points; negative when it went back. */
  change: Scalars['Int']['output'];
  from: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  ref: Scalars['String']['output'];
  title: Scalars['String']['output'];
  to: Scalars['Int']['output'];
};

/** Where an action is in its delivery. */
export type ActionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DEFERRED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** A progress report on an action. Never edited: a correction is a new update. */
export type ActionUpdate = {
  action: Action;
  /** Who reported it: their email, or the update link holder’s. */
  authorEmail: Scalars['String']['output'];
  commentary: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Evidence files the viewer may read, oldest first (archived ones for admins only). */
  evidenceFiles: Array<EvidenceFile>;
  id: Scalars['ID']['output'];
  /** [{ milestoneId, title, completedOn, evidence }] */
  milestoneCompletions?: Maybe<Scalars['JSON']['output']>;
  /** The difference made. */
  outcome?: Maybe<Scalars['String']['output']>;
  progress: Scalars['Int']['output'];
  rag: Rag;
  /** Why the RAG differs from the suggestion. */
  ragReason?: Maybe<Scalars['String']['output']>;
  status: ActionStatus;
  /** What the plan's RAG rule suggested at the time. */
  suggestedRag: Rag;
  /** The action version this update produced. */
  version: Scalars['Int']['output'];
  /** USER or UPDATE_LINK. */
  via: Scalars['String']['output'];
};

/** Link an action to a priority of another plan. The Commissioner's team's links are agreed at once; a partner's are proposed. */
export type AddContributionInput = {
  actionId: Scalars['ID']['input'];
  how?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  priorityId: Scalars['ID']['input'];
};

/** Admins: add a follow-up to an action in a cycle. */
export type AddFollowUpInput = {
  actionId: Scalars['ID']['input'];
  cycleId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  dueOn: Scalars['Date']['input'];
  ownerPartnerId: Scalars['ID']['input'];
};

export type AddPartnerDomainInput = {
  /** PARTNER_EDITOR unless set; never ADMIN. */
  defaultRole?: InputMaybe<Role>;
  /** Like derbyshire.police.uk: the part of the address after the @. */
  domain: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  providerId?: InputMaybe<Scalars['String']['input']>;
  tenantId?: InputMaybe<Scalars['String']['input']>;
};

/** An exception on the meeting’s agenda. */
export type AgendaItem = {
  action: SnapshotAction;
  position: Scalars['Int']['output'];
  reasons: Array<ExceptionReason>;
};

/** A recorded change set to an active plan, with its reason and who agreed it. */
export type Amendment = {
  /** The review at which it was agreed, e.g. "2025/26 Q2". */
  agreedAtReview?: Maybe<Scalars['String']['output']>;
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  appliedByEmail?: Maybe<Scalars['String']['output']>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedByEmail?: Maybe<Scalars['String']['output']>;
  changes: Array<AmendmentChange>;
  /** Why it was rejected or withdrawn. */
  closedReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 1, 2, ... within the plan; shown as A1, A2. */
  number: Scalars['Int']['output'];
  /** The plan version applying it made. */
  planVersionNumber?: Maybe<Scalars['Int']['output']>;
  proposedAt: Scalars['DateTime']['output'];
  proposedByEmail: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  status: AmendmentStatus;
  title: Scalars['String']['output'];
  /** Send it back when approving, applying, rejecting or withdrawing. */
  version: Scalars['Int']['output'];
};

/** One change of an amendment, with a sentence saying what it does. */
export type AmendmentChange = {
  actionId?: Maybe<Scalars['ID']['output']>;
  actionIds?: Maybe<Array<Scalars['ID']['output']>>;
  description?: Maybe<Scalars['String']['output']>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  kind: AmendmentChangeKind;
  milestoneId?: Maybe<Scalars['ID']['output']>;
  newActions?: Maybe<Array<NewActionSpec>>;
  /** The refs of the actions it changes, retires or adds. */
  refs: Array<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
  /** What the change does, in words, with the values before it (as proposed). */
  summary: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  weight?: Maybe<Scalars['Int']['output']>;
};

/** One change of an amendment. Which fields a kind needs, and the rules they meet, are the domain library’s checkAmendment. */
export type AmendmentChangeInput = {
  actionId?: InputMaybe<Scalars['ID']['input']>;
  /** MERGE_ACTIONS. */
  actionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** CHANGE_SCOPE. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** MOVE_DATES and MOVE_MILESTONE: the new due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  kind: AmendmentChangeKind;
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  /** ADD_ACTION and MERGE_ACTIONS: one; SPLIT_ACTION: two or more. */
  newActions?: InputMaybe<Array<NewActionSpecInput>>;
  /** MOVE_DATES: the new start date (null clears it). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** CHANGE_SCOPE. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** CHANGE_WEIGHT. */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** What one change of an amendment does: move an action’s dates or a milestone’s due date, change an action’s scope or weight, add or retire an action, split one action into new ones, or merge actions into a new one. */
export type AmendmentChangeKind =
  | 'ADD_ACTION'
  | 'CHANGE_SCOPE'
  | 'CHANGE_WEIGHT'
  | 'MERGE_ACTIONS'
  | 'MOVE_DATES'
  | 'MOVE_MILESTONE'
  | 'RETIRE_ACTION'
  | 'SPLIT_ACTION';

/** PROPOSED, then APPROVED, then APPLIED (a new plan version); or REJECTED or WITHDRAWN, with a reason. */
export type AmendmentStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'WITHDRAWN';

/** Admins: import a checked file (status READY) into its plan. */
export type ApplyPlanImportInput = {
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  /** Unknown partners to create, in the same transaction. Any other unknown partner is an error. */
  createPartners?: InputMaybe<Array<ImportPartnerInput>>;
  importRunId: Scalars['ID']['input'];
};

/** Archive an evidence file: it is kept, with why, but no longer listed. */
export type ArchiveEvidenceFileInput = {
  id: Scalars['ID']['input'];
  /** Why it is archived, e.g. "Uploaded by mistake". */
  reason: Scalars['String']['input'];
};

/** Archives a record: it leaves every list but is kept, with its history. */
export type ArchiveInput = {
  id: Scalars['ID']['input'];
};

/** The rural crime classification of where an action applies. */
export type Area =
  | 'COUNTYWIDE'
  | 'RURAL'
  | 'SEMI_RURAL'
  | 'URBAN';

/** The amendment a change in the audit trail was made under. */
export type AuditAmendment = {
  id: Scalars['ID']['output'];
  /** Shown as A1, A2 ... */
  number: Scalars['Int']['output'];
  /** The slug of its plan, for a link to it. */
  planSlug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** One attempt to change something, kept for ever. */
export type AuditEvent = {
  /** The action the attempt was on, or whose milestone it was, refused attempts included: so the trail can name it. Null when there is none, or you cannot see it. */
  action?: Maybe<Action>;
  /** The action the record belongs to, if any. */
  actionId?: Maybe<Scalars['ID']['output']>;
  /** Who: the signed-in email, or the email typed at sign-in. */
  actorEmail?: Maybe<Scalars['String']['output']>;
  /** The actor's organisation. */
  actorPartner?: Maybe<Partner>;
  actorPartnerId?: Maybe<Scalars['ID']['output']>;
  actorRole?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** The amendment the change was made under. */
  amendment?: Maybe<AuditAmendment>;
  /** The applied amendment the change was made under, if any. */
  amendmentId?: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Changed fields: { field: { before, after } }. */
  changes?: Maybe<Scalars['JSON']['output']>;
  /** The error code of a refused or failed attempt. */
  errorCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  /** The operation, e.g. updateAction. */
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  recordId?: Maybe<Scalars['String']['output']>;
  /** The changed record's title, so the trail can name it where the action does not: a milestone's. Null for other records. */
  recordTitle?: Maybe<Scalars['String']['output']>;
  /** Plan, Priority, Action, Milestone, Partner or Session. */
  recordType?: Maybe<Scalars['String']['output']>;
};

/** One page of the audit trail, newest first. */
export type AuditEventPage = {
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<AuditEvent>;
  totalCount: Scalars['Float']['output'];
};

/** Narrows the audit trail. Fields combine with AND. */
export type AuditFilter = {
  /** On or after this day (UK). */
  from?: InputMaybe<Scalars['Date']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** The actor's organisation. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** The changed record, or the action it belongs to. */
  recordId?: InputMaybe<Scalars['String']['input']>;
  /** On or before this day (UK). */
  to?: InputMaybe<Scalars['Date']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Whether the attempted change was made, refused, or failed. */
export type AuditOutcome =
  | 'DENIED'
  | 'FAILED'
  | 'SUCCESS';

/** The latest value against the baseline. */
export type BaselineChange = {
  absolute: Scalars['Float']['output'];
  /** e.g. "−2 min 51 s" or "+1.2 percentage points". */
  absoluteText: Scalars['String']['output'];
  /** Null when the baseline is 0. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** e.g. "−50.0%". */
  percentText: Scalars['String']['output'];
};

/** One change applied to many actions, all or nothing. */
export type BulkUpdateActionsInput = {
  actionIds: Array<Scalars['ID']['input']>;
  /** Admins only: a new due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Admins only: a new lead partner. */
  leadPartnerId?: InputMaybe<Scalars['ID']['input']>;
  rag?: InputMaybe<Rag>;
  /** Why, when setting a RAG. */
  ragReason?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ActionStatus>;
};

/** Changes what a user may do, and optionally the organisation they work for. */
export type ChangeUserRoleInput = {
  id: Scalars['ID']['input'];
  /** The organisation the user works for. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};

/** Admins: reject or withdraw an amendment, saying why. */
export type CloseAmendmentInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** What closing the cycle would freeze, for the confirmation page. */
export type ClosingCheck = {
  actionCount: Scalars['Int']['output'];
  /** Open actions with no progress update this quarter. */
  actionsWithoutUpdate: Scalars['Int']['output'];
  /** Challenges the partner has not answered. */
  openChallenges: Scalars['Int']['output'];
  /** References of the actions with no update this quarter. */
  refsWithoutUpdate: Array<Scalars['String']['output']>;
};

export type ComparedAction = {
  id: Scalars['ID']['output'];
  ref: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** The first run: who the first admin is, and the organisation that runs the service. */
export type CompleteSetupInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organisationName: Scalars['String']['input'];
  /** The new password: 12 to 200 characters. */
  password: Scalars['String']['input'];
  /** The token from the link in the email. */
  token: Scalars['String']['input'];
};

/** The progress report that won, in a CONFLICT. */
export type ConflictLatestUpdate = {
  authorEmail: Scalars['String']['output'];
  commentary: Scalars['String']['output'];
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
};

/** The action as it is now, sent with a CONFLICT so the author can see what changed. */
export type ConflictState = {
  latestUpdate?: Maybe<ConflictLatestUpdate>;
  progress: Scalars['Int']['output'];
  rag: Rag;
  ragReason?: Maybe<Scalars['String']['output']>;
  status: ActionStatus;
  /** ISO 8601. */
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** An action's contribution to a priority (or a named outcome of it) of another plan, such as a Rural Crime Strategy action delivering the Police and Crime Plan. */
export type Contribution = {
  /** The contributing action. */
  action: Action;
  createdAt: Scalars['DateTime']['output'];
  /** When it was agreed or declined. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** One sentence on how the action contributes. */
  how?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** A named outcome of the priority, if one. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The priority of another plan it contributes to. */
  priority: Priority;
  status: ContributionStatus;
  version: Scalars['Int']['output'];
};

/** The contributing actions rolled up by the same rule as a priority of their own plan: weighted progress, RAG and status counts. */
export type ContributionRollup = {
  actionCount: Scalars['Int']['output'];
  /** Open contributing actions past their due date. */
  overdueActionCount: Scalars['Int']['output'];
  /** Progress of the contributing actions, weighted (cancelled left out). */
  progress: Scalars['Int']['output'];
  ragCounts: RagCounts;
  statusCounts: StatusCounts;
};

/** Whether a contribution to another plan is agreed. Only agreed ones count anywhere. */
export type ContributionStatus =
  /** Agreed by the Commissioner's team: counts in rollups, reports and open data. */
  | 'AGREED'
  /** Declined by the Commissioner's team. */
  | 'DECLINED'
  /** Proposed by a partner; waits for the Commissioner's team. */
  | 'PROPOSED';

export type CreateActionInput = {
  area?: InputMaybe<Area>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  leadPartnerId: Scalars['ID']['input'];
  priorityId: Scalars['ID']['input'];
  /** Defaults to 0, or 100 when completed. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** Plain-language summary the public reads. No personal details. */
  publicSummary?: InputMaybe<Scalars['String']['input']>;
  /** Show the action on the public progress page and in open data. Defaults to true. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  rag?: InputMaybe<Rag>;
  /** Reference within the plan, e.g. 1.3. */
  ref: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ActionStatus>;
  supportingPartnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** Admins: add an indicator. */
export type CreateIndicatorInput = {
  baselineLabel: Scalars['String']['input'];
  baselineValue: Scalars['Float']['input'];
  caveat?: InputMaybe<Scalars['String']['input']>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  dataSource: Scalars['String']['input'];
  definition: Scalars['String']['input'];
  direction: IndicatorDirection;
  /** The series is invented example data. */
  exampleData?: InputMaybe<Scalars['Boolean']['input']>;
  frequency: ReportingFrequency;
  name: Scalars['String']['input'];
  /** Priorities of any plan it measures. */
  priorityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  tolerancePercent?: InputMaybe<Scalars['Float']['input']>;
  unit: IndicatorUnit;
};

export type CreateMilestoneInput = {
  actionId: Scalars['ID']['input'];
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  dueDate: Scalars['Date']['input'];
  evidence?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreatePartnerInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind: PartnerKind;
  name: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePlanInput = {
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  /** A team mailbox residents can write to, shown on the public progress page. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** A web page about the partnership or how to contact it, shown on the public progress page. */
  contactUrl?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['Date']['input'];
  /** Never shown to the public. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** The organisation that owns the plan. */
  ownerPartnerId: Scalars['ID']['input'];
  /** Lower-case words joined by hyphens, e.g. rural-crime-strategy-2024-2027. */
  slug: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
  status?: InputMaybe<PlanStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreatePriorityInput = {
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** Admins: record a resident's question for a meeting. */
export type CreatePublicQuestionInput = {
  /** Actions the question is about. */
  actionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  answer?: InputMaybe<Scalars['String']['input']>;
  answeredBy?: InputMaybe<Scalars['String']['input']>;
  askedBy?: InputMaybe<Scalars['String']['input']>;
  cycleId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
  receivedOn: Scalars['Date']['input'];
};

/** Admins: set up the review of a quarter. */
export type CreateReviewCycleInput = {
  /** Defaults to the quarter’s last day. */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  meetingOn?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to the first day of the quarter’s last month. */
  opensOn?: InputMaybe<Scalars['Date']['input']>;
  planId: Scalars['ID']['input'];
  /** e.g. "2025/26 Q1". It must fall within the plan’s period. */
  quarter: Scalars['String']['input'];
};

/** Admins: approve or apply an amendment. */
export type DecideAmendmentInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** Agree or decline a proposed contribution. */
export type DecideContributionInput = {
  /** True to agree it, false to decline it. */
  agree: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

/** A plan whose actions deliver another plan's priorities, with its agreed contributions. */
export type DeliveringPlan = {
  /** By receiving priority, then action reference. */
  contributions: Array<Contribution>;
  plan: Plan;
  rollup: ContributionRollup;
};

/** The kind of error, in `extensions.code` of every error the API returns. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_FOUND'
  | 'TOO_MANY_REQUESTS'
  | 'UNAUTHENTICATED';

/** What an error may carry in `extensions`, by key. No field returns it: it documents and types the payloads. */
export type ErrorExtensions = {
  code: ErrorCode;
  /** With personalData: the input flag that confirms it, confirmPersonalData. */
  confirmField?: Maybe<Scalars['String']['output']>;
  /** CONFLICT from recordUpdate: the action now. */
  current?: Maybe<ConflictState>;
  /** BAD_USER_INPUT: a message per field. */
  fields?: Maybe<Array<FieldProblem>>;
  /** BAD_USER_INPUT: published text that looks like personal data. */
  personalData?: Maybe<Array<PersonalDataFinding>>;
  /** BAD_USER_INPUT from an import: by row and column. */
  problems?: Maybe<Array<ImportProblem>>;
  /** Why, where a code has several causes: see ErrorReason. */
  reason?: Maybe<ErrorReason>;
  /** TOO_MANY_REQUESTS: seconds to wait before trying again. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** From bulkUpdateActions: each action it could not change. */
  rows?: Maybe<Array<RefusedRow>>;
  /** BAD_USER_INPUT from recordUpdate: the rating the plan’s rule suggests, when a reason is needed. */
  suggestedRag?: Maybe<Rag>;
};

/** Why an error happened, in `extensions.reason`, where its causes need telling apart. Each reason belongs to one domain (the request, access, actions, privacy, imports, update links, evidence files) and always comes with the same `extensions.code`. */
export type ErrorReason =
  | 'ACTION_CHANGED_SINCE_READ'
  | 'ACTION_REF_TAKEN'
  | 'ADMIN_ONLY'
  | 'AMENDMENT_CHANGED_SINCE_READ'
  | 'AMENDMENT_PLAN_NOT_ACTIVE'
  | 'AMENDMENT_REQUIRED'
  | 'AMENDMENT_WRONG_STATE'
  | 'BAD_REQUEST'
  | 'CONTRIBUTION_ARCHIVED'
  | 'CONTRIBUTION_EXISTS'
  | 'CONTRIBUTION_NOT_PROPOSED'
  | 'CONTRIBUTION_OWN_PLAN'
  | 'EVIDENCE_STORE_UNAVAILABLE'
  | 'EXPIRED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'IMPORT_ALREADY_APPLIED'
  | 'IMPORT_BEING_APPLIED'
  | 'IMPORT_CHECK_FOUND_PROBLEMS'
  | 'IMPORT_FAILED'
  | 'IMPORT_FILE_HAS_PROBLEMS'
  | 'IMPORT_STILL_CHECKING'
  | 'NOT_YOUR_ACTION'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'PERSONAL_DATA_UNCONFIRMED'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_TOO_DEEP'
  | 'RAG_REASON_REQUIRED'
  | 'REVOKED'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_TOKENS'
  | 'UNKNOWN'
  | 'UNTRUSTED_DOCUMENT';

/** Where an escalated action goes. */
export type EscalationTarget =
  /** The Chief Constable. */
  | 'CHIEF_CONSTABLE'
  /** The Performance Scrutiny Meeting. */
  | 'PSM';

/** A file of evidence for an action, attached to a progress update or a milestone. Its kind was judged from its content. */
export type EvidenceFile = {
  /** Who added it (their email, or the update link holder’s). */
  addedByEmail: Scalars['String']['output'];
  /** The organisation of whoever added it. */
  addedByOrganisation?: Maybe<Scalars['String']['output']>;
  archiveReason?: Maybe<Scalars['String']['output']>;
  /** Archived files are kept, and shown to admins only. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  archivedByEmail?: Maybe<Scalars['String']['output']>;
  /** Whether the viewer may archive it (archiveEvidenceFile). */
  canArchive: Scalars['Boolean']['output'];
  /** The type it is served with. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** Where to download it (as an attachment). */
  downloadUrl: Scalars['String']['output'];
  /** The name it was uploaded with, made safe. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX or CSV, judged from the content. */
  kind: Scalars['String']['output'];
  /** The milestone whose completion it evidences. */
  milestoneId?: Maybe<Scalars['ID']['output']>;
  /** Public: the public page and open data may link to it. Only admins publish. */
  published: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** SHA-256 of the content, in hex: anyone can check a copy against it. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** The progress update it came with. */
  updateId?: Maybe<Scalars['ID']['output']>;
};

/** Why an action is on the meeting’s agenda. */
export type ExceptionReason =
  /** Amber, and green in the last closed quarter. */
  | 'AMBER_WORSENING'
  /** No progress update this quarter. */
  | 'NO_UPDATE'
  /** Challenged, and the partner has not answered yet. */
  | 'OPEN_CHALLENGE'
  /** A milestone is past its due date and not done. */
  | 'OVERDUE_MILESTONE'
  /** Rated red. */
  | 'RED';

/** A message for one input field, shown next to it. */
export type FieldProblem = {
  /** The input field, e.g. "title", "milestoneCompletions.0.completedOn", "row 5: Due date". */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Something a partner must do after a review. */
export type FollowUp = {
  action: Action;
  cycle: ReviewCycle;
  description: Scalars['String']['output'];
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The partner who must do it. */
  owner: Partner;
  status: FollowUpStatus;
  version: Scalars['Int']['output'];
};

/** Whether a follow-up is done. */
export type FollowUpStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** Ask for a Panel report pack of a plan. */
export type GenerateReportInput = {
  /** A CLOSED review cycle of the plan, reported from its frozen snapshot. Leave out for a draft from live data. */
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  /** The formats to make; all four when left out. */
  formats?: InputMaybe<Array<ReportFormat>>;
  planId: Scalars['ID']['input'];
};

/** Admins: a configured single sign-on provider and its switch. */
export type IdentityProvider = {
  /** Sessions open now through this provider. */
  activeSessions: Scalars['Int']['output'];
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  changedByEmail?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  issuer: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The redirect URI to register with the provider. */
  redirectUri: Scalars['String']['output'];
};

/** What an import would change (READY) or changed (DONE). */
export type ImportChanges = {
  created: Array<ImportedAction>;
  /** Rows left out because they are the template's examples (their Action starts with "Example:"). */
  examples: Array<Scalars['Int']['output']>;
  /** In the plan but not in the file: left as they are. */
  notInFile: Array<ImportedAction>;
  partnersCreated: Array<ImportedPartner>;
  /** Published text that looks like personal data, by row and column. */
  personalData: Array<ImportPersonalData>;
  prioritiesCreated: Array<ImportedPriority>;
  unchanged: Array<ImportedAction>;
  /** With each field changed, old and new. */
  updated: Array<ImportedAction>;
};

/** A field of an action the import changes, in words. */
export type ImportFieldChange = {
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  /** The column, like "Due date". */
  field: Scalars['String']['output'];
};

/** Admins: import values from CSV (period,value,note). All rows or none. */
export type ImportMeasurementsInput = {
  /** CSV text with a header row: period,value,note (note optional). */
  csv: Scalars['String']['input'];
  indicatorId: Scalars['ID']['input'];
};

/** A milestone the import adds, or whose due date it changes. */
export type ImportMilestoneChange = {
  /** The due date after. */
  after: Scalars['String']['output'];
  /** The due date before, for a changed milestone. */
  before?: Maybe<Scalars['String']['output']>;
  /** ADDED or CHANGED. */
  change: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A partner the file names that is not in the directory, to create with the import. */
export type ImportPartnerInput = {
  kind: PartnerKind;
  /** As the file spells it. */
  name: Scalars['String']['input'];
};

/** Text the import would publish that looks like personal data. Importing it needs confirmPersonalData. */
export type ImportPersonalData = {
  /** The column header, like "Action". */
  column: Scalars['String']['output'];
  /** NAME, EMAIL, PHONE, POSTCODE or VEHICLE_REGISTRATION. */
  kind: Scalars['String']['output'];
  /** The spreadsheet row (the header is row 1). */
  row: Scalars['Int']['output'];
  /** The text as written. */
  text: Scalars['String']['output'];
};

/** One problem with the file, by row and column. */
export type ImportProblem = {
  /** The column header, like "Due date". */
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The spreadsheet row (the header is row 1); null for the whole file. */
  row?: Maybe<Scalars['Int']['output']>;
};

/** One spreadsheet import of a plan: the file, its check and its result. */
export type ImportRun = {
  changes?: Maybe<ImportChanges>;
  createdAt: Scalars['DateTime']['output'];
  /** Why a FAILED import failed. */
  error?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  plan: Plan;
  problems: Array<ImportProblem>;
  /** 0 to 100. */
  progress: Scalars['Int']['output'];
  requestedByEmail: Scalars['String']['output'];
  /** Rows of actions in the file. */
  rowCount: Scalars['Int']['output'];
  /** What is happening now, like "Checking row 200 of 1,000". */
  stage?: Maybe<Scalars['String']['output']>;
  status: ImportRunStatus;
  unknownPartners: Array<UnknownPartner>;
};

/** VALIDATING: the file is being checked. INVALID: it has problems, nothing can be imported. READY: checked, waiting for confirmation. IMPORTING: being written. DONE: imported. FAILED: nothing was changed. */
export type ImportRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'IMPORTING'
  | 'INVALID'
  | 'READY'
  | 'VALIDATING';

/** An action in an import preview or result. */
export type ImportedAction = {
  /** Null for an action the preview would create. */
  actionId?: Maybe<Scalars['ID']['output']>;
  fields: Array<ImportFieldChange>;
  milestones: Array<ImportMilestoneChange>;
  /** Whether the action is on the public page and in open data. New actions are, by default. */
  published: Scalars['Boolean']['output'];
  ref: Scalars['String']['output'];
  /** Its row in the file; null for actions not in the file. */
  row?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};

export type ImportedPartner = {
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ImportedPriority = {
  number: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** A performance indicator: a baseline, a target and a measured series. */
export type Indicator = {
  /** e.g. "2019/20, pre-Covid". */
  baselineLabel: Scalars['String']['output'];
  /** The baseline, written for its unit. */
  baselineText: Scalars['String']['output'];
  baselineValue: Scalars['Float']['output'];
  /** e.g. "Unaudited". */
  caveat?: Maybe<Scalars['String']['output']>;
  /** Null until there is a value. */
  changeFromBaseline?: Maybe<BaselineChange>;
  dataSource: Scalars['String']['output'];
  /** What is counted, and how. */
  definition: Scalars['String']['output'];
  /** Changes of definition, oldest first. */
  definitionChanges: Array<IndicatorDefinitionChange>;
  direction: IndicatorDirection;
  /** The series is invented example data. */
  exampleData: Scalars['Boolean']['output'];
  frequency: ReportingFrequency;
  id: Scalars['ID']['output'];
  /** The latest period’s value. */
  latest?: Maybe<IndicatorMeasurement>;
  /** The series, oldest period first. */
  measurements: Array<IndicatorMeasurement>;
  name: Scalars['String']['output'];
  /** The priorities it measures, in any plan the viewer may read. */
  priorities: Array<Priority>;
  /** Shown on the public pages. */
  published: Scalars['Boolean']['output'];
  /** Null without a target or a value. */
  status?: Maybe<TargetStatus>;
  targetDate?: Maybe<Scalars['Date']['output']>;
  /** The target, written for its unit. */
  targetText?: Maybe<Scalars['String']['output']>;
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** How close to the target is NEAR_TARGET, as % of the target. */
  tolerancePercent: Scalars['Float']['output'];
  /** Over the last 4 periods; null with fewer than 2. */
  trend?: Maybe<Trend>;
  unit: IndicatorUnit;
  version: Scalars['Int']['output'];
};

/** A change to how the indicator is defined. */
export type IndicatorDefinitionChange = {
  changedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  newDefinition: Scalars['String']['output'];
  previousDefinition: Scalars['String']['output'];
};

/** Whether a rising value is good or bad news. */
export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** The value of one reporting period. */
export type IndicatorMeasurement = {
  /** Whether the value was corrected after it was first recorded. */
  corrected: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** e.g. "April 2025", "2025/26 Q1" or "2025/26". */
  periodLabel: Scalars['String']['output'];
  /** The first day of the period. */
  periodStart: Scalars['Date']['output'];
  /** Who recorded it. Signed-in users only. */
  recordedByEmail?: Maybe<Scalars['String']['output']>;
  /** Earlier values, newest first. Signed-in users only. */
  revisions: Array<IndicatorRevision>;
  updatedAt: Scalars['DateTime']['output'];
  value: Scalars['Float']['output'];
  /** The value written for its unit, e.g. "2 min 51 s". */
  valueText: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A value that was corrected, as it was before. */
export type IndicatorRevision = {
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedByEmail: Scalars['String']['output'];
  replacedAt: Scalars['DateTime']['output'];
  replacedByEmail: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  /** The value written for its unit. */
  valueText: Scalars['String']['output'];
};

/** What an indicator’s values measure, and how they are written. */
export type IndicatorUnit =
  /** A number of things, e.g. incidents: "1,234". */
  | 'COUNT'
  /** Pounds sterling: "£2.0m". */
  | 'CURRENCY_GBP'
  /** A time in seconds: "6 seconds", "2 min 51 s". */
  | 'DURATION_SECONDS'
  /** A percentage from 0 to 100: "98.1%". */
  | 'PERCENT'
  /** A rate per 1,000 people: "4.2 per 1,000". */
  | 'RATE_PER_1000'
  /** A ratio: "1.25". */
  | 'RATIO';

/** Invites someone by email to make an account. */
export type InviteUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The organisation the user works for. */
  partnerId: Scalars['ID']['input'];
  role: Role;
};

export type IssueUpdateLinkInput = {
  /** The partner contact the link is for. */
  email: Scalars['String']['input'];
  /** Days until it expires. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
};

/** A new link. The path is shown once and never stored. */
export type IssuedUpdateLink = {
  link: UpdateLink;
  /** Append to the site address, e.g. https://tracker.example.org/update/... */
  path: Scalars['String']['output'];
};

/** What an import did. */
export type MeasurementImport = {
  /** Values changed; the old ones are kept in their history. */
  corrected: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

/** A dated step of an action. */
export type Milestone = {
  action: Action;
  /** When it was done; null while open. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  dueDate: Scalars['Date']['output'];
  /** What shows it was done. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** Evidence files the viewer may read, oldest first (archived ones for admins only). */
  evidenceFiles: Array<EvidenceFile>;
  id: Scalars['ID']['output'];
  /** Past its due date and not completed. */
  overdue: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type MilestoneCompletionInput = {
  completedOn: Scalars['Date']['input'];
  /** A link or a few words on what shows it was done. */
  evidence: Scalars['String']['input'];
  /** Evidence files uploaded for this action (POST /files/evidence), to attach. */
  evidenceFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  milestoneId: Scalars['ID']['input'];
};

/** Admins: move a cycle one step forward or back. Closing freezes the quarter. */
export type MoveReviewCycleInput = {
  /** Must be true to close. */
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  to: ReviewCycleStatus;
};

export type Mutation = {
  /** Chooses a password with the link from an invitation email. Then sign in as usual. */
  acceptInvite: Scalars['Boolean']['output'];
  /** Link an action to a priority of another plan. The Commissioner's team's links are agreed; a partner who may work on the action proposes one. */
  addContribution: Contribution;
  /** Admins: add a follow-up to an action in a review. */
  addFollowUp: FollowUp;
  /** Admins: verifies an email domain for a partner. */
  addPartnerDomain: PartnerDomain;
  /** The Commissioner's team: apply an approved amendment, making the plan's next version. */
  applyAmendment: Amendment;
  /** Admins: import a checked file. All rows in one transaction, or none. CONFLICT when already applied; BAD_USER_INPUT with every problem by row and column. */
  applyPlanImport: ImportRun;
  /** The Commissioner's team: approve a proposed amendment. */
  approveAmendment: Amendment;
  /** Admins: archive an action. */
  archiveAction: Action;
  /** Admins: remove a contribution (it is archived). */
  archiveContribution: Contribution;
  /** Archive an evidence file, with a reason: admins, or the organisation that added it. It is kept, for admins only. */
  archiveEvidenceFile: EvidenceFile;
  /** Admins: archive an indicator. */
  archiveIndicator: Indicator;
  /** Admins: archive a milestone. */
  archiveMilestone: Milestone;
  /** Admins: archive a partner that leads no actions. */
  archivePartner: Partner;
  /** Admins: archive a plan. */
  archivePlan: Plan;
  /** Admins: archive a priority. */
  archivePriority: Priority;
  /** Admins and partner leads: set status, RAG (with a reason), or (admins) due date or lead partner on many actions at once. All or nothing; refused rows are listed in extensions.rows. */
  bulkUpdateActions: Array<Action>;
  /** Admins: changes what a user may do, and optionally their organisation. Not your own admin role. */
  changeUserRole: User;
  /** The first run: with the link from the server’s log, creates the first admin and the organisation, and signs them in. */
  completeSetup: User;
  /** Admins: add an action to a priority. */
  createAction: Action;
  /** Admins: add an indicator. */
  createIndicator: Indicator;
  /** Add a milestone to an action you may work on. */
  createMilestone: Milestone;
  /** Admins: add a partner organisation. */
  createPartner: Partner;
  /** Admins: add a plan. */
  createPlan: Plan;
  /** Admins: add a priority to a plan. */
  createPriority: Priority;
  /** Admins: record a resident's question for a meeting. */
  createPublicQuestion: PublicQuestion;
  /** Admins: set up the review of a quarter. */
  createReviewCycle: ReviewCycle;
  /** Admins: stops a user signing in; their sessions end at once. Not your own account. */
  deactivateUser: User;
  /** Admins: agree or decline a proposed contribution. */
  decideContribution: Contribution;
  /** Ends the session, and for a single sign-on session gives the provider’s sign-out address. Safe when signed out. */
  endSession: SignOutResult;
  /** Ask for a Panel report pack, from a CLOSED review cycle (its frozen snapshot) or, without cycleId, a draft from live data. Admins may ask for any; the Panel for a closed quarter's, getting the one already made if there is one. A request while the same report is queued or being made returns that run. Returns at once; poll reportRun for progress. */
  generateReport: ReportRun;
  /** Admins: import values from CSV. Every row is checked first; all are imported or none. */
  importMeasurements: MeasurementImport;
  /** Admins: makes an account and emails the person a link (valid for 7 days) to choose a password. CONFLICT if the email already has an account. */
  inviteUser: User;
  /** Admins, or a lead of the partner: issue an update link. */
  issueUpdateLink: IssuedUpdateLink;
  /** Admins: move a review one step on or back. Closing (with confirm) freezes the quarter. */
  moveReviewCycle: ReviewCycle;
  /** Opens an update link: remembers it in a cookie until it expires. NOT_FOUND or FORBIDDEN (expired, withdrawn) otherwise. */
  openUpdateLink: OpenedUpdateLink;
  /** The Commissioner's team: propose an amendment to an active plan. */
  proposeAmendment: Amendment;
  /** Admins: publish an evidence file (the public may then download it), or make it private again. */
  publishEvidenceFile: EvidenceFile;
  /** Admins: lets a deactivated user sign in again. Someone who had not accepted their invitation needs a new one (resendInvite). */
  reactivateUser: User;
  /** Admins: record a period's value, or correct it (send expectedVersion; the old value is kept). */
  recordMeasurement: IndicatorMeasurement;
  /** Admins: record a decision and note on an action, with any follow-ups, in one go. */
  recordReviewDecision: ReviewThread;
  /** Report progress on an action you may work on: status, RAG, progress, commentary, and milestones completed. */
  recordUpdate: ActionUpdate;
  /** The Commissioner's team: reject an amendment, saying why. */
  rejectAmendment: Amendment;
  /** Admins: removes a partner’s email domain. */
  removePartnerDomain: PartnerDomain;
  /** Admins: put the meeting agenda's actions in order. */
  reorderAgenda: ReviewCycle;
  /** Emails a password reset link (valid for 1 hour) if the address has an active account. Always true, so it reveals nothing. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Admins: emails a new invitation to someone who has not accepted theirs. The old link stops working. */
  resendInvite: User;
  /** Chooses a new password with the link from a password reset email. Ends all of that account’s sessions. */
  resetPassword: Scalars['Boolean']['output'];
  /** Partners working on the action: answer a challenge in the thread. */
  respondToReview: ReviewThread;
  /** Withdraw a link at once. */
  revokeUpdateLink: UpdateLink;
  /** Admins: switches a provider on or off. Off ends every session opened through it. */
  setIdentityProviderEnabled: IdentityProvider;
  /** Signs in with email and password and sets the session cookie. */
  signIn: User;
  /** Ends the session. Safe to call when signed out. */
  signOut: Scalars['Boolean']['output'];
  /** Change an action. Partners may change description, status, RAG and progress of actions they lead or support. */
  updateAction: Action;
  /** Admins: change a contribution's outcome or how. */
  updateContribution: Contribution;
  /** The owning partner marks a follow-up done; admins may change all of it. */
  updateFollowUp: FollowUp;
  /** Admins: change an indicator. */
  updateIndicator: Indicator;
  /** Change a milestone of an action you may work on. */
  updateMilestone: Milestone;
  /** Admins: change the organisation’s settings and the free-text parts of its statements. */
  updateOrganisationSettings: OrganisationSettingsModel;
  /** Admins: change a partner organisation. */
  updatePartner: Partner;
  /** Admins: change a plan. */
  updatePlan: Plan;
  /** Admins: change a priority. */
  updatePriority: Priority;
  /** Admins: change, answer or publish a question. */
  updatePublicQuestion: PublicQuestion;
  /** Admins: change a review's dates. */
  updateReviewCycle: ReviewCycle;
  /** The Commissioner's team: withdraw an amendment, saying why. */
  withdrawAmendment: Amendment;
};


export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


export type MutationAddContributionArgs = {
  input: AddContributionInput;
};


export type MutationAddFollowUpArgs = {
  input: AddFollowUpInput;
};


export type MutationAddPartnerDomainArgs = {
  input: AddPartnerDomainInput;
};


export type MutationApplyAmendmentArgs = {
  input: DecideAmendmentInput;
};


export type MutationApplyPlanImportArgs = {
  input: ApplyPlanImportInput;
};


export type MutationApproveAmendmentArgs = {
  input: DecideAmendmentInput;
};


export type MutationArchiveActionArgs = {
  input: ArchiveInput;
};


export type MutationArchiveContributionArgs = {
  input: ArchiveInput;
};


export type MutationArchiveEvidenceFileArgs = {
  input: ArchiveEvidenceFileInput;
};


export type MutationArchiveIndicatorArgs = {
  input: ArchiveInput;
};


export type MutationArchiveMilestoneArgs = {
  input: ArchiveInput;
};


export type MutationArchivePartnerArgs = {
  input: ArchiveInput;
};


export type MutationArchivePlanArgs = {
  input: ArchiveInput;
};


export type MutationArchivePriorityArgs = {
  input: ArchiveInput;
};


export type MutationBulkUpdateActionsArgs = {
  input: BulkUpdateActionsInput;
};


export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


export type MutationCompleteSetupArgs = {
  input: CompleteSetupInput;
};


export type MutationCreateActionArgs = {
  input: CreateActionInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreateMilestoneArgs = {
  input: CreateMilestoneInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreatePriorityArgs = {
  input: CreatePriorityInput;
};


export type MutationCreatePublicQuestionArgs = {
  input: CreatePublicQuestionInput;
};


export type MutationCreateReviewCycleArgs = {
  input: CreateReviewCycleInput;
};


export type MutationDeactivateUserArgs = {
  input: UserIdInput;
};


export type MutationDecideContributionArgs = {
  input: DecideContributionInput;
};


export type MutationGenerateReportArgs = {
  input: GenerateReportInput;
};


export type MutationImportMeasurementsArgs = {
  input: ImportMeasurementsInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationIssueUpdateLinkArgs = {
  input: IssueUpdateLinkInput;
};


export type MutationMoveReviewCycleArgs = {
  input: MoveReviewCycleInput;
};


export type MutationOpenUpdateLinkArgs = {
  input: OpenUpdateLinkInput;
};


export type MutationProposeAmendmentArgs = {
  input: ProposeAmendmentInput;
};


export type MutationPublishEvidenceFileArgs = {
  input: PublishEvidenceFileInput;
};


export type MutationReactivateUserArgs = {
  input: UserIdInput;
};


export type MutationRecordMeasurementArgs = {
  input: RecordMeasurementInput;
};


export type MutationRecordReviewDecisionArgs = {
  input: RecordReviewDecisionInput;
};


export type MutationRecordUpdateArgs = {
  input: RecordUpdateInput;
};


export type MutationRejectAmendmentArgs = {
  input: CloseAmendmentInput;
};


export type MutationRemovePartnerDomainArgs = {
  domain: Scalars['ID']['input'];
};


export type MutationReorderAgendaArgs = {
  input: ReorderAgendaInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResendInviteArgs = {
  input: UserIdInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRespondToReviewArgs = {
  input: RespondToReviewInput;
};


export type MutationRevokeUpdateLinkArgs = {
  input: RevokeUpdateLinkInput;
};


export type MutationSetIdentityProviderEnabledArgs = {
  input: SetIdentityProviderEnabledInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUpdateActionArgs = {
  input: UpdateActionInput;
};


export type MutationUpdateContributionArgs = {
  input: UpdateContributionInput;
};


export type MutationUpdateFollowUpArgs = {
  input: UpdateFollowUpInput;
};


export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


export type MutationUpdateMilestoneArgs = {
  input: UpdateMilestoneInput;
};


export type MutationUpdateOrganisationSettingsArgs = {
  input: UpdateOrganisationSettingsInput;
};


export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};


export type MutationUpdatePriorityArgs = {
  input: UpdatePriorityInput;
};


export type MutationUpdatePublicQuestionArgs = {
  input: UpdatePublicQuestionInput;
};


export type MutationUpdateReviewCycleArgs = {
  input: UpdateReviewCycleInput;
};


export type MutationWithdrawAmendmentArgs = {
  input: CloseAmendmentInput;
};

/** The actions a partner leads or supports, sorted by what needs doing. */
export type MyActions = {
  /** Open actions with no progress report this quarter. */
  needsUpdate: Array<Action>;
  /** Open actions with a milestone past its due date. */
  overdueMilestones: Array<Action>;
  partner: Partner;
  /** The current UK financial-year quarter, e.g. "2026/27 Q3". */
  quarter: Scalars['String']['output'];
  /** Everything else: reported this quarter, or finished. */
  upToDate: Array<Action>;
};

/** An action an amendment adds. */
export type NewActionSpec = {
  description?: Maybe<Scalars['String']['output']>;
  dueDate: Scalars['Date']['output'];
  leadPartnerId: Scalars['ID']['output'];
  /** The lead partner's name; null if the partner has since been deleted. */
  leadPartnerName?: Maybe<Scalars['String']['output']>;
  /** Its milestones; none when it has none. */
  milestones: Array<NewMilestoneSpec>;
  priorityId: Scalars['ID']['output'];
  ref: Scalars['String']['output'];
  startDate?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  weight?: Maybe<Scalars['Int']['output']>;
};

/** An action an amendment adds, alone or in a split or merge. */
export type NewActionSpecInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The agreed due date: it becomes the new action’s baseline. */
  dueDate: Scalars['Date']['input'];
  leadPartnerId: Scalars['ID']['input'];
  /** Its milestones, made with it when the amendment is applied. */
  milestones?: InputMaybe<Array<NewMilestoneSpecInput>>;
  priorityId: Scalars['ID']['input'];
  /** Reference within the plan, e.g. 1.3; not one the plan has had. */
  ref: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
  weight?: InputMaybe<Scalars['Int']['input']>;
};

export type NewFollowUpInput = {
  description: Scalars['String']['input'];
  dueOn: Scalars['Date']['input'];
  ownerPartnerId: Scalars['ID']['input'];
};

/** A milestone of an action an amendment adds. */
export type NewMilestoneSpec = {
  dueDate: Scalars['Date']['output'];
  title: Scalars['String']['output'];
};

/** A milestone of an action an amendment adds. */
export type NewMilestoneSpecInput = {
  dueDate: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type OpenUpdateLinkInput = {
  token: Scalars['String']['input'];
};

/** What an update link lets its holder do. */
export type OpenedUpdateLink = {
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  partner: Partner;
};

/** Admins: the organisation’s settings in force, each the settings page’s value or, where it has none, the server’s environment default. */
export type OrganisationSettingsModel = {
  accessibilityCompliance?: Maybe<AccessibilityCompliance>;
  accessibilityNonAccessible?: Maybe<Scalars['String']['output']>;
  accessibilityPreparedOn?: Maybe<Scalars['Date']['output']>;
  accessibilityReviewedOn?: Maybe<Scalars['Date']['output']>;
  accessibilityTestedOn?: Maybe<Scalars['Date']['output']>;
  accessibilityTesting?: Maybe<Scalars['String']['output']>;
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  dataControllerName?: Maybe<Scalars['String']['output']>;
  dpoEmail?: Maybe<Scalars['String']['output']>;
  dpoName?: Maybe<Scalars['String']['output']>;
  /** The fields whose value comes from the server’s environment (ORG_*, PUBLIC_URL, MAIL_FROM, REPORT_LOGO). */
  fromEnvironment: Array<Scalars['String']['output']>;
  /** Where the organisation’s logo is served; null when there is none. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  mailFromAddress: Scalars['String']['output'];
  mailFromName?: Maybe<Scalars['String']['output']>;
  missing: StatementsMissing;
  organisationName?: Maybe<Scalars['String']['output']>;
  postalAddress?: Maybe<Scalars['String']['output']>;
  privacyLawfulBasis?: Maybe<Scalars['String']['output']>;
  privacyPurposes?: Maybe<Scalars['String']['output']>;
  privacyRecipients?: Maybe<Scalars['String']['output']>;
  /** The address people open the service at, used in the links emails carry. */
  publicUrl: Scalars['String']['output'];
  /** The service’s name, e.g. Partnership Tracker. */
  serviceName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Which page of results: at most 100 items. */
export type PageInput = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A partner organisation: the OPCC, police, councils, rural bodies, charities. */
export type Partner = {
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Contact email. Null for the public. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Contact telephone. Null for the public. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  /** Actions this partner leads, in visible plans. */
  ledActions: Array<Action>;
  name: Scalars['String']['output'];
  /** Actions this partner supports, in visible plans. */
  supportedActions: Array<Action>;
  /** Public web address. */
  website?: Maybe<Scalars['String']['output']>;
};

/** An email domain whose people may sign in, through single sign-on, as staff of a partner. */
export type PartnerDomain = {
  defaultRole: Role;
  domain: Scalars['String']['output'];
  partnerId: Scalars['ID']['output'];
  /** Sign-ins must come through this provider. */
  providerId?: Maybe<Scalars['String']['output']>;
  /** And carry this tenant id (Entra ID tid). */
  tenantId?: Maybe<Scalars['String']['output']>;
  verifiedAt: Scalars['DateTime']['output'];
  verifiedByEmail: Scalars['String']['output'];
};

/** What kind of organisation a partner is. */
export type PartnerKind =
  | 'BUSINESS_BODY'
  | 'CHARITY'
  | 'COMMUNITY_SCHEME'
  | 'FIRE_AND_RESCUE'
  | 'LOCAL_AUTHORITY'
  | 'NATIONAL_PARK'
  | 'OPCC'
  | 'OTHER'
  | 'POLICE'
  | 'STATUTORY_AGENCY';

/** Who may sign in with a password (PASSWORD_SIGN_IN). */
export type PasswordSignIn =
  /** Only the break-glass admins; everyone else uses single sign-on. */
  | 'BREAK_GLASS'
  /** Everyone with an account and a password. */
  | 'EVERYONE';

/** Text about to be published that looks like personal data, and the field it is in. */
export type PersonalDataFinding = {
  field: Scalars['String']['output'];
  /** NAME, EMAIL, PHONE, POSTCODE or VEHICLE_REGISTRATION. */
  kind: Scalars['String']['output'];
  /** The text as written. */
  text: Scalars['String']['output'];
};

/** A multi-year strategy or action plan, with priorities and actions. */
export type Plan = {
  actionCount: Scalars['Int']['output'];
  /** One amendment by its number (A3 is 3). */
  amendment?: Maybe<Amendment>;
  /** Amendments, newest first. Signed-in users only. */
  amendments: Array<Amendment>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Slippage against the baseline in words; null until the plan has a baseline. */
  baselineSlippage?: Maybe<Scalars['String']['output']>;
  /** What moved between two frozen quarters, or between one and the live data (leave `to` out). */
  comparison: QuarterComparison;
  /** How residents contact the partnership: a team mailbox, shown publicly. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** A web page about the partnership or how to contact it, shown publicly. */
  contactUrl?: Maybe<Scalars['String']['output']>;
  /** Delivered through: the plans whose actions contribute to this plan's priorities (agreed links), with a rollup for each. */
  deliveredThrough: Array<DeliveringPlan>;
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Indicators linked to any of its priorities. */
  indicators: Array<Indicator>;
  /** The Commissioner's team's working notes. Null for the public, and for the Panel while a draft. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** The live data, in the shape of a quarter snapshot. */
  livePicture: PlanSnapshot;
  /** Open actions past their due date. */
  overdueActionCount: Scalars['Int']['output'];
  /** Milestones past their due date and not completed, oldest first. */
  overdueMilestones: Array<Milestone>;
  /** The organisation that owns the plan. */
  owner: Partner;
  /** Priorities in order. */
  priorities: Array<Priority>;
  /** Progress of all actions, weighted by their weight (cancelled left out). */
  progress: Scalars['Int']['output'];
  /** RAG rule: progress this many points behind the time elapsed suggests amber. */
  ragAmberBehindPoints: Scalars['Int']['output'];
  ragCounts: RagCounts;
  /** RAG rule: a milestone more than this many days late suggests red. */
  ragRedLateDays: Scalars['Int']['output'];
  /** Partners are reminded this many days before a quarter's end. */
  reminderDaysBefore: Scalars['Int']['output'];
  /** Quarterly reviews, newest first. */
  reviewCycles: Array<ReviewCycle>;
  /** The plan’s address in the app, e.g. rural-crime-strategy-2024-2027. */
  slug: Scalars['String']['output'];
  /** A closed quarter as frozen when its review closed, e.g. quarter: "2025/26 Q1"; null if none. */
  snapshot?: Maybe<PlanSnapshot>;
  /** The frozen quarters, newest first. */
  snapshots: Array<QuarterSummary>;
  /** An open action with no update for this many days is stale. */
  staleAfterDays: Scalars['Int']['output'];
  startDate: Scalars['Date']['output'];
  status: PlanStatus;
  statusCounts: StatusCounts;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** One version by its number. */
  version?: Maybe<PlanVersion>;
  /** Two versions side by side, action by action. */
  versionComparison: PlanVersionComparison;
  /** The plan’s versions, the baseline (1) first. Signed-in users only. */
  versions: Array<PlanVersion>;
};


/** A multi-year strategy or action plan, with priorities and actions. */
export type PlanAmendmentArgs = {
  number: Scalars['Int']['input'];
};


/** A multi-year strategy or action plan, with priorities and actions. */
export type PlanComparisonArgs = {
  from: Scalars['String']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A multi-year strategy or action plan, with priorities and actions. */
export type PlanSnapshotArgs = {
  quarter: Scalars['String']['input'];
};


/** A multi-year strategy or action plan, with priorities and actions. */
export type PlanVersionArgs = {
  number: Scalars['Int']['input'];
};


/** A multi-year strategy or action plan, with priorities and actions. */
export type PlanVersionComparisonArgs = {
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
};

/** Something changed in a plan. It names what changed, not its content: refetch that part, so each viewer reads it with their own permissions. */
export type PlanEvent = {
  /** The action that changed, if the event is about one. */
  actionId?: Maybe<Scalars['ID']['output']>;
  /** Who made the change: their name, or their email if they have none. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When the change was saved. */
  at: Scalars['DateTime']['output'];
  /** The review cycle concerned, if any. */
  cycleId?: Maybe<Scalars['ID']['output']>;
  kind: PlanEventKind;
  planId: Scalars['ID']['output'];
};

/** What changed in a plan. */
export type PlanEventKind =
  /** An action changed: a progress update, an edit or a bulk change. */
  | 'ACTION_UPDATED'
  /** The order of a review meeting’s agenda changed. */
  | 'AGENDA_REORDERED'
  /** A review cycle opened, started or closed. */
  | 'CYCLE_STATUS_CHANGED'
  /** A follow-up from a review was added or changed. */
  | 'FOLLOW_UP_CHANGED'
  /** A question to a partner was asked, answered or changed. */
  | 'QUESTION_CHANGED'
  /** A note or decision was added to a quarterly review. */
  | 'REVIEW_NOTE_ADDED';

/** A plan's picture in a quarter: frozen when the quarter's review closed (never changes), or the live data. */
export type PlanSnapshot = {
  actions: Array<SnapshotAction>;
  /** The moment the picture shows. */
  asAt: Scalars['DateTime']['output'];
  /** The plan's indicators as reported; empty for quarters frozen before indicators existed. */
  indicators: Array<SnapshotIndicator>;
  /** False for a frozen quarter; true for the live data. */
  live: Scalars['Boolean']['output'];
  priorities: Array<SnapshotPriority>;
  /** e.g. "2025/26 Q1". */
  quarter: Scalars['String']['output'];
  rollup: SnapshotRollup;
  /** When it was frozen. */
  takenAt?: Maybe<Scalars['DateTime']['output']>;
  takenByEmail?: Maybe<Scalars['String']['output']>;
};

/** Whether a plan is being drafted, delivered or closed. */
export type PlanStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT';

/** The plan’s agreed shape at one moment: 1 is the baseline; each applied amendment makes the next. */
export type PlanVersion = {
  actions: Array<VersionAction>;
  /** The amendment that made it; null for the baseline. */
  amendmentNumber?: Maybe<Scalars['Int']['output']>;
  amendmentTitle?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  takenAt: Scalars['DateTime']['output'];
  takenByEmail: Scalars['String']['output'];
};

/** Two versions of a plan side by side. */
export type PlanVersionComparison = {
  from: Scalars['Int']['output'];
  rows: Array<VersionComparisonRow>;
  to: Scalars['Int']['output'];
};

/** A priority of a plan, such as "Preventing and Tackling Rural Crime". */
export type Priority = {
  /** Actions in reference order (1.2 before 1.10). */
  actions: Array<Action>;
  /** The contributing actions rolled up: weighted progress, RAG and status counts. */
  contributionRollup: ContributionRollup;
  /** Agreed contributions of actions of other plans to this priority, that you may see. */
  contributions: Array<Contribution>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Indicators that measure this priority. */
  indicators: Array<Indicator>;
  /** Position in the plan: 1, 2, 3 ... */
  number: Scalars['Int']['output'];
  /** Open actions past their due date. */
  overdueActionCount: Scalars['Int']['output'];
  plan: Plan;
  /** Progress of its actions, weighted (cancelled left out). */
  progress: Scalars['Int']['output'];
  ragCounts: RagCounts;
  statusCounts: StatusCounts;
  title: Scalars['String']['output'];
};

export type PriorityProgressChange = {
  /** Percentage points; negative when it went back. */
  change: Scalars['Int']['output'];
  from: Scalars['Int']['output'];
  number: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  to: Scalars['Int']['output'];
};

export type ProgressChange = {
  /** Percentage points; negative when it went back. */
  change: Scalars['Int']['output'];
  from: Scalars['Int']['output'];
  to: Scalars['Int']['output'];
};

/** Admins: propose an amendment to an active plan. */
export type ProposeAmendmentInput = {
  changes: Array<AmendmentChangeInput>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  /** The quarterly review at which it was agreed, if any. */
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  /** Why the plan changes: shown to the Panel and in open data. */
  reason: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A resident's question for a Performance Scrutiny Meeting. */
export type PublicQuestion = {
  /** The actions the question is about. */
  actions: Array<Action>;
  answer?: Maybe<Scalars['String']['output']>;
  answeredBy?: Maybe<Scalars['String']['output']>;
  /** Who asked, without naming them. Never public. */
  askedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The meeting date. */
  meetingOn?: Maybe<Scalars['Date']['output']>;
  published: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The quarter of the meeting, e.g. "2025/26 Q1". */
  quarter: Scalars['String']['output'];
  question: Scalars['String']['output'];
  receivedOn: Scalars['Date']['output'];
  version: Scalars['Int']['output'];
};

/** Admins: make an evidence file public, or private again. */
export type PublishEvidenceFileInput = {
  id: Scalars['ID']['input'];
  /** True to publish, false to make it private again. */
  published: Scalars['Boolean']['input'];
};

/** What moved between two quarters, or a quarter and now. */
export type QuarterComparison = {
  actions: Array<ActionProgressChange>;
  added: Array<ComparedAction>;
  completed: Array<ComparedAction>;
  deferred: Array<ComparedAction>;
  from: Scalars['String']['output'];
  plan: ProgressChange;
  priorities: Array<PriorityProgressChange>;
  /** Worsening first. */
  ragMovements: Array<RagMovement>;
  /** Archived since. */
  removed: Array<ComparedAction>;
  /** Most days first. */
  slippedMilestones: Array<SlippedMilestone>;
  /** A quarter, or "Live". */
  to: Scalars['String']['output'];
};

/** A frozen quarter of a plan. */
export type QuarterSummary = {
  cycleId: Scalars['ID']['output'];
  quarter: Scalars['String']['output'];
  takenAt: Scalars['DateTime']['output'];
};

export type Query = {
  /** One action. NOT_FOUND if its plan is not visible to you. */
  action: Action;
  /** Actions matching a filter, a page at a time (at most 100). */
  actions: ActionPage;
  /** Admins: the audit trail, newest first, a page at a time. */
  auditEvents: AuditEventPage;
  /** The largest evidence file the server takes, in bytes (EVIDENCE_MAX_MB), for upload forms. */
  evidenceUploadLimit: Scalars['Int']['output'];
  /** Admins: the configured sign-in providers. */
  identityProviders: Array<IdentityProvider>;
  /** Admins: one spreadsheet import, with its progress, problems and changes. Poll it while it works. */
  importRun: ImportRun;
  /** One indicator. NOT_FOUND when not visible to the viewer. */
  indicator: Indicator;
  /** Indicators, by name; of a plan or a priority if given. The public sees published ones. */
  indicators: Array<Indicator>;
  /** The signed-in user, or null for the public. */
  me?: Maybe<User>;
  /** The signed-in partner's, or the update link holder's, actions by what needs doing. Null for the public. */
  myActions?: Maybe<MyActions>;
  /** Challenges to answer and open follow-ups for the viewer's organisation. */
  myReviewTasks: ReviewTasks;
  /** The update link this browser holds, if any. */
  myUpdateLink?: Maybe<OpenedUpdateLink>;
  /** Admins: the organisation’s settings. */
  organisationSettings: OrganisationSettingsModel;
  partner: Partner;
  /** Admins: partners’ verified email domains. */
  partnerDomains: Array<PartnerDomain>;
  /** The partner directory, by name. */
  partners: Array<Partner>;
  /** One plan by its slug. NOT_FOUND if it does not exist or is not visible. */
  plan: Plan;
  /** Admins: a plan's latest 20 imports, newest first. */
  planImports: Array<ImportRun>;
  /** Plans the viewer may read; the public sees active plans only. */
  plans: Array<Plan>;
  /** One priority. NOT_FOUND if its plan is not visible to you. */
  priority: Priority;
  /** Published residents' questions and answers of a plan, newest meeting first. Public. */
  publishedQuestions: Array<PublicQuestion>;
  /** One report run, with its progress and files. Staff, and the Panel for plans that are not drafts. */
  reportRun: ReportRun;
  /** A plan's Panel reports, newest first. Staff, and the Panel for plans that are not drafts. */
  reportRuns: Array<ReportRun>;
  /** A quarterly review. Signed-in users. */
  reviewCycle: ReviewCycle;
  /** Whether a first-run setup link can still be used. */
  setupStatus: SetupStatus;
  /** What the sign-in page offers: providers and passwords. */
  signInOptions: SignInOptions;
  /** Who runs this installation: for every page’s header. */
  site: SiteIdentity;
  /** A partner's update links, newest first (admins, or its leads). */
  updateLinks: Array<UpdateLink>;
  /** Admins: user accounts, by name, a page at a time. */
  users: UserPage;
};


export type QueryActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionsArgs = {
  filter?: InputMaybe<ActionFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryAuditEventsArgs = {
  filter?: InputMaybe<AuditFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryImportRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  planId?: InputMaybe<Scalars['ID']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerDomainsArgs = {
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPlanArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPlanImportsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPriorityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedQuestionsArgs = {
  planSlug: Scalars['String']['input'];
};


export type QueryReportRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportRunsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryReviewCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySetupStatusArgs = {
  token: Scalars['String']['input'];
};


export type QueryUpdateLinksArgs = {
  partnerId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<PageInput>;
};

/** Red, amber or green: is the action on track? */
export type Rag =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** How many actions are red, amber and green. */
export type RagCounts = {
  amber: Scalars['Int']['output'];
  green: Scalars['Int']['output'];
  red: Scalars['Int']['output'];
};

/** Actions that moved from one RAG to another. */
export type RagMovement = {
  actions: Array<ComparedAction>;
  count: Scalars['Int']['output'];
  from: Rag;
  to: Rag;
};

/** Admins: the value of one period. Sending a period again corrects it. */
export type RecordMeasurementInput = {
  /** To correct a period's value: the version you saw. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The first day of the period: a month, UK quarter or financial year. */
  periodStart: Scalars['Date']['input'];
  value: Scalars['Float']['input'];
};

/** Admins: record a decision and note on an action in a cycle. */
export type RecordReviewDecisionInput = {
  actionId: Scalars['ID']['input'];
  cycleId: Scalars['ID']['input'];
  decision: ReviewDecision;
  escalatedTo?: InputMaybe<EscalationTarget>;
  followUps?: InputMaybe<Array<NewFollowUpInput>>;
  note: Scalars['String']['input'];
};

/** A progress report. Send the version you last saw: a stale one gets CONFLICT with the current state. */
export type RecordUpdateInput = {
  actionId: Scalars['ID']['input'];
  commentary: Scalars['String']['input'];
  /** Evidence files uploaded for this action (POST /files/evidence), to attach. */
  evidenceFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The action version you last saw. */
  expectedVersion: Scalars['Int']['input'];
  milestoneCompletions?: InputMaybe<Array<MilestoneCompletionInput>>;
  /** The difference made, if any. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  progress: Scalars['Int']['input'];
  rag: Rag;
  /** Required when the RAG differs from the suggested one. */
  ragReason?: InputMaybe<Scalars['String']['input']>;
  status: ActionStatus;
};

/** An action a bulk change could not change, and why. */
export type RefusedRow = {
  actionId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  ref?: Maybe<Scalars['String']['output']>;
};

/** Admins: put the agenda's actions in order; the rest follow. */
export type ReorderAgendaInput = {
  actionIds: Array<Scalars['ID']['input']>;
  cycleId: Scalars['ID']['input'];
};

/** One format of a report, ready to download. */
export type ReportFile = {
  /** Where to download it (signed-in users who may read the report). */
  downloadUrl: Scalars['String']['output'];
  /** e.g. "rural-crime-strategy-2024-2027-2024-25-q4-panel-report.pdf". */
  fileName: Scalars['String']['output'];
  format: ReportFormat;
  id: Scalars['ID']['output'];
  /** How long rendering took, in milliseconds. */
  renderMs: Scalars['Int']['output'];
  /** SHA-256 of the file, hex. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
};

/** A file format of the Panel report. */
export type ReportFormat =
  /** One CSV file per table of the report, in a zip with a README. */
  | 'CSV'
  /** Editable Word document, for agenda papers. */
  | 'DOCX'
  /** Accessible (tagged) PDF, for reading and printing. */
  | 'PDF'
  /** Excel workbook: one sheet per section. */
  | 'XLSX';

/** A Panel report pack: made once from one report model, kept with its files for the record. */
export type ReportRun = {
  createdAt: Scalars['DateTime']['output'];
  /** The closed review cycle; null for live data. */
  cycleId?: Maybe<Scalars['ID']['output']>;
  /** Made from live data, and marked draft on every page. */
  draft: Scalars['Boolean']['output'];
  /** Why it failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** The files made so far, in the order asked for. */
  files: Array<ReportFile>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** SHA-256 of the report model: the same for every report of the same closed quarter. */
  modelHash?: Maybe<Scalars['String']['output']>;
  planId: Scalars['ID']['output'];
  /** 0 to 100. */
  progress: Scalars['Int']['output'];
  requestedByEmail: Scalars['String']['output'];
  requestedByName: Scalars['String']['output'];
  /** What it is doing, in words. */
  stage?: Maybe<Scalars['String']['output']>;
  status: ReportRunStatus;
  title: Scalars['String']['output'];
};

/** Where a report is in its making: QUEUED, RUNNING, then DONE or FAILED. */
export type ReportRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** How often a value is reported: each month, UK financial quarter or financial year. */
export type ReportingFrequency =
  | 'FINANCIAL_YEAR'
  | 'MONTH'
  | 'QUARTER';

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

/** Chooses a new password with the link from a password reset email. */
export type ResetPasswordInput = {
  /** The new password: 12 to 200 characters. */
  password: Scalars['String']['input'];
  /** The token from the link in the email. */
  token: Scalars['String']['input'];
};

/** A partner's answer to a challenge. */
export type RespondToReviewInput = {
  actionId: Scalars['ID']['input'];
  cycleId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
};

/** One plan's review of one UK financial-year quarter. */
export type ReviewCycle = {
  /** The meeting agenda: the exceptions, in the reviewer's order, then most serious first. */
  agenda: Array<AgendaItem>;
  /** The states the viewer may move it to now. */
  canMoveTo: Array<ReviewCycleStatus>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who closed it, by name (their email if the account has gone); null while open. */
  closedBy?: Maybe<Scalars['String']['output']>;
  closedByEmail?: Maybe<Scalars['String']['output']>;
  /** What closing would freeze (live until closed). */
  closingCheck: ClosingCheck;
  /** The partners' update deadline. */
  deadline: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The Performance Scrutiny Meeting. */
  meetingOn?: Maybe<Scalars['Date']['output']>;
  /** When partners are asked to start updating. */
  opensOn: Scalars['Date']['output'];
  /** The quarter's picture: frozen once closed, the live data before. */
  picture: PlanSnapshot;
  plan: Plan;
  /** The quarter, e.g. "2025/26 Q1". */
  quarter: Scalars['String']['output'];
  /** Residents' questions for the meeting. */
  questions: Array<PublicQuestion>;
  status: ReviewCycleStatus;
  /** Every action with a note or follow-up this cycle. */
  threads: Array<ReviewThread>;
  /** Send it back with a move, so two reviewers cannot both move it. */
  version: Scalars['Int']['output'];
};

/** Where a quarterly review is. */
export type ReviewCycleStatus =
  /** Frozen: the quarter’s snapshot never changes. */
  | 'CLOSED'
  /** The Commissioner's team reviews; partners may still answer challenges. */
  | 'IN_REVIEW'
  /** Partners update their actions before the deadline. */
  | 'OPEN'
  /** Set up; partners are not asked to update yet. */
  | 'PLANNED';

/** The reviewer's decision on an action this quarter. */
export type ReviewDecision =
  /** Accepted as complete. */
  | 'ACCEPTED_COMPLETE'
  /** The partner must respond. */
  | 'CHALLENGED'
  /** Taken to the Performance Scrutiny Meeting or the Chief Constable. */
  | 'ESCALATED'
  /** Noted; nothing more needed. */
  | 'NOTED';

/** A reviewer's decision and note, or a partner's response. */
export type ReviewEntry = {
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decision?: Maybe<ReviewDecision>;
  escalatedTo?: Maybe<EscalationTarget>;
  id: Scalars['ID']['output'];
  kind: ReviewEntryKind;
};

/** A reviewer's decision, or a partner's response to it. */
export type ReviewEntryKind =
  | 'DECISION'
  | 'RESPONSE';

/** What the viewer's organisation must do after reviews. */
export type ReviewTasks = {
  /** Challenges waiting for an answer. */
  challenges: Array<ReviewThread>;
  /** Open follow-ups the organisation owns, soonest first. */
  followUps: Array<FollowUp>;
};

/** An action's review in one cycle: decisions, responses and follow-ups. */
export type ReviewThread = {
  action: Action;
  actionId: Scalars['ID']['output'];
  cycle: ReviewCycle;
  cycleId: Scalars['ID']['output'];
  /** The latest decision. */
  decision?: Maybe<ReviewDecision>;
  /** Oldest first. */
  entries: Array<ReviewEntry>;
  escalatedTo?: Maybe<EscalationTarget>;
  followUps: Array<FollowUp>;
  /** Challenged, and the partner has not answered since. */
  openChallenge: Scalars['Boolean']['output'];
};

export type RevokeUpdateLinkInput = {
  id: Scalars['ID']['input'];
};

/** What a user may do. */
export type Role =
  /** The Commissioner's team: everything. */
  | 'ADMIN'
  /** Police and Crime Panel members: read everything, change nothing. */
  | 'PANEL_VIEWER'
  /** Partner staff who update their organisation’s actions. */
  | 'PARTNER_EDITOR'
  /** Partner staff who lead their organisation’s actions. */
  | 'PARTNER_LEAD';

export type SetIdentityProviderEnabledInput = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

/** Whether a first-run setup link can still be used. */
export type SetupStatus = {
  /** When it stops working, while it is usable. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** True while the link can create the first admin. */
  usable: Scalars['Boolean']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** What the sign-in page offers. */
export type SignInOptions = {
  /** Who to ask for access: the organisation’s contact email, when it has one. */
  accessContact?: Maybe<Scalars['String']['output']>;
  passwordSignIn: PasswordSignIn;
  providers: Array<SignInProvider>;
};

/** A single sign-on provider people may sign in with. */
export type SignInProvider = {
  /** The id in OIDC_PROVIDERS, as in /auth/oidc/<id>/start. */
  id: Scalars['ID']['output'];
  /** Shown as "Sign in with <name>". */
  name: Scalars['String']['output'];
};

export type SignOutResult = {
  /** For a single sign-on session: open this to sign out at the provider too. */
  providerSignOutUrl?: Maybe<Scalars['String']['output']>;
  signedOut: Scalars['Boolean']['output'];
};

/** Who runs this installation, as everyone may see it: in the header of every page, and on the public statements. */
export type SiteIdentity = {
  /** Where the organisation’s logo is served; null when there is none. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  organisationName?: Maybe<Scalars['String']['output']>;
  /** The service’s name, e.g. Partnership Tracker. */
  serviceName: Scalars['String']['output'];
};

/** A milestone whose due date moved later. */
export type SlippedMilestone = {
  action: ComparedAction;
  days: Scalars['Int']['output'];
  fromDue: Scalars['Date']['output'];
  milestoneId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  toDue: Scalars['Date']['output'];
};

/** An action as it stood in the quarter’s picture. */
export type SnapshotAction = {
  decision?: Maybe<ReviewDecision>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  entries: Array<SnapshotReviewEntry>;
  escalatedTo?: Maybe<EscalationTarget>;
  followUps: Array<SnapshotFollowUp>;
  id: Scalars['ID']['output'];
  latestCommentary?: Maybe<Scalars['String']['output']>;
  latestUpdateAt?: Maybe<Scalars['DateTime']['output']>;
  leadPartnerName: Scalars['String']['output'];
  milestones: Array<SnapshotMilestone>;
  openChallenge: Scalars['Boolean']['output'];
  priorityNumber: Scalars['Int']['output'];
  progress: Scalars['Int']['output'];
  rag: Rag;
  ragReason?: Maybe<Scalars['String']['output']>;
  ref: Scalars['String']['output'];
  status: ActionStatus;
  title: Scalars['String']['output'];
  updatedThisQuarter: Scalars['Boolean']['output'];
};

export type SnapshotFollowUp = {
  description: Scalars['String']['output'];
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  ownerName: Scalars['String']['output'];
  status: FollowUpStatus;
};

/** An indicator's latest value as it stood in the quarter. */
export type SnapshotIndicator = {
  baselineLabel: Scalars['String']['output'];
  baselineText: Scalars['String']['output'];
  changePercentText?: Maybe<Scalars['String']['output']>;
  /** Against the baseline. */
  changeText?: Maybe<Scalars['String']['output']>;
  direction: IndicatorDirection;
  exampleData: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** e.g. "2025/26 Q1". */
  latestPeriod?: Maybe<Scalars['String']['output']>;
  latestText?: Maybe<Scalars['String']['output']>;
  latestValue?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  published: Scalars['Boolean']['output'];
  status?: Maybe<TargetStatus>;
  targetText?: Maybe<Scalars['String']['output']>;
  trend?: Maybe<Trend>;
  unit: IndicatorUnit;
};

export type SnapshotMilestone = {
  completedOn?: Maybe<Scalars['Date']['output']>;
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type SnapshotPriority = {
  actionCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  overdueActionCount: Scalars['Int']['output'];
  overdueMilestoneCount: Scalars['Int']['output'];
  progress: Scalars['Int']['output'];
  ragCounts: RagCounts;
  statusCounts: StatusCounts;
  title: Scalars['String']['output'];
};

export type SnapshotReviewEntry = {
  at: Scalars['DateTime']['output'];
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  decision?: Maybe<ReviewDecision>;
  escalatedTo?: Maybe<EscalationTarget>;
  kind: ReviewEntryKind;
};

/** Counts and weighted progress of a plan or priority. */
export type SnapshotRollup = {
  actionCount: Scalars['Int']['output'];
  overdueActionCount: Scalars['Int']['output'];
  overdueMilestoneCount: Scalars['Int']['output'];
  progress: Scalars['Int']['output'];
  ragCounts: RagCounts;
  statusCounts: StatusCounts;
};

/** What each public statement still needs before it is complete, in words. */
export type StatementsMissing = {
  accessibility: Array<Scalars['String']['output']>;
  privacy: Array<Scalars['String']['output']>;
};

/** How many actions are in each status. */
export type StatusCounts = {
  cancelled: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  deferred: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  notStarted: Scalars['Int']['output'];
};

export type Subscription = {
  /** Changes to a plan as they happen, from any server instance. Signed-in users who can read the plan; NOT_FOUND otherwise. */
  planEvents: PlanEvent;
};


export type SubscriptionPlanEventsArgs = {
  planId: Scalars['ID']['input'];
};

/** The latest value against the target, allowing for the direction. */
export type TargetStatus =
  /** Worse than the target, but within its tolerance. */
  | 'NEAR_TARGET'
  /** Worse than the target by more than its tolerance. */
  | 'OFF_TARGET'
  /** At or better than the target. */
  | 'ON_TARGET';

/** The direction of the last four periods. */
export type Trend =
  | 'IMPROVING'
  | 'STABLE'
  | 'WORSENING';

/** A partner name the file uses that is not in the partner directory. */
export type UnknownPartner = {
  name: Scalars['String']['output'];
  rows: Array<Scalars['Int']['output']>;
};

/** Changes to an action. Send the version you read; a stale version gets CONFLICT. */
export type UpdateActionInput = {
  area?: InputMaybe<Area>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  leadPartnerId?: InputMaybe<Scalars['ID']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** Plain-language summary the public reads. No personal details. */
  publicSummary?: InputMaybe<Scalars['String']['input']>;
  /** Show the action on the public progress page and in open data. Defaults to true. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  rag?: InputMaybe<Rag>;
  /** Reference within the plan, e.g. 1.3. */
  ref?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ActionStatus>;
  supportingPartnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read. */
  version: Scalars['Int']['input'];
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** Change the outcome or the sentence on how of a contribution. */
export type UpdateContributionInput = {
  how?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
};

/** Change a follow-up's status (its owner or an admin); admins may change the rest. */
export type UpdateFollowUpInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  ownerPartnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FollowUpStatus>;
};

/** Admins: change an indicator. A new definition is recorded with its date. */
export type UpdateIndicatorInput = {
  baselineLabel?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  caveat?: InputMaybe<Scalars['String']['input']>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  dataSource?: InputMaybe<Scalars['String']['input']>;
  definition?: InputMaybe<Scalars['String']['input']>;
  /** When a new definition took effect; today if left out. */
  definitionChangedOn?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  /** Clear it once the series holds real figures. */
  exampleData?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  priorityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  tolerancePercent?: InputMaybe<Scalars['Float']['input']>;
};

/** A link that lets a partner contact update that partner's actions without an account. */
export type UpdateLink = {
  /** Not expired and not revoked. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The contact it was issued to. */
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When it was last used, to within a few minutes. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  partner: Partner;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Changes to a milestone. Set completedOn to null to reopen it. */
export type UpdateMilestoneInput = {
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** Evidence files uploaded for this action (POST /files/evidence), to attach. */
  evidenceFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to the organisation’s settings: a field left out is unchanged, null (or blank) clears it back to its default. */
export type UpdateOrganisationSettingsInput = {
  accessibilityCompliance?: InputMaybe<AccessibilityCompliance>;
  accessibilityNonAccessible?: InputMaybe<Scalars['String']['input']>;
  accessibilityPreparedOn?: InputMaybe<Scalars['Date']['input']>;
  accessibilityReviewedOn?: InputMaybe<Scalars['Date']['input']>;
  accessibilityTestedOn?: InputMaybe<Scalars['Date']['input']>;
  accessibilityTesting?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  dataControllerName?: InputMaybe<Scalars['String']['input']>;
  dpoEmail?: InputMaybe<Scalars['String']['input']>;
  dpoName?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale one gets CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  mailFromAddress?: InputMaybe<Scalars['String']['input']>;
  mailFromName?: InputMaybe<Scalars['String']['input']>;
  organisationName?: InputMaybe<Scalars['String']['input']>;
  postalAddress?: InputMaybe<Scalars['String']['input']>;
  privacyLawfulBasis?: InputMaybe<Scalars['String']['input']>;
  privacyPurposes?: InputMaybe<Scalars['String']['input']>;
  privacyRecipients?: InputMaybe<Scalars['String']['input']>;
  publicUrl?: InputMaybe<Scalars['String']['input']>;
  serviceName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePartnerInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PartnerKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePlanInput = {
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  /** A team mailbox residents can write to, shown on the public progress page. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** A web page about the partnership or how to contact it, shown on the public progress page. */
  contactUrl?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Never shown to the public. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  ownerPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** RAG rule: progress more than this many points behind the time elapsed suggests amber. */
  ragAmberBehindPoints?: InputMaybe<Scalars['Int']['input']>;
  /** RAG rule: a milestone more than this many days late suggests red. */
  ragRedLateDays?: InputMaybe<Scalars['Int']['input']>;
  /** Days before a quarter's end to remind partners. */
  reminderDaysBefore?: InputMaybe<Scalars['Int']['input']>;
  /** No update for this long flags an action stale. */
  staleAfterDays?: InputMaybe<Scalars['Int']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<PlanStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePriorityInput = {
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  number?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Admins: change, answer or publish a question. Publishing needs an answer. */
export type UpdatePublicQuestionInput = {
  actionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  answer?: InputMaybe<Scalars['String']['input']>;
  answeredBy?: InputMaybe<Scalars['String']['input']>;
  askedBy?: InputMaybe<Scalars['String']['input']>;
  /** Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data. */
  confirmPersonalData?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  published?: InputMaybe<Scalars['Boolean']['input']>;
  question?: InputMaybe<Scalars['String']['input']>;
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Admins: change a cycle’s dates (not once closed). */
export type UpdateReviewCycleInput = {
  deadline?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  meetingOn?: InputMaybe<Scalars['Date']['input']>;
  opensOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A person who signs in, on behalf of a partner organisation. */
export type User = {
  /** False once an admin has deactivated the account. */
  active: Scalars['Boolean']['output'];
  /** When the account was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Email address. Null unless you are an admin or this user. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** When the latest invitation was sent. Null for accounts not made by invitation. */
  invitedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the user last signed in. Null unless you are an admin or this user. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The organisation the user works for. */
  partner: Partner;
  role: Role;
  /** How the user signs in: "Password" and each single sign-on provider. Admins and the user only. */
  signInMethods?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the user can sign in. */
  status: UserStatus;
};

/** Narrows the users list. Every field is optional; they combine with AND. */
export type UserFilter = {
  /** Not deactivated (true), or deactivated (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The organisation the user works for. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  status?: InputMaybe<UserStatus>;
  /** Words in the name or email. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Which user. */
export type UserIdInput = {
  id: Scalars['ID']['input'];
};

/** One page of users, with the total that match. */
export type UserPage = {
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<User>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

/** Whether a user can sign in. */
export type UserStatus =
  /** Can sign in. */
  | 'ACTIVE'
  /** Deactivated by an admin: cannot sign in. */
  | 'DEACTIVATED'
  /** Invited, and has not yet chosen a password or signed in with single sign-on. */
  | 'INVITED';

/** An action as a plan version froze it. */
export type VersionAction = {
  description?: Maybe<Scalars['String']['output']>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  leadPartnerName: Scalars['String']['output'];
  milestones: Array<VersionMilestone>;
  priorityNumber: Scalars['Int']['output'];
  ref: Scalars['String']['output'];
  startDate?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  weight: Scalars['Int']['output'];
};

/** One action in two versions, side by side. */
export type VersionComparisonRow = {
  /** ADDED, RETIRED, CHANGED or SAME. */
  change: Scalars['String']['output'];
  /** The fields that differ, in words: "Due date", "Title". */
  changedFields: Array<Scalars['String']['output']>;
  /** Null when the action is not in the first. */
  from?: Maybe<VersionAction>;
  ref: Scalars['String']['output'];
  /** For an action split or merged between the versions, in words: "Split into 1.5 and 1.6 by A3", "Merged from 1.2 and 1.3 by A4". */
  reshaped?: Maybe<Scalars['String']['output']>;
  /** Null when the action is not in the second. */
  to?: Maybe<VersionAction>;
};

export type VersionMilestone = {
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};
