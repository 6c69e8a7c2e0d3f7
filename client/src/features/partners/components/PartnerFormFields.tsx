import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Radios } from '@/components/Checkboxes';
import { Textarea } from '@/components/Textarea';
import { TextInput } from '@/components/TextInput';
import { PARTNER_KIND_LABELS, PARTNER_KINDS } from '@/features/partners/utils/labels';
import type { PartnerFormValues } from '@/features/partners/utils/partnerForm';
import { fieldError } from '@/utils/formErrors';

export interface PartnerFormFieldsProps {
  register: UseFormRegister<PartnerFormValues>;
  errors: FieldErrors<PartnerFormValues>;
}

/** The boxes of the partner form, for adding a partner and changing one. */
export function PartnerFormFields({ register, errors }: PartnerFormFieldsProps) {
  const error = (name: string) => fieldError(errors, name);
  return (
    <>
      <TextInput
        id="name"
        label="Name"
        hint="The organisation’s name as people know it. Each partner has a different name."
        autoComplete="off"
        error={error('name')}
        {...register('name')}
      />
      <Radios
        idPrefix="kind"
        name="kind"
        legend="Kind of organisation"
        legendSize="s"
        small
        error={error('kind')}
        items={PARTNER_KINDS.map((k) => ({
          value: k,
          label: PARTNER_KIND_LABELS[k],
          inputProps: register('kind'),
        }))}
      />
      <TextInput
        id="website"
        label="Website (optional)"
        hint="The full web address, starting with https://"
        type="url"
        spellCheck={false}
        autoComplete="off"
        error={error('website')}
        {...register('website')}
      />
      <Textarea
        id="description"
        label="Description (optional)"
        hint="What the organisation does in the partnership"
        error={error('description')}
        {...register('description')}
      />
      <TextInput
        id="contactEmail"
        label="Contact email (optional)"
        hint="Shown only to people who sign in"
        type="email"
        spellCheck={false}
        autoComplete="off"
        error={error('contactEmail')}
        {...register('contactEmail')}
      />
      <TextInput
        id="contactPhone"
        label="Contact telephone (optional)"
        hint="Shown only to people who sign in"
        type="tel"
        widthClass="govuk-input--width-20"
        autoComplete="off"
        error={error('contactPhone')}
        {...register('contactPhone')}
      />
    </>
  );
}
