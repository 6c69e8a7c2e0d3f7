import { z } from 'zod';
import type { FormField } from '@/utils/formErrors';
import { EMPTY_DATE, type DateParts } from '@/utils/dates';
import { dateField, optionalText } from '@/utils/validation';

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
  title: z
    .string()
    .trim()
    .min(1, 'Enter the milestone')
    .min(3, 'Milestone must be at least 3 characters')
    .max(300, 'Milestone must be 300 characters or fewer'),
  dueDate: dateField('Due date', { required: true }),
  completedOn: dateField('Completed on date', { notInFuture: true }),
  evidence: optionalText(5000, 'Evidence'),
});

export const MILESTONE_FIELDS: FormField[] = [
  { name: 'title' },
  { name: 'dueDate', target: 'dueDate-day' },
  { name: 'completedOn', target: 'completedOn-day' },
  { name: 'evidence' },
];
