import type { ReactNode } from 'react';
import { DateInput } from '@/components/DateInput';
import { Select } from '@/components/Select';
import { TextInput } from '@/components/TextInput';
import type { ProposeValues } from '@/features/amendments/utils/proposeForm';
import type { fieldProps } from '@/utils/fieldProps';

export interface NewActionChoices {
  priorities: { id: string; number: number; title: string }[];
  partners: { id: string; name: string }[];
}

/**
 * The boxes of one action an amendment adds, alone or as a part of a split or a merge, in a
 * fieldset of its own: its legend says which one it is, as several can share the page.
 */
export function NewActionFields({
  at,
  legend,
  weightHint,
  field,
  choices,
  children,
}: {
  at: `changes.${number}.newActions.${number}`;
  legend: string;
  weightHint: string;
  field: ReturnType<typeof fieldProps<ProposeValues>>;
  choices: NewActionChoices;
  /** After the boxes, such as a button to remove this part. */
  children?: ReactNode;
}) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Select
          label="Priority"
          options={[
            { value: '', label: 'Choose a priority' },
            ...choices.priorities.map((p) => ({ value: p.id, label: `${p.number}. ${p.title}` })),
          ]}
          {...field.input(`${at}.priorityId`)}
        />
        <TextInput
          label="Reference"
          hint="For example, 1.8: one the plan has not used"
          widthClass="govuk-input--width-5"
          {...field.input(`${at}.ref`)}
        />
        <TextInput label="Action title" {...field.input(`${at}.title`)} />
        <Select
          label="Lead partner"
          options={[
            { value: '', label: 'Choose a partner' },
            ...choices.partners.map((p) => ({ value: p.id, label: p.name })),
          ]}
          {...field.input(`${at}.leadPartnerId`)}
        />
        <DateInput
          legend="Agreed due date"
          hint="It becomes the new action’s baseline. For example, 31 3 2027"
          {...field.date(`${at}.dueDate`)}
        />
        <TextInput
          label="Weight (optional)"
          hint={weightHint}
          widthClass="govuk-input--width-3"
          inputMode="numeric"
          {...field.input(`${at}.weight`)}
        />
        {children}
      </fieldset>
    </div>
  );
}
