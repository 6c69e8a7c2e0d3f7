import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { DateInput } from '@/components/DateInput';
import { Textarea } from '@/components/Textarea';
import { TextInput } from '@/components/TextInput';
import type { MilestoneFormValues } from '@/features/milestones/utils/milestoneForm';
import { fieldError } from '@/utils/formErrors';

export interface MilestoneFormFieldsProps {
  register: UseFormRegister<MilestoneFormValues>;
  errors: FieldErrors<MilestoneFormValues>;
  /** What the 'Completed on' hint says: adding a milestone and changing one differ. */
  completedOnHint: string;
}

/** The boxes of the milestone form, shared by adding and changing a milestone. */
export function MilestoneFormFields({ register, errors, completedOnHint }: MilestoneFormFieldsProps) {
  const error = (name: string) => fieldError(errors, name);
  return (
    <>
      <TextInput
        id="title"
        label="Milestone"
        hint="A dated step of the action, like ‘Hub goes live’"
        error={error('title')}
        {...register('title')}
      />
      <DateInput
        id="dueDate"
        legend="Due date"
        error={error('dueDate')}
        parts={{
          day: register('dueDate.day'),
          month: register('dueDate.month'),
          year: register('dueDate.year'),
        }}
      />
      <DateInput
        id="completedOn"
        legend="Completed on (optional)"
        hint={completedOnHint}
        error={error('completedOn')}
        parts={{
          day: register('completedOn.day'),
          month: register('completedOn.month'),
          year: register('completedOn.year'),
        }}
      />
      <Textarea
        id="evidence"
        label="Evidence (optional)"
        hint="What shows it was done, such as a report, a meeting or a web address"
        error={error('evidence')}
        {...register('evidence')}
      />
    </>
  );
}
