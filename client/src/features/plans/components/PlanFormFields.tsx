import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Radios } from '@/components/Checkboxes';
import { DateInput } from '@/components/DateInput';
import { Select } from '@/components/Select';
import { TextInput } from '@/components/TextInput';
import { PLAN_STATUS_HINTS, PLAN_STATUS_LABELS, PLAN_STATUSES } from '@/features/plans/utils/labels';
import type { PlanFormMode, PlanFormValues } from '@/features/plans/utils/planForm';
import { fieldProps } from '@/utils/fieldProps';

export interface PlanFormFieldsProps {
  mode: PlanFormMode;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  partners: { id: string; name: string }[];
}

/** The boxes of the plan form, for adding a plan and changing one. */
export function PlanFormFields({ mode, register, errors, partners }: PlanFormFieldsProps) {
  const field = fieldProps(register, errors);
  return (
    <>
      {mode === 'create' && (
        <TextInput
          label="Slug"
          hint="The end of the plan’s web address: lower-case words and numbers joined by hyphens, like rural-crime-strategy-2024-2027. It cannot be changed later."
          spellCheck={false}
          autoComplete="off"
          {...field.input('slug')}
        />
      )}
      <TextInput label="Title" {...field.input('title')} />
      <CharacterCount
        maxLength={LIMITS.plan.summary.max}
        label="Summary (optional)"
        hint="What the plan is for, in a sentence or two"
        {...field.input('summary')}
      />
      <DateInput legend="Start date" {...field.date('startDate')} />
      <DateInput
        legend="End date"
        hint="The same as or after the start date. For example, 31 3 2027"
        {...field.date('endDate')}
      />
      <Radios
        legend="Status"
        legendSize="s"
        small
        items={PLAN_STATUSES.map((s) => ({
          value: s,
          label: PLAN_STATUS_LABELS[s],
          hint: PLAN_STATUS_HINTS[s],
        }))}
        {...field.choices('status')}
      />
      <Select
        label="Owner"
        hint="The organisation that owns the plan"
        options={[
          { value: '', label: 'Select a partner' },
          ...partners.map((p) => ({ value: p.id, label: p.name })),
        ]}
        {...field.input('ownerPartnerId')}
      />
      <h2 className="govuk-heading-m govuk-!-margin-top-8">How residents contact the partnership</h2>
      <p className="govuk-body">
        The public progress page shows these. Use a team mailbox and web page, not a person’s own email
        address.
      </p>
      <TextInput
        label="Contact email (optional)"
        hint="For example, rural.crime@example.gov.uk"
        type="email"
        spellCheck={false}
        autoComplete="off"
        {...field.input('contactEmail')}
      />
      <TextInput
        label="Contact web page (optional)"
        hint="A page about the partnership or how to contact it, starting with https://"
        type="url"
        spellCheck={false}
        autoComplete="off"
        {...field.input('contactUrl')}
      />
    </>
  );
}
