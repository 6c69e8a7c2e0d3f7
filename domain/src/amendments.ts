/**
 * Amendments to an active plan's agreed baseline: which changes an amendment may make, how its
 * status moves, which of an action's fields only an amendment may change, and how slippage
 * against the baseline is put into words. The API, the plan import and the client's form all
 * judge an amendment with `checkAmendment`, so they give the same answers.
 */
import { dayNumber, isoDay, type Day } from './dates.js';
import { LIMITS, tidyText, type TextLimit } from './limits.js';

export const AMENDMENT_CHANGE_KINDS = [
  'MOVE_DATES',
  'MOVE_MILESTONE',
  'CHANGE_SCOPE',
  'CHANGE_WEIGHT',
  'ADD_ACTION',
  'RETIRE_ACTION',
  'SPLIT_ACTION',
  'MERGE_ACTIONS',
] as const;

export type AmendmentChangeKind = (typeof AMENDMENT_CHANGE_KINDS)[number];

/** What each kind of change is called in pages, reports and open data. */
export const AMENDMENT_CHANGE_LABELS: Record<AmendmentChangeKind, string> = {
  MOVE_DATES: 'Move an action’s dates',
  MOVE_MILESTONE: 'Move a milestone’s due date',
  CHANGE_SCOPE: 'Change an action’s scope',
  CHANGE_WEIGHT: 'Change an action’s weight',
  ADD_ACTION: 'Add an action',
  RETIRE_ACTION: 'Retire an action',
  SPLIT_ACTION: 'Split an action',
  MERGE_ACTIONS: 'Merge actions',
};

export const AMENDMENT_STATUSES = ['PROPOSED', 'APPROVED', 'APPLIED', 'REJECTED', 'WITHDRAWN'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** Where each status may go next. APPLIED, REJECTED and WITHDRAWN are final. */
export const AMENDMENT_TRANSITIONS: Record<AmendmentStatus, readonly AmendmentStatus[]> = {
  PROPOSED: ['APPROVED', 'REJECTED', 'WITHDRAWN'],
  APPROVED: ['APPLIED', 'REJECTED', 'WITHDRAWN'],
  APPLIED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

/** Why a move is refused, or null when the amendment may go from one status to the other. */
export function amendmentTransitionProblem(from: AmendmentStatus, to: AmendmentStatus): string | null {
  if (AMENDMENT_TRANSITIONS[from].includes(to)) return null;
  const allowed = AMENDMENT_TRANSITIONS[from];
  return allowed.length
    ? `A ${from.toLowerCase()} amendment can only be ${allowed.map((s) => s.toLowerCase()).join(', ')}`
    : `The amendment is already ${from.toLowerCase()}: it cannot change any more`;
}

/** A milestone of an action an amendment adds: made with the action when the amendment is applied. */
export interface NewMilestoneSpec {
  title: string;
  dueDate: string;
}

/** An action an amendment adds (alone, or as part of a split or merge). Dates are 'YYYY-MM-DD'. */
export interface NewActionSpec {
  priorityId: string;
  ref: string;
  title: string;
  description?: string | null;
  leadPartnerId: string;
  startDate?: string | null;
  dueDate: string;
  weight?: number;
  /** Its milestones, e.g. from the rows of a plan import; none when left out. */
  milestones?: NewMilestoneSpec[] | null;
}

/** One change of an amendment, as stored in Amendment.changes and sent by the form. */
export interface AmendmentChange {
  kind: AmendmentChangeKind;
  /** MOVE_DATES, CHANGE_SCOPE, CHANGE_WEIGHT, RETIRE_ACTION, SPLIT_ACTION. */
  actionId?: string | null;
  /** MERGE_ACTIONS: the actions merged into one. */
  actionIds?: string[] | null;
  /** MOVE_MILESTONE. */
  milestoneId?: string | null;
  /** MOVE_DATES: the new start date; null clears it; left out keeps it. */
  startDate?: string | null;
  /** MOVE_DATES and MOVE_MILESTONE: the new due date. */
  dueDate?: string | null;
  /** CHANGE_SCOPE. */
  title?: string | null;
  description?: string | null;
  /** CHANGE_WEIGHT. */
  weight?: number | null;
  /** ADD_ACTION (one), SPLIT_ACTION (two or more), MERGE_ACTIONS (one). */
  newActions?: NewActionSpec[] | null;
}

/** The plan as an amendment is judged against: its live and retired records. */
export interface AmendablePlan {
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
  priorities: { id: string; archived: boolean }[];
  actions: {
    id: string;
    ref: string;
    title: string;
    startDate: Day | null;
    dueDate: Day | null;
    weight: number;
    archived: boolean;
  }[];
  milestones: { id: string; actionId: string; dueDate: Day; archived: boolean }[];
  /** Partners that may lead an action (not archived). */
  partnerIds: string[];
}

/** A problem with an amendment: `field` is a path such as `changes.0.dueDate`. */
export interface AmendmentProblem {
  field: string;
  message: string;
}

export const WEIGHT_RANGE = { min: 1, max: 10 } as const;

/** At most this many changes in one amendment. */
export const AMENDMENT_MAX_CHANGES = 50;

/** How many new actions a split makes, and how many actions a merge joins into one. */
export const SPLIT_PARTS = { min: 2, max: 10 } as const;
export const MERGE_SOURCES = { min: 2, max: 10 } as const;

/** At most this many milestones for one new action. */
export const NEW_ACTION_MAX_MILESTONES = 30;

export const AMENDMENT_LIMITS = {
  title: { label: 'Title', min: 3, max: 200, lines: 'one' },
  reason: { label: 'Reason', min: 10, max: 5000, lines: 'many' },
  closedReason: { label: 'Reason', min: 3, max: 2000, lines: 'many' },
} as const satisfies Record<string, TextLimit>;

const REF = /^\d{1,3}(\.\d{1,3}){0,3}$/;

/** Whether text is a real calendar date written YYYY-MM-DD (1900 to 2200, as the API's Date). */
export function isCalendarDay(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const year = Number(text.slice(0, 4));
  if (year < 1900 || year > 2200) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The message for an amendment made when the plan cannot take one, or null. */
export function amendablePlanProblem(status: AmendablePlan['status']): string | null {
  if (status === 'ACTIVE') return null;
  return status === 'DRAFT'
    ? 'The plan is a draft: change it directly. Amendments are for active plans, once their baseline is agreed'
    : 'The plan is closed: it cannot be amended';
}

/**
 * Every problem with an amendment's changes against the plan as it stands, in the order given.
 * Changes are judged one after another, so a later change sees what an earlier one did (a
 * retired action cannot then be moved; a ref added once cannot be added again). Empty when the
 * amendment may be applied.
 */
export function checkAmendment(plan: AmendablePlan, changes: readonly AmendmentChange[]): AmendmentProblem[] {
  const problems: AmendmentProblem[] = [];
  const planProblem = amendablePlanProblem(plan.status);
  if (planProblem) problems.push({ field: 'planId', message: planProblem });
  if (changes.length === 0) problems.push({ field: 'changes', message: 'Add at least one change' });
  if (changes.length > AMENDMENT_MAX_CHANGES) {
    problems.push({
      field: 'changes',
      message: `An amendment can make at most ${AMENDMENT_MAX_CHANGES} changes`,
    });
  }
  const actions = new Map(plan.actions.map((a) => [a.id, { ...a }]));
  const milestones = new Map(plan.milestones.map((m) => [m.id, { ...m }]));
  const liveActions = (id: string) => {
    const a = actions.get(id);
    return a && !a.archived ? a : undefined;
  };
  const refs = new Set(plan.actions.map((a) => a.ref));
  const priorities = new Set(plan.priorities.filter((p) => !p.archived).map((p) => p.id));
  const partners = new Set(plan.partnerIds);

  changes.forEach((change, i) => {
    const at = (field: string) => `changes.${i}.${field}`;
    const problem = (field: string, message: string) => problems.push({ field: at(field), message });
    const target = (field = 'actionId', id = change.actionId) => {
      if (!id) {
        problem(field, 'Choose an action');
        return undefined;
      }
      const a = actions.get(id);
      if (!a) problem(field, 'Choose an action of this plan');
      else if (a.archived) problem(field, `Action ${a.ref} is retired or archived: it cannot be amended`);
      return a && !a.archived ? a : undefined;
    };
    const newActions = (min: number, max: number) => {
      const specs = change.newActions ?? [];
      if (specs.length < min || specs.length > max) {
        problem(
          'newActions',
          min === max ? 'Describe the new action' : `Describe from ${min} to ${max} new actions`,
        );
      }
      specs.forEach((spec, j) => checkNewAction(spec, (f, m) => problem(`newActions.${j}.${f}`, m)));
      return specs;
    };
    const checkNewAction = (spec: NewActionSpec, bad: (field: string, message: string) => void) => {
      if (!priorities.has(spec.priorityId)) bad('priorityId', 'Choose a priority of this plan');
      if (!REF.test(spec.ref ?? '')) bad('ref', 'Reference must be numbers separated by dots, like 1.3');
      else if (refs.has(spec.ref)) bad('ref', `The plan already has an action ${spec.ref}`);
      else refs.add(spec.ref);
      textProblem(LIMITS.action.title, spec.title, true, (m) => bad('title', m));
      textProblem(LIMITS.action.description, spec.description, false, (m) => bad('description', m));
      if (!partners.has(spec.leadPartnerId))
        bad('leadPartnerId', 'Choose a lead partner from the partner directory');
      dateProblems(spec.startDate ?? null, spec.dueDate, true, bad);
      if (spec.weight !== undefined) weightProblem(spec.weight, (m) => bad('weight', m));
      milestoneProblems(spec.milestones ?? [], bad);
    };
    const retire = (a: { archived: boolean }) => {
      a.archived = true;
    };

    switch (change.kind) {
      case 'MOVE_DATES': {
        const a = target();
        if (change.startDate === undefined && (change.dueDate === undefined || change.dueDate === null)) {
          problem('dueDate', 'Give a new due date or start date');
        }
        if (!a) break;
        const start = change.startDate === undefined ? a.startDate && isoDay(a.startDate) : change.startDate;
        const due = change.dueDate ?? (a.dueDate && isoDay(a.dueDate));
        if (dateProblems(start, due, change.dueDate != null, problem)) {
          a.startDate = start;
          a.dueDate = due;
        }
        break;
      }
      case 'MOVE_MILESTONE': {
        const m = change.milestoneId ? milestones.get(change.milestoneId) : undefined;
        if (!m || !actions.has(m.actionId)) problem('milestoneId', 'Choose a milestone of this plan');
        else if (m.archived || !liveActions(m.actionId)) {
          problem('milestoneId', 'The milestone or its action is archived: it cannot be amended');
        }
        if (!change.dueDate) problem('dueDate', 'Enter the new due date');
        else if (!isCalendarDay(change.dueDate)) problem('dueDate', 'Enter a real date, like 2026-03-31');
        break;
      }
      case 'CHANGE_SCOPE': {
        const a = target();
        if (change.title == null && change.description === undefined) {
          problem('title', 'Give a new title or description');
        }
        if (change.title != null)
          textProblem(LIMITS.action.title, change.title, true, (m) => problem('title', m));
        if (change.description !== undefined) {
          textProblem(LIMITS.action.description, change.description, false, (m) => problem('description', m));
        }
        if (a && change.title) a.title = change.title;
        break;
      }
      case 'CHANGE_WEIGHT': {
        const a = target();
        if (change.weight == null) problem('weight', 'Give a new weight');
        else weightProblem(change.weight, (m) => problem('weight', m));
        if (a && change.weight != null) a.weight = change.weight;
        break;
      }
      case 'ADD_ACTION': {
        newActions(1, 1);
        break;
      }
      case 'RETIRE_ACTION': {
        const a = target();
        if (a) retire(a);
        break;
      }
      case 'SPLIT_ACTION': {
        const a = target();
        newActions(SPLIT_PARTS.min, SPLIT_PARTS.max);
        if (a) retire(a);
        break;
      }
      case 'MERGE_ACTIONS': {
        const ids = change.actionIds ?? [];
        if (
          new Set(ids).size < MERGE_SOURCES.min ||
          ids.length > MERGE_SOURCES.max ||
          new Set(ids).size !== ids.length
        ) {
          problem(
            'actionIds',
            `Choose from ${MERGE_SOURCES.min} to ${MERGE_SOURCES.max} different actions to merge`,
          );
        }
        const merged = ids.map((id) => target('actionIds', id));
        newActions(1, 1);
        merged.forEach((a) => a && retire(a));
        break;
      }
      default:
        problem('kind', 'Choose what the change does');
    }
  });
  return problems;
}

function textProblem(
  limit: { label: string; min?: number; max: number; lines: 'one' | 'many' },
  value: string | null | undefined,
  required: boolean,
  bad: (message: string) => void,
) {
  const text = value == null ? '' : tidyText(value, limit);
  if (!text) {
    if (required) bad(`Enter the ${limit.label.toLowerCase()}`);
    return;
  }
  if (limit.min && text.length < limit.min) bad(`${limit.label} must be at least ${limit.min} characters`);
  if (text.length > limit.max) bad(`${limit.label} must be ${limit.max} characters or fewer`);
}

/** A new action's milestones: each a title and a real date, no two with one title. */
function milestoneProblems(
  milestones: readonly NewMilestoneSpec[],
  bad: (field: string, message: string) => void,
) {
  if (milestones.length > NEW_ACTION_MAX_MILESTONES) {
    bad('milestones', `A new action can have at most ${NEW_ACTION_MAX_MILESTONES} milestones`);
  }
  const titles = new Set<string>();
  milestones.forEach((m, k) => {
    const at = `milestones.${k}`;
    textProblem(LIMITS.milestone.title, m.title, true, (message) => bad(`${at}.title`, message));
    if (!m.dueDate) bad(`${at}.dueDate`, 'Enter the milestone’s due date');
    else if (!isCalendarDay(m.dueDate)) bad(`${at}.dueDate`, 'Enter a real due date, like 2026-03-31');
    const key = (m.title ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
    if (titles.has(key))
      bad(`${at}.title`, `Two milestones are called "${m.title}": give each its own title`);
    titles.add(key);
  });
}

function weightProblem(weight: number, bad: (message: string) => void) {
  if (!Number.isInteger(weight) || weight < WEIGHT_RANGE.min || weight > WEIGHT_RANGE.max) {
    bad(`Weight must be a whole number from ${WEIGHT_RANGE.min} to ${WEIGHT_RANGE.max}`);
  }
}

/** Checks a start and due date pair; true when they are good. */
function dateProblems(
  start: string | null | undefined,
  due: string | null | undefined,
  dueRequired: boolean,
  bad: (field: string, message: string) => void,
): boolean {
  let ok = true;
  if (start != null && !isCalendarDay(start)) {
    bad('startDate', 'Enter a real start date, like 2026-04-01');
    ok = false;
  }
  if (!due && dueRequired) {
    // Left empty: a form's empty date boxes, or no value in the API.
    bad('dueDate', 'Enter the due date');
    ok = false;
  } else if (due != null && !isCalendarDay(due)) {
    bad('dueDate', 'Enter a real due date, like 2026-03-31');
    ok = false;
  }
  if (ok && start && due && dayNumber(due) < dayNumber(start)) {
    bad('dueDate', 'The due date must be the same as or after the start date');
    ok = false;
  }
  return ok;
}

/**
 * The fields of an action that, once its plan is active, only an applied amendment changes: the
 * agreed baseline. Ordinary edits of these are refused (AMENDMENT_REQUIRED).
 */
export const BASELINED_ACTION_FIELDS = ['startDate', 'dueDate', 'title', 'description', 'weight'] as const;

/** The same for milestones. */
export const BASELINED_MILESTONE_FIELDS = ['dueDate'] as const;

const sameValue = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => (v instanceof Date ? isoDay(v) : (v ?? null));
  return norm(a) === norm(b);
};

/** The baselined fields a change sets to a different value (fields left out are unchanged). */
export function baselinedFieldsChanged(
  kind: 'action' | 'milestone',
  before: object,
  changes: object,
): string[] {
  const fields = kind === 'action' ? BASELINED_ACTION_FIELDS : BASELINED_MILESTONE_FIELDS;
  const was = before as Record<string, unknown>;
  const now = changes as Record<string, unknown>;
  return fields.filter((f) => now[f] !== undefined && !sameValue(was[f], now[f]));
}

/** What an ordinary edit of a baselined field is told, once the plan is active. */
export const AMENDMENT_REQUIRED_MESSAGE =
  'The plan is active, so this is part of its agreed baseline: propose an amendment to change it';

/** Whether a plan's baseline is frozen, so its baselined fields change only by amendment. */
export const isBaselined = (planStatus: string) => planStatus !== 'DRAFT';

/** Days the due date is later than the baseline (negative when earlier); null without both. */
export function slippageDays(
  baselineDueDate: Day | null | undefined,
  dueDate: Day | null | undefined,
): number | null {
  if (!baselineDueDate || !dueDate) return null;
  return dayNumber(dueDate) - dayNumber(baselineDueDate);
}

/** A span of days in words: "3 days", "2 weeks", "7 months", "1 year 2 months". */
export function spanInWords(days: number): string {
  const n = Math.abs(days);
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  if (n < 14) return plural(n, 'day');
  if (n < 61) return plural(Math.round(n / 7), 'week');
  const months = Math.round(n / 30.44);
  if (months < 12) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest ? `${plural(years, 'year')} ${plural(rest, 'month')}` : plural(years, 'year');
}

/**
 * The due date against the baseline in words: "moved 3 times, +7 months", "moved once, 2 weeks
 * earlier", "moved twice, back on its baseline date", "as agreed in the baseline". Null when the
 * action has no baseline (its plan is a draft).
 */
export function describeSlippage(action: {
  baselineDueDate: Day | null | undefined;
  dueDate: Day | null | undefined;
  dueDateMoves: number;
}): string | null {
  const days = slippageDays(action.baselineDueDate, action.dueDate);
  if (days === null) return null;
  const times =
    action.dueDateMoves === 0
      ? 'not moved'
      : action.dueDateMoves === 1
        ? 'moved once'
        : action.dueDateMoves === 2
          ? 'moved twice'
          : `moved ${action.dueDateMoves} times`;
  if (days === 0)
    return action.dueDateMoves === 0 ? 'as agreed in the baseline' : `${times}, back on its baseline date`;
  return days > 0 ? `${times}, +${spanInWords(days)}` : `${times}, ${spanInWords(days)} earlier`;
}

/** A plan's slippage in words, for its dashboard: "4 of 20 actions are due later than agreed, by up to 7 months". */
export function describePlanSlippage(
  actions: readonly { baselineDueDate: Day | null | undefined; dueDate: Day | null | undefined }[],
): string | null {
  const baselined = actions.filter((a) => a.baselineDueDate && a.dueDate);
  if (baselined.length === 0) return null;
  const late = baselined.map((a) => slippageDays(a.baselineDueDate, a.dueDate)!).filter((d) => d > 0);
  if (late.length === 0) {
    const all =
      baselined.length === 1
        ? 'The action is'
        : baselined.length === 2
          ? 'Both actions are'
          : `All ${baselined.length} actions are`;
    return `${all} due on or before ${baselined.length === 1 ? 'its baseline date' : 'their baseline dates'}`;
  }
  const worst = Math.max(...late);
  const are = late.length === 1 ? 'is' : 'are';
  return `${late.length} of ${baselined.length} actions ${are} due later than agreed in the baseline, by up to ${spanInWords(worst)}`;
}
