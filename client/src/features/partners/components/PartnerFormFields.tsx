import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Radios } from '@/components/Checkboxes';
import { TextInput } from '@/components/TextInput';
import { PARTNER_KIND_LABELS, PARTNER_KINDS } from '@/features/partners/utils/labels';
import type { PartnerFormValues } from '@/features/partners/utils/partnerForm';
import { fieldProps } from '@/utils/fieldProps';

export interface PartnerFormFieldsProps {
  register: UseFormRegister<PartnerFormValues>;
  errors: FieldErrors<PartnerFormValues>;
}

/** The boxes of the partner form, for adding a partner and changing one. */
export function PartnerFormFields({ register, errors }: PartnerFormFieldsProps) {
  const field = fieldProps(register, errors);
  return (
    <>
      <TextInput
        label="Name"
        hint="The organisation’s name as people know it. Each partner has a different name."
        autoComplete="off"
        {...field.input('name')}
      />
      <Radios
        legend="Kind of organisation"
        legendSize="s"
        small
        items={PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }))}
        {...field.choices('kind')}
      />
      <TextInput
        label="Website (optional)"
        hint="The full web address, starting with https://"
        type="url"
        spellCheck={false}
        autoComplete="off"
        {...field.input('website')}
      />
      <CharacterCount
        maxLength={LIMITS.partner.description.max}
        label="Description (optional)"
        hint="What the organisation does in the partnership"
        {...field.input('description')}
      />
      <TextInput
        label="Contact email (optional)"
        hint="Shown only to people who sign in"
        type="email"
        spellCheck={false}
        autoComplete="off"
        {...field.input('contactEmail')}
      />
      <TextInput
        label="Contact telephone (optional)"
        hint="Shown only to people who sign in"
        type="tel"
        widthClass="govuk-input--width-20"
        autoComplete="off"
        {...field.input('contactPhone')}
      />
    </>
  );
}
