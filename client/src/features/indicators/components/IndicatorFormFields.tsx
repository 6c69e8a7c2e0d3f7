import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { IndicatorFormQuery } from '@/__generated__/graphql';
import { choiceId, Radios, ChoiceItems } from '@/components/Checkboxes';
import { DateInput } from '@/components/DateInput';
import { FieldsetGroup } from '@/components/FormParts';
import { TextInput } from '@/components/TextInput';
import type { IndicatorFormMode, IndicatorFormValues } from '@/features/indicators/utils/indicatorForm';
import {
  DIRECTION_LABELS,
  DIRECTIONS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  UNIT_HINTS,
  UNIT_LABELS,
  UNITS,
} from '@/features/indicators/utils/labels';
import { fieldProps } from '@/utils/fieldProps';
import { fieldError } from '@/utils/formErrors';

export type PlanChoices = IndicatorFormQuery['plans'];

/**
 * The priorities an indicator measures: checkboxes grouped by plan, one group to a plan. The
 * first box's id is the field's, for the error summary's link.
 */
function PriorityCheckboxes({
  plans,
  register,
  error,
}: {
  plans: PlanChoices;
  register: UseFormRegister<IndicatorFormValues>;
  error?: string;
}) {
  let index = 0;
  const withPriorities = plans.filter((p) => p.priorities.length > 0);
  return (
    <FieldsetGroup
      id="priorityIds"
      legend="Priorities it measures"
      legendSize="s"
      hint="Select all that apply. The indicator is shown with each priority and on its plan’s page."
      error={error}
    >
      {withPriorities.length === 0 && (
        <p className="govuk-body">There are no priorities to choose from yet.</p>
      )}
      {withPriorities.map((plan) => (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={plan.id}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {plan.title}
            {plan.status !== 'ACTIVE' && ` (${plan.status === 'DRAFT' ? 'draft' : 'closed'})`}
          </legend>
          <ChoiceItems
            kind="checkboxes"
            small
            idPrefix="priorityIds"
            inputProps={register('priorityIds')}
            // One list of priorities across the plans' fieldsets: ids run on from plan to plan.
            items={plan.priorities.map((priority) => ({
              id: choiceId('priorityIds', index++),
              value: priority.id,
              label: `Priority ${priority.number}: ${priority.title}`,
            }))}
          />
        </fieldset>
      ))}
    </FieldsetGroup>
  );
}

export interface IndicatorFormFieldsProps {
  mode: IndicatorFormMode;
  register: UseFormRegister<IndicatorFormValues>;
  errors: FieldErrors<IndicatorFormValues>;
  plans: PlanChoices;
  /** While changing an indicator whose definition has been edited: ask when the new one took effect. */
  askDefinitionDate?: boolean;
}

/** The boxes of the indicator form. A saved indicator keeps its unit and frequency. */
export function IndicatorFormFields({
  mode,
  register,
  errors,
  plans,
  askDefinitionDate,
}: IndicatorFormFieldsProps) {
  const field = fieldProps(register, errors);
  return (
    <>
      <TextInput label="Name" spellCheck {...field.input('name')} />
      <CharacterCount
        maxLength={LIMITS.indicator.definition.max}
        label="Definition"
        hint="What is counted, and how, so that anyone reading the figures knows what they mean"
        rows={6}
        {...field.input('definition')}
      />
      {askDefinitionDate && (
        <DateInput
          legend="When did the new definition take effect?"
          hint="Values from this date are counted the new way. Leave empty for today. For example, 1 4 2026"
          {...field.date('definitionChangedOn')}
        />
      )}
      <TextInput
        label="Data source"
        hint="Where the figures come from, for example the force’s crime records"
        {...field.input('dataSource')}
      />
      <CharacterCount
        maxLength={LIMITS.indicator.caveat.max}
        label="Caveat (optional)"
        hint="Anything readers should know before relying on the figures, for example ‘Unaudited’"
        rows={3}
        {...field.input('caveat')}
      />
      {mode === 'create' && (
        <>
          <Radios
            legend="Unit"
            legendSize="s"
            hint="This cannot be changed once the indicator is added."
            small
            items={UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u], hint: UNIT_HINTS[u] }))}
            {...field.choices('unit')}
          />
          <Radios
            legend="How often are values reported?"
            legendSize="s"
            hint="This cannot be changed once the indicator is added."
            small
            items={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
            {...field.choices('frequency')}
          />
        </>
      )}
      <Radios
        legend="Which is better?"
        legendSize="s"
        small
        inline
        items={DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }))}
        {...field.choices('direction')}
      />
      <TextInput
        label="Baseline period"
        hint="What the baseline is, for example ‘2019/20, pre-Covid’"
        widthClass="govuk-!-width-two-thirds"
        {...field.input('baselineLabel')}
      />
      <TextInput
        label="Baseline value"
        hint="In the indicator’s unit: seconds for a time, pounds for money"
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        spellCheck={false}
        {...field.input('baselineValue')}
      />
      <TextInput
        label="Target value (optional)"
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        spellCheck={false}
        {...field.input('targetValue')}
      />
      <DateInput
        legend="Target date (optional)"
        hint="For example, 31 3 2027"
        {...field.date('targetDate')}
      />
      <TextInput
        label="Near target tolerance"
        hint="A value this close to the target, but on the wrong side of it, is ‘Near target’ rather than ‘Off target’"
        inputMode="decimal"
        widthClass="govuk-input--width-3"
        suffix="%"
        spellCheck={false}
        {...field.input('tolerancePercent')}
      />
      <PriorityCheckboxes plans={plans} register={register} error={fieldError(errors, 'priorityIds')} />
      <FieldsetGroup
        id="published"
        legend="Publishing"
        legendSize="s"
        error={fieldError(errors, 'published')}
      >
        <ChoiceItems
          kind="checkboxes"
          small
          idPrefix="published"
          items={[
            {
              id: 'published',
              label: 'Publish it: anyone can see it without signing in',
              inputProps: register('published'),
            },
            {
              id: 'exampleData',
              label: 'The values are example data, not real figures (shown as a warning wherever it appears)',
              inputProps: register('exampleData'),
            },
          ]}
        />
      </FieldsetGroup>
    </>
  );
}
