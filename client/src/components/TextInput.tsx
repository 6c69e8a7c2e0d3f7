import type { InputHTMLAttributes, Ref } from 'react';
import { describedBy, FormGroup, type FieldProps } from './FormParts';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>, FieldProps {
  /** e.g. 'govuk-input--width-3' or 'govuk-!-width-one-half' */
  widthClass?: string;
  suffix?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextInput({
  id,
  label,
  labelClassName,
  hint,
  error,
  widthClass,
  suffix,
  type = 'text',
  ref,
  ...rest
}: TextInputProps) {
  const input = (
    <input
      ref={ref}
      id={id}
      type={type}
      className={['govuk-input', error && 'govuk-input--error', widthClass].filter(Boolean).join(' ')}
      aria-describedby={describedBy(id, hint, error)}
      {...rest}
    />
  );
  return (
    <FormGroup id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      {suffix ? (
        <div className="govuk-input__wrapper">
          {input}
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
