import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Radios } from '@/components/Checkboxes';
import { DateInput } from '@/components/DateInput';
import { Select } from '@/components/Select';
import { Textarea } from '@/components/Textarea';
import { TextInput } from '@/components/TextInput';
import { PLAN_STATUS_HINTS, PLAN_STATUS_LABELS, PLAN_STATUSES } from '@/features/plans/utils/labels';
import type { PlanFormMode, PlanFormValues } from '@/features/plans/utils/planForm';
import { fieldError } from '@/utils/formErrors';

export interface PlanFormFieldsProps {
  mode: PlanFormMode;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  partners: { id: string; name: string }[];
}

/** The boxes of the plan form, for adding a plan and changing one. */
export function PlanFormFields({ mode, register, errors, partners }: PlanFormFieldsProps) {
  const error = (name: string) => fieldError(errors, name);
  return (
    <>
      {mode === 'create' && (
        <TextInput
          id="slug"
          label="Slug"
          hint="The end of the plan’s web address: lower-case words and numbers joined by hyphens, like rural-crime-strategy-2024-2027. It cannot be changed later."
          spellCheck={false}
          autoComplete="off"
          error={error('slug')}
          {...register('slug')}
        />
      )}
      <TextInput id="title" label="Title" error={error('title')} {...register('title')} />
      <Textarea
        id="summary"
        label="Summary (optional)"
        hint="What the plan is for, in a sentence or two"
        error={error('summary')}
        {...register('summary')}
      />
      <DateInput
        id="startDate"
        legend="Start date"
        error={error('startDate')}
        parts={{
          day: register('startDate.day'),
          month: register('startDate.month'),
          year: register('startDate.year'),
        }}
      />
      <DateInput
        id="endDate"
        legend="End date"
        hint="The same as or after the start date. For example, 31 3 2027"
        error={error('endDate')}
        parts={{
          day: register('endDate.day'),
          month: register('endDate.month'),
          year: register('endDate.year'),
        }}
      />
      <Radios
        idPrefix="status"
        name="status"
        legend="Status"
        legendSize="s"
        small
        error={error('status')}
        items={PLAN_STATUSES.map((s) => ({
          value: s,
          label: PLAN_STATUS_LABELS[s],
          hint: PLAN_STATUS_HINTS[s],
          inputProps: register('status'),
        }))}
      />
      <Select
        id="ownerPartnerId"
        label="Owner"
        hint="The organisation that owns the plan"
        error={error('ownerPartnerId')}
        options={[
          { value: '', label: 'Select a partner' },
          ...partners.map((p) => ({ value: p.id, label: p.name })),
        ]}
        {...register('ownerPartnerId')}
      />
    </>
  );
}
