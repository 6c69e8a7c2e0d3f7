import type { ReactNode } from 'react';
import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Checkboxes, Radios, ChoiceItems } from '@/components/Checkboxes';
import { DateInput } from '@/components/DateInput';
import { Select } from '@/components/Select';
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
import { fieldProps } from '@/utils/fieldProps';
import type { PersonalDataFinding } from '@/utils/personalData';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';

export interface ActionFormFieldsProps {
  mode: ActionFormMode;
  register: UseFormRegister<ActionFormValues>;
  errors: FieldErrors<ActionFormValues>;
  partners: { id: string; name: string }[];
  /** What the privacy guardrail flagged on the last save, if anything. */
  personalData?: readonly PersonalDataFinding[];
  /**
   * An active plan's baselined fields, shown read-only in place of their boxes (BaselinedFields):
   * title, description, dates and weight change only by amendment.
   */
  baseline?: ReactNode;
}

const PUBLIC_FIELD_LABELS = { title: 'Title', publicSummary: 'Public summary' };

/** The boxes of the action form. Partners see only status, RAG, progress and description. */
export function ActionFormFields({
  mode,
  register,
  errors,
  partners,
  personalData = [],
  baseline,
}: ActionFormFieldsProps) {
  const admin = mode !== 'partner';
  const open = !baseline;
  const field = fieldProps(register, errors);
  return (
    <>
      {mode === 'create' && (
        <TextInput
          label="Reference"
          hint="Numbers separated by dots, like 1.3. It must be new in this plan."
          widthClass="govuk-input--width-5"
          spellCheck={false}
          {...field.input('ref')}
        />
      )}
      {baseline}
      {admin && open && <TextInput label="Title" {...field.input('title')} />}
      <Radios
        legend="Status"
        legendSize="s"
        small
        items={ACTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        {...field.choices('status')}
      />
      <Radios
        legend="RAG status"
        legendSize="s"
        hint="Is the action on track?"
        small
        items={RAGS.map((r) => ({ value: r, label: RAG_LABELS[r], hint: RAG_HINTS[r] }))}
        {...field.choices('rag')}
      />
      <TextInput
        label="Progress"
        hint="Per cent complete, from 0 to 100. A completed action is 100% done."
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        suffix="%"
        spellCheck={false}
        {...field.input('progress')}
      />
      {open && (
        <CharacterCount
          maxLength={LIMITS.action.description.max}
          label="Description"
          hint="For the partnership and the Panel. It is not shown on the public progress page."
          {...field.input('description')}
        />
      )}
      {admin && (
        <>
          <Select
            label="Lead partner"
            options={[
              { value: '', label: 'Select a partner' },
              ...partners.map((p) => ({ value: p.id, label: p.name })),
            ]}
            {...field.input('leadPartnerId')}
          />
          <Checkboxes
            legend="Supporting partners"
            legendSize="s"
            hint="Select all that apply. The lead partner is not also a supporter."
            small
            items={partners.map((p) => ({ value: p.id, label: p.name }))}
            {...field.choices('supportingPartnerIds')}
          />
          {open && (
            <>
              <DateInput legend="Start date (optional)" {...field.date('startDate')} />
              <DateInput legend="Due date (optional)" {...field.date('dueDate')} />
            </>
          )}
          <Radios
            legend="Area"
            legendSize="s"
            hint="Where the action applies, using the rural crime classification"
            small
            inline
            items={AREAS.map((a) => ({ value: a, label: AREA_LABELS[a] }))}
            {...field.choices('area')}
          />
          {open && (
            <TextInput
              label="Weight"
              hint="The action’s relative size, from 1 to 10, used when progress is added up"
              inputMode="numeric"
              widthClass="govuk-input--width-2"
              spellCheck={false}
              {...field.input('weight')}
            />
          )}
          <h2 className="govuk-heading-m govuk-!-margin-top-8">What the public sees</h2>
          <p className="govuk-body">
            The public progress page and open data show a published action’s reference, title, status,
            progress, partners, dates, public summary and the titles of milestones met. They never show the
            description, RAG reasons, progress reports or milestone evidence.
          </p>
          <div className="govuk-form-group">
            <ChoiceItems
              kind="checkboxes"
              small
              idPrefix="published"
              items={[
                {
                  label: 'Publish this action',
                  hint: 'Show it on the public progress page and in open data. Untick to keep it to the partnership.',
                  inputProps: register('published'),
                },
              ]}
            />
          </div>
          <CharacterCount
            maxLength={LIMITS.action.publicSummary.max}
            label="Public summary"
            hint="A sentence or two in plain English for residents: what the action does and why. Do not include names, contact details, addresses, vehicle registrations or anything about victims."
            rows={4}
            {...field.input('publicSummary')}
          />
          <PersonalDataConfirm
            findings={personalData}
            fieldLabels={PUBLIC_FIELD_LABELS}
            inputProps={register('confirmPersonalData')}
          />
        </>
      )}
    </>
  );
}
