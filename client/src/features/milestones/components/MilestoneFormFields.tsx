import type { ReactNode } from 'react';
import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { DateInput } from '@/components/DateInput';
import { TextInput } from '@/components/TextInput';
import type { MilestoneFormValues } from '@/features/milestones/utils/milestoneForm';
import { fieldProps } from '@/utils/fieldProps';

export interface MilestoneFormFieldsProps {
  register: UseFormRegister<MilestoneFormValues>;
  errors: FieldErrors<MilestoneFormValues>;
  /** What the 'Completed on' hint says: adding a milestone and changing one differ. */
  completedOnHint: string;
  /** In an active plan the due date is part of the baseline: shown read-only here instead. */
  dueDateBaseline?: ReactNode;
}

/** The boxes of the milestone form, shared by adding and changing a milestone. */
export function MilestoneFormFields({
  register,
  errors,
  completedOnHint,
  dueDateBaseline,
}: MilestoneFormFieldsProps) {
  const field = fieldProps(register, errors);
  return (
    <>
      <TextInput
        label="Milestone"
        hint="A dated step of the action, like ‘Hub goes live’"
        {...field.input('title')}
      />
      {dueDateBaseline ?? <DateInput legend="Due date" {...field.date('dueDate')} />}
      <DateInput legend="Completed on (optional)" hint={completedOnHint} {...field.date('completedOn')} />
      <CharacterCount
        maxLength={LIMITS.milestone.evidence.max}
        label="Evidence (optional)"
        hint="What shows it was done, such as a report, a meeting or a web address"
        {...field.input('evidence')}
      />
    </>
  );
}
