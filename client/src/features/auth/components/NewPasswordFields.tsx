import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextInput } from '@/components/TextInput';
import type { PasswordFormValues } from '@/features/auth/utils/passwordForm';
import { fieldProps } from '@/utils/fieldProps';

/** A new password and its confirmation: creating a password, and choosing a new one. */
export function NewPasswordFields({
  register,
  errors,
  labels,
}: {
  register: UseFormRegister<PasswordFormValues>;
  errors: FieldErrors<PasswordFormValues>;
  labels: { password: string; confirm: string };
}) {
  const field = fieldProps(register, errors);
  return (
    <>
      <TextInput
        label={labels.password}
        hint="At least 12 characters"
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        widthClass="govuk-!-width-two-thirds"
        {...field.input('password')}
      />
      <TextInput
        label={labels.confirm}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        widthClass="govuk-!-width-two-thirds"
        {...field.input('confirmPassword')}
      />
    </>
  );
}
