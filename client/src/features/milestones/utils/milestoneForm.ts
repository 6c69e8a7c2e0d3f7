import { z } from 'zod';
import { LIMITS } from '@partnership-tracker/domain';
import type { FormField } from '@/utils/formErrors';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import { dateField, optionalText, requiredText } from '@/utils/validation';

export interface MilestoneFormValues {
  title: string;
  dueDate: DateParts;
  completedOn: DateParts;
  evidence: string;
}

export const EMPTY_MILESTONE_FORM: MilestoneFormValues = {
  title: '',
  dueDate: { ...EMPTY_DATE },
  completedOn: { ...EMPTY_DATE },
  evidence: '',
};

export const milestoneSchema = z.object({
  title: requiredText(LIMITS.milestone.title, { missing: 'Enter the milestone' }),
  dueDate: dateField('Due date', { required: true }),
  completedOn: dateField('Date the milestone was completed', { notInFuture: true }),
  evidence: optionalText(LIMITS.milestone.evidence),
});

export type MilestoneFormOutput = z.output<typeof milestoneSchema>;

export const MILESTONE_FIELDS: FormField[] = [
  { name: 'title' },
  { name: 'dueDate', target: 'dueDate-day' },
  { name: 'completedOn', target: 'completedOn-day' },
  { name: 'evidence' },
];
