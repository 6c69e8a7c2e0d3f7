import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint } from './FormParts';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  /** e.g. 'govuk-input--width-3' or 'govuk-!-width-one-half' */
  widthClass?: string;
  suffix?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextInput({
  id,
  label,
  labelClassName = 'govuk-label--s',
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
    <div className={formGroupClass(error)}>
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
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
    </div>
  );
}
