import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Checkboxes, Radios } from '@/components/Checkboxes';
import { DateInput } from '@/components/DateInput';
import { Select } from '@/components/Select';
import { Textarea } from '@/components/Textarea';
import { TextInput } from '@/components/TextInput';
import type { ActionFormMode, ActionFormValues } from '@/features/actions/utils/actionForm';
import {
  ACTION_STATUSES,
  AREA_LABELS,
  AREAS,
  RAG_HINTS,
  RAG_LABELS,
  RAGS,
  STATUS_LABELS,
} from '@/features/actions/utils/labels';
import { fieldError } from '@/utils/formErrors';

export interface ActionFormFieldsProps {
  mode: ActionFormMode;
  register: UseFormRegister<ActionFormValues>;
  errors: FieldErrors<ActionFormValues>;
  partners: { id: string; name: string }[];
}

/** The boxes of the action form. Partners see only status, RAG, progress and description. */
export function ActionFormFields({ mode, register, errors, partners }: ActionFormFieldsProps) {
  const admin = mode !== 'partner';
  const error = (name: string) => fieldError(errors, name);
  return (
    <>
      {mode === 'create' && (
        <TextInput
          id="ref"
          label="Reference"
          hint="Numbers separated by dots, like 1.3. It must be new in this plan."
          widthClass="govuk-input--width-5"
          spellCheck={false}
          error={error('ref')}
          {...register('ref')}
        />
      )}
      {admin && <TextInput id="title" label="Title" error={error('title')} {...register('title')} />}
      <Radios
        idPrefix="status"
        name="status"
        legend="Status"
        legendSize="s"
        small
        error={error('status')}
        items={ACTION_STATUSES.map((s) => ({
          value: s,
          label: STATUS_LABELS[s],
          inputProps: register('status'),
        }))}
      />
      <Radios
        idPrefix="rag"
        name="rag"
        legend="RAG status"
        legendSize="s"
        hint="Is the action on track?"
        small
        error={error('rag')}
        items={RAGS.map((r) => ({
          value: r,
          label: RAG_LABELS[r],
          hint: RAG_HINTS[r],
          inputProps: register('rag'),
        }))}
      />
      <TextInput
        id="progress"
        label="Progress"
        hint="Per cent complete, from 0 to 100. A completed action is 100% done."
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        suffix="%"
        spellCheck={false}
        error={error('progress')}
        {...register('progress')}
      />
      <Textarea
        id="description"
        label="Description"
        error={error('description')}
        {...register('description')}
      />
      {admin && (
        <>
          <Select
            id="leadPartnerId"
            label="Lead partner"
            error={error('leadPartnerId')}
            options={[
              { value: '', label: 'Select a partner' },
              ...partners.map((p) => ({ value: p.id, label: p.name })),
            ]}
            {...register('leadPartnerId')}
          />
          <Checkboxes
            idPrefix="supportingPartnerIds"
            name="supportingPartnerIds"
            legend="Supporting partners"
            legendSize="s"
            hint="Select all that apply. The lead partner is not also a supporter."
            small
            error={error('supportingPartnerIds')}
            items={partners.map((p) => ({
              value: p.id,
              label: p.name,
              inputProps: register('supportingPartnerIds'),
            }))}
          />
          <DateInput
            id="startDate"
            legend="Start date (optional)"
            error={error('startDate')}
            parts={{
              day: register('startDate.day'),
              month: register('startDate.month'),
              year: register('startDate.year'),
            }}
          />
          <DateInput
            id="dueDate"
            legend="Due date (optional)"
            error={error('dueDate')}
            parts={{
              day: register('dueDate.day'),
              month: register('dueDate.month'),
              year: register('dueDate.year'),
            }}
          />
          <Radios
            idPrefix="area"
            name="area"
            legend="Area"
            legendSize="s"
            hint="Where the action applies, using the rural crime classification"
            small
            inline
            error={error('area')}
            items={AREAS.map((a) => ({ value: a, label: AREA_LABELS[a], inputProps: register('area') }))}
          />
          <TextInput
            id="weight"
            label="Weight"
            hint="The action’s relative size, from 1 to 10, used when progress is added up"
            inputMode="numeric"
            widthClass="govuk-input--width-2"
            spellCheck={false}
            error={error('weight')}
            {...register('weight')}
          />
        </>
      )}
    </>
  );
}
