import { z } from 'zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  AMENDMENT_LIMITS,
  checkAmendment,
  SPLIT_PARTS,
  type AmendablePlan,
  type AmendmentChange,
  type AmendmentChangeKind,
  type NewActionSpec,
} from '@partnership-tracker/domain';
import type { AmendmentChangeKind as ApiKind, ProposeAmendmentInput } from '@/__generated__/graphql';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import type { FormField } from '@/utils/formErrors';
import { dateField, requiredText } from '@/utils/validation';

/** The kinds the form offers, in the order of its list. */
export const FORM_KINDS: { value: AmendmentChangeKind; label: string }[] = [
  { value: 'MOVE_DATES', label: 'Move an action’s due date or start date' },
  { value: 'MOVE_MILESTONE', label: 'Move a milestone’s due date' },
  { value: 'CHANGE_SCOPE', label: 'Change an action’s title or description' },
  { value: 'CHANGE_WEIGHT', label: 'Change an action’s weight' },
  { value: 'ADD_ACTION', label: 'Add an action' },
  { value: 'RETIRE_ACTION', label: 'Retire an action' },
  { value: 'SPLIT_ACTION', label: 'Split an action into new ones' },
  { value: 'MERGE_ACTIONS', label: 'Merge actions into a new one' },
];

export interface NewActionValues {
  priorityId: string;
  ref: string;
  title: string;
  leadPartnerId: string;
  dueDate: DateParts;
  /** Empty keeps the weight of the action it comes from (1 for an added action). */
  weight: string;
}

export interface ChangeValues {
  kind: AmendmentChangeKind | '';
  actionId: string;
  /** MERGE_ACTIONS: the actions merged into one. */
  actionIds: string[];
  milestoneId: string;
  startDate: DateParts;
  dueDate: DateParts;
  title: string;
  description: string;
  weight: string;
  newActions: NewActionValues[];
}

export interface ProposeValues {
  title: string;
  reason: string;
  cycleId: string;
  changes: ChangeValues[];
}

export const emptyNewAction = (): NewActionValues => ({
  priorityId: '',
  ref: '',
  title: '',
  leadPartnerId: '',
  dueDate: { ...EMPTY_DATE },
  weight: '',
});

// A split starts with its fewest parts; adding or merging uses the first.
export const emptyChange = (actionId = ''): ChangeValues => ({
  kind: actionId ? 'MOVE_DATES' : '',
  actionId,
  actionIds: [],
  milestoneId: '',
  startDate: { ...EMPTY_DATE },
  dueDate: { ...EMPTY_DATE },
  title: '',
  description: '',
  weight: '',
  newActions: Array.from({ length: SPLIT_PARTS.min }, emptyNewAction),
});

const schema = z.object({
  title: requiredText(AMENDMENT_LIMITS.title, { missing: 'Enter a title for the amendment' }),
  reason: requiredText(AMENDMENT_LIMITS.reason, { missing: 'Enter the reason for the amendment' }),
  cycleId: z.string(),
  changes: z.array(
    z.object({
      kind: z.string().min(1, 'Choose what the change does'),
      actionId: z.string(),
      // A list of checkboxes reads as the ticked values; a lone one as its value, or false.
      actionIds: z
        .union([z.array(z.string()), z.string(), z.literal(false)])
        .transform((v) => (Array.isArray(v) ? v : v ? [v] : [])),
      milestoneId: z.string(),
      startDate: dateField('Start date'),
      dueDate: dateField('Due date'),
      title: z.string(),
      description: z.string(),
      weight: z.string(),
      newActions: z.array(
        z.object({
          priorityId: z.string(),
          ref: z.string().trim(),
          title: z.string(),
          leadPartnerId: z.string(),
          dueDate: dateField('Due date'),
          weight: z.string(),
        }),
      ),
    }),
  ),
});

export type ProposeOutput = z.output<typeof schema>;

type NewActionOutput = ProposeOutput['changes'][number]['newActions'][number];

/** A new action as the domain library takes it; an empty weight is left out. */
const toSpec = (n: NewActionOutput): NewActionSpec => ({
  priorityId: n.priorityId,
  ref: n.ref,
  title: n.title.trim(),
  leadPartnerId: n.leadPartnerId,
  dueDate: n.dueDate ?? '',
  ...(n.weight.trim() ? { weight: Number(n.weight) } : {}),
});

/** The form's changes as the domain library and the API take them: only the fields each kind uses. */
export function toChanges(values: ProposeOutput): AmendmentChange[] {
  return values.changes.map((c): AmendmentChange => {
    const kind = c.kind as AmendmentChangeKind;
    switch (kind) {
      case 'MOVE_DATES':
        return {
          kind,
          actionId: c.actionId || null,
          ...(c.startDate ? { startDate: c.startDate } : {}),
          dueDate: c.dueDate,
        };
      case 'MOVE_MILESTONE':
        return { kind, milestoneId: c.milestoneId || null, dueDate: c.dueDate };
      case 'CHANGE_SCOPE':
        return {
          kind,
          actionId: c.actionId || null,
          ...(c.title.trim() ? { title: c.title.trim() } : {}),
          ...(c.description.trim() ? { description: c.description.trim() } : {}),
        };
      case 'CHANGE_WEIGHT':
        return { kind, actionId: c.actionId || null, weight: c.weight.trim() ? Number(c.weight) : null };
      case 'ADD_ACTION':
        return { kind, newActions: c.newActions.slice(0, 1).map(toSpec) };
      case 'SPLIT_ACTION':
        return { kind, actionId: c.actionId || null, newActions: c.newActions.map(toSpec) };
      case 'MERGE_ACTIONS':
        return { kind, actionIds: c.actionIds, newActions: c.newActions.slice(0, 1).map(toSpec) };
      default:
        return { kind, actionId: c.actionId || null };
    }
  });
}

export function toProposeInput(planId: string, values: ProposeOutput): ProposeAmendmentInput {
  return {
    planId,
    title: values.title,
    reason: values.reason,
    cycleId: values.cycleId || null,
    changes: toChanges(values).map((c) => ({
      ...c,
      kind: c.kind as ApiKind,
      newActions: c.newActions?.map((n) => ({ ...n, dueDate: n.dueDate || '' })),
    })),
  };
}

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let at = target;
  keys.slice(0, -1).forEach((key, i) => {
    const next = keys[i + 1]!;
    at[key] ??= /^\d+$/.test(next) ? [] : {};
    at = at[key] as Record<string, unknown>;
  });
  at[keys[keys.length - 1]!] = value;
}

/**
 * Checks the boxes (zod), then the proposal against the plan with the domain library's
 * checkAmendment: the same rules, and the same messages by the same fields, as the API's.
 */
export function proposeResolver(plan: AmendablePlan): Resolver<ProposeValues, unknown, ProposeOutput> {
  const boxes = zodResolver(schema) as unknown as Resolver<ProposeValues, unknown, ProposeOutput>;
  return async (values, context, options) => {
    // Only a split uses more than the first new action: the others are not on the page.
    const shown = {
      ...values,
      changes: values.changes.map((c) =>
        c.kind === 'SPLIT_ACTION' ? c : { ...c, newActions: c.newActions.slice(0, 1) },
      ),
    };
    const result = await boxes(shown, context, options);
    if (Object.keys(result.errors).length > 0) return result;
    const problems = checkAmendment(plan, toChanges(result.values as ProposeOutput)).filter(
      (p) => p.field !== 'planId',
    );
    if (problems.length === 0) return result;
    const errors: Record<string, unknown> = {};
    for (const p of problems) setAt(errors, p.field, { type: 'domain', message: p.message });
    return { values: {}, errors: errors as FieldErrors<ProposeValues> };
  };
}

/** The boxes of one new action, in page order. */
const newActionFields = (at: string, context: string): FormField[] =>
  [
    { name: `${at}.priorityId` },
    { name: `${at}.ref` },
    { name: `${at}.title` },
    { name: `${at}.leadPartnerId` },
    { name: `${at}.dueDate`, target: `${at}.dueDate-day` },
    { name: `${at}.weight` },
  ].map((f) => ({ ...f, context }));

/**
 * The form's fields in page order, for the error summary: every change's boxes. Each change's
 * messages say which change (and which of a split's new actions) they are about, as the same
 * message ("Enter the title") can stand beside several boxes.
 */
export function proposeFields(count: number): FormField[] {
  const fields: FormField[] = [
    { name: 'title' },
    { name: 'reason' },
    { name: 'cycleId' },
    { name: 'changes' },
  ];
  for (let i = 0; i < count; i++) {
    const at = `changes.${i}`;
    const context = `Change ${i + 1}`;
    fields.push(
      ...[
        { name: `${at}.kind` },
        { name: `${at}.actionId` },
        { name: `${at}.actionIds` },
        { name: `${at}.milestoneId` },
        { name: `${at}.startDate`, target: `${at}.startDate-day` },
        { name: `${at}.dueDate`, target: `${at}.dueDate-day` },
        { name: `${at}.title` },
        { name: `${at}.description` },
        { name: `${at}.weight` },
        // A split's number of parts: the summary links to its first new action.
        { name: `${at}.newActions`, target: `${at}.newActions.0.priorityId` },
      ].map((f) => ({ ...f, context })),
      // Numbered as a split's parts are; an added or merged action is new action 1.
      ...Array.from({ length: SPLIT_PARTS.max }, (_, j) =>
        newActionFields(`${at}.newActions.${j}`, `${context}, new action ${j + 1}`),
      ).flat(),
    );
  }
  return fields;
}
