import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { graphql } from '@/__generated__';
import type { IndicatorUnit } from '@/__generated__/graphql';
import { TextInput } from '@/components/TextInput';
import { VALUE_HINTS, VALUE_SUFFIXES } from '@/features/indicators/utils/labels';
import type { ValueFormValues } from '@/features/indicators/utils/valueForm';
import { fieldProps } from '@/utils/fieldProps';

/** What the forms to add, correct and import values need to know about the indicator. */
export const ValueForm_indicator = graphql(`
  fragment ValueForm_indicator on Indicator {
    id
    name
    unit
    frequency
    latest {
      id
      periodStart
      periodLabel
      valueText
    }
    measurements {
      id
      periodStart
      periodLabel
      value
      valueText
      note
      version
    }
  }
`);

/** The value and note boxes, with a hint on how to type a value of the indicator's unit. */
export function ValueFormFields({
  unit,
  register,
  errors,
}: {
  unit: IndicatorUnit;
  register: UseFormRegister<ValueFormValues>;
  errors: FieldErrors<ValueFormValues>;
}) {
  const field = fieldProps(register, errors);
  return (
    <>
      <TextInput
        label="Value"
        hint={VALUE_HINTS[unit]}
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        suffix={VALUE_SUFFIXES[unit]}
        spellCheck={false}
        autoComplete="off"
        {...field.input('value')}
      />
      <CharacterCount
        maxLength={LIMITS.indicator.note.max}
        label="Note (optional)"
        hint="Anything readers should know about this period’s figure"
        rows={3}
        {...field.input('note')}
      />
    </>
  );
}
